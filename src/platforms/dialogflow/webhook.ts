import { handleTurn } from '../../core';
import { contentFor } from '../../content';
import { log, loggableId, logTag } from '../../log';
import { googleSpeech, toSsml } from '../../speech';
import { render } from './render';
import { savedState } from './stateContext';
import { MalformedWebhookRequest, parseWebhookRequest, toTurn } from './toTurn';
import type { WebhookResponse } from './webhookTypes';

/**
 * JSON equality that ignores key order, since Dialogflow may hand a context's parameters back reordered. A key
 * holding `undefined` counts as absent, as it is once written as JSON. Compared in place, without copies: it
 * runs on every turn.
 */
function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => isSameJson(item, b[index]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keysOf = (value: Record<string, unknown>) =>
    Object.keys(value).filter((key) => value[key] !== undefined);
  const keys = keysOf(left);
  return (
    keys.length === keysOf(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && isSameJson(left[key], right[key]))
  );
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
      requestId: loggableId(request.responseId),
      conversation: logTag(request.session),
      requestType: turn.kind,
      ...(turn.kind === 'intent' ? { intent: turn.intent } : {}),
      durationMs: Math.round(performance.now() - started),
    });
    return { status: 200, body: render(reply, request.session, state, hasStateChanged) };
  } catch (error) {
    log.error('turn failed', {
      platform: 'dialogflow',
      requestId: loggableId(request.responseId),
      error: loggableId((error as Error).name),
    });
    return { status: 200, body: apology(turn.locale) };
  }
}
