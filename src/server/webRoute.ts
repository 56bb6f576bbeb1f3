import type { RequestHandler, Response } from 'express';
import express from 'express';
import { join } from 'node:path';
import type { WebTurnResult } from '../platforms/web';
import { answerWebTurn } from '../platforms/web';

/** The page's folder, from the source tree; the deploy uploads the same files. */
export const pageFolder = join(__dirname, '..', '..', 'web');

/**
 * The page's policy: its own scripts, styles and requests only; no inline code, no frames, no third parties. The
 * page's speech and microphone are browser features, so nothing else needs allowing.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every file of the page. */
export const pageHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'microphone=(self), camera=(), geolocation=()',
};

/** The most a turn request may weigh: the words and a state the core wrote (at most 16,000 bytes). */
export const webTurnBodyLimitBytes = 32 * 1024;

/** The page's static files, each with the page's policy. */
export function pageRoute(): RequestHandler {
  return express.static(pageFolder, {
    index: 'index.html',
    setHeaders: (response) => response.set(pageHeaders),
  });
}

/** `POST /web/turn`: JSON in, the reply as a timed script out; `onTurn` sees each answered turn (the inspector). */
export function webTurnRoute(
  onTurn?: (request: unknown, result: WebTurnResult) => void,
): RequestHandler[] {
  const answer: RequestHandler = (request, response: Response) => {
    const result = answerWebTurn(request.body as unknown);
    onTurn?.(request.body, result);
    response.status(result.status).set('Cache-Control', 'no-store').json(result.body);
  };
  return [express.json({ limit: webTurnBodyLimitBytes, type: () => true }), answer];
}
