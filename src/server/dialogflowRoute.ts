import type { RequestHandler } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { answerWebhook } from '../platforms/dialogflow';

/** Who may call the webhook: anyone (local development), holders of the basic-auth pair, or nobody. */
export type DialogflowAccess =
  | { readonly mode: 'open' }
  | { readonly mode: 'basicAuth'; readonly user: string; readonly password: string }
  | { readonly mode: 'refused' };

/** Dialogflow's webhook responses are capped at 64 KiB; requests are far smaller, so the same cap is ample. */
const bodyLimit = '64kb';

/** Compares secrets in constant time, whatever their lengths, so timing reveals nothing about them. */
function isSameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The user and password of a Basic Authorization header, if it has them. */
function basicCredentials(
  header: string | undefined,
): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) return undefined;
  return { user: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
}

function guard(access: DialogflowAccess): RequestHandler {
  return (request, response, next) => {
    if (access.mode === 'open') return next();
    if (access.mode === 'refused') {
      response.status(503).json({ error: 'The Dialogflow webhook is not configured.' });
      return;
    }
    const given = basicCredentials(request.headers.authorization);
    const isUserRight = isSameSecret(given?.user ?? '', access.user);
    const isPasswordRight = isSameSecret(given?.password ?? '', access.password);
    if (given && isUserRight && isPasswordRight) return next();
    response.set('WWW-Authenticate', 'Basic realm="kind-recovery", charset="UTF-8"');
    response.status(401).json({ error: 'Authentication is required.' });
  };
}

/** The `/dialogflow` route: basic auth checked first, a JSON body of at most 64 KiB, then the webhook adapter. */
export function dialogflowRoute(access: DialogflowAccess): RequestHandler[] {
  const answer: RequestHandler = (request, response) => {
    const result = answerWebhook(request.body);
    response.status(result.status).json(result.body);
  };
  return [guard(access), express.json({ limit: bodyLimit }), answer];
}

/** Basic auth when both environment variables are set; refused (production) or open (development) otherwise. */
export function dialogflowAccessFromEnvironment(isDevelopment: boolean): DialogflowAccess {
  const user = process.env.DIALOGFLOW_WEBHOOK_USER;
  const password = process.env.DIALOGFLOW_WEBHOOK_PASSWORD;
  if (user && password) return { mode: 'basicAuth', user, password };
  return isDevelopment ? { mode: 'open' } : { mode: 'refused' };
}
