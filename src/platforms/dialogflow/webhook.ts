import { handleTurn } from '../../core';
import { contentFor } from '../../content';
import { log } from '../../log';
import { googleSpeech, toSsml } from '../../speech';
import { render } from './render';
import { savedState } from './stateContext';
import { MalformedWebhookRequest, parseWebhookRequest, toTurn } from './toTurn';
import type { WebhookResponse } from './webhookTypes';

/** JSON equality that ignores key order, since Dialogflow may hand a context's parameters back reordered. */
function isSameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** What the webhook answers: a response for Dialogflow, or a short error for a request that is not one. */
export type WebhookResult =
  | { readonly status: 200; readonly body: WebhookResponse }
  | { readonly status: 400; readonly body: { readonly error: string } };

function apology(locale: string): WebhookResponse {
  const { content } = contentFor(locale);
  const speech = [{ type: 'text', text: content.error } as const];
  return {
    fulfillmentText: content.error,
    fulfillmentMessages: [
      { text: { text: [content.error] } },
      { platform: 'TELEPHONY', telephonySynthesizeSpeech: { ssml: toSsml(speech, googleSpeech) } },
    ],
  };
}

/** Answers one Dialogflow ES webhook request through the conversation core. */
export function answerWebhook(body: unknown): WebhookResult {
  let request;
  try {
    request = parseWebhookRequest(body);
  } catch (error) {
    if (error instanceof MalformedWebhookRequest)
      return { status: 400, body: { error: error.message } };
    throw error;
  }
  const started = performance.now();
  const turn = toTurn(request);
  const incoming = savedState(request.queryResult.outputContexts);
  try {
    const { reply, state } = handleTurn(turn, incoming);
    const hasStateChanged = !isSameJson(state, incoming);
    log.info('turn', {
      platform: 'dialogflow',
      requestId: request.responseId,
      requestType: turn.kind,
      ...(turn.kind === 'intent' ? { intent: turn.intent } : {}),
      durationMs: Math.round(performance.now() - started),
    });
    return { status: 200, body: render(reply, request.session, state, hasStateChanged) };
  } catch (error) {
    log.error('turn failed', {
      platform: 'dialogflow',
      requestId: request.responseId,
      error: (error as Error).name,
    });
    return { status: 200, body: apology(turn.locale) };
  }
}
