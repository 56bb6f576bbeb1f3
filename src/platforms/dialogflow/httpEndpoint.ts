import type { DialogflowAccess } from './access';
import { decideAccess } from './access';
import { answerWebhook } from './webhook';

/**
 * The webhook's HTTP rules, shared by the express route and the Lambda handler so both refuse and answer
 * alike: POST only, basic auth, JSON only, at most 64 KiB, then the webhook adapter.
 */

/** Dialogflow caps webhook responses at 64 KiB; its requests are far smaller, so the same cap is ample. */
export const webhookBodyLimitBytes = 64 * 1024;

/** An HTTP answer: status, extra headers, and a JSON body. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** What is known about a request before its body is read. */
export interface RequestHead {
  readonly method: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
}

const refusal = (status: number, error: string, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: { error },
});

/** A refusal decided from the method and headers alone, or undefined when the body should be read. */
export function refuseByHead(head: RequestHead, access: DialogflowAccess): HttpAnswer | undefined {
  if (head.method.toUpperCase() !== 'POST') {
    return refusal(405, 'Only POST is accepted.', { Allow: 'POST' });
  }
  const decision = decideAccess(access, head.authorization);
  if (decision === 'unconfigured') return refusal(503, 'The Dialogflow webhook is not configured.');
  if (decision === 'unauthenticated') {
    return refusal(401, 'Authentication is required.', {
      'WWW-Authenticate': 'Basic realm="kind-recovery", charset="UTF-8"',
    });
  }
  const mediaType = (head.contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return refusal(415, 'The request must be JSON.');
  return undefined;
}

/** Answers a body that passed `refuseByHead`: too large, not JSON, not a webhook request, or a turn. */
export function answerBody(body: string | undefined): HttpAnswer {
  if (body === undefined || body.length === 0) return refusal(400, 'The request has no body.');
  if (Buffer.byteLength(body, 'utf8') > webhookBodyLimitBytes) {
    return refusal(413, 'The request is too large.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return refusal(400, 'The request is not valid JSON.');
  }
  const result = answerWebhook(parsed);
  return { status: result.status, headers: {}, body: result.body };
}
