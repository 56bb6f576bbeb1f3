import type { HandlerInput } from 'ask-sdk-core';

/** An Alexa API answered with an error: its status and, where it sent one, its message (never what was sent). */
export class AlexaApiError extends Error {
  override readonly name = 'AlexaApiError';

  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** The longest any call to an Alexa API may take: the listener is waiting for an answer. */
const timeoutMs = 3000;

/**
 * Calls one of the Alexa APIs (settings, reminders) at the request's `apiEndpoint` with its access token, over
 * `fetch`: two small calls do not need the ask-sdk's service clients, which weigh about 60 KiB in a Lambda bundle.
 * Undefined when the request carries no endpoint or token; the parsed JSON answer, if any, otherwise.
 */
export async function callAlexaApi(
  input: HandlerInput,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  wait = timeoutMs,
): Promise<{ readonly answer: unknown } | undefined> {
  const system = input.requestEnvelope.context?.System;
  const endpoint = system?.apiEndpoint;
  const token = system?.apiAccessToken;
  if (typeof endpoint !== 'string' || typeof token !== 'string') return undefined;
  const response = await fetch(`${endpoint.replace(/\/$/, '')}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(wait),
  });
  const text = await response.text();
  if (!response.ok) {
    const { message } = parsed(text) as { message?: unknown };
    throw new AlexaApiError(response.status, typeof message === 'string' ? message : '');
  }
  return { answer: text === '' ? undefined : parsed(text) };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}
