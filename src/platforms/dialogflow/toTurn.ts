import type { Slots, Turn } from '../../core';
import { slotNames } from '../../core';
import { seedFrom } from '../seed';
import { localeOfCaller } from './callerLocale';
import {
  dialogflowNameOf,
  intentOfDisplayName,
  noInputEvents,
  noInputIntentName,
  welcomeIntentName,
} from './intentNames';
import type { WebhookRequest } from './webhookTypes';
import { isObject } from '../isObject';

/** A request that is not a Dialogflow webhook request; it is answered with a 400. */
export class MalformedWebhookRequest extends Error {
  override readonly name = 'MalformedWebhookRequest';
}

const sessionPattern =
  /^projects\/[^/\s]+\/(locations\/[^/\s]+\/)?agent\/(environments\/[^/\s]+\/users\/[^/\s]+\/)?sessions\/[^/\s]+$/;

/** Checks the shape of a webhook request, so nothing below has to doubt it. */
export function parseWebhookRequest(body: unknown): WebhookRequest {
  if (!isObject(body)) throw new MalformedWebhookRequest('The body is not a JSON object.');
  if (typeof body.session !== 'string' || !sessionPattern.test(body.session)) {
    throw new MalformedWebhookRequest('The session is missing or malformed.');
  }
  const { queryResult } = body;
  if (!isObject(queryResult)) throw new MalformedWebhookRequest('The queryResult is missing.');
  const checks: ReadonlyArray<readonly [unknown, (value: unknown) => boolean, string]> = [
    [queryResult.queryText, (value) => typeof value === 'string', 'queryResult.queryText'],
    [body.responseId, (value) => typeof value === 'string', 'responseId'],
    [queryResult.languageCode, (value) => typeof value === 'string', 'queryResult.languageCode'],
    [queryResult.parameters, isObject, 'queryResult.parameters'],
    [queryResult.intent, isObject, 'queryResult.intent'],
    [
      queryResult.outputContexts,
      (value) =>
        Array.isArray(value) &&
        value.every((context) => isObject(context) && typeof context.name === 'string'),
      'queryResult.outputContexts',
    ],
  ];
  for (const [value, isValid, field] of checks) {
    if (value !== undefined && !isValid(value))
      throw new MalformedWebhookRequest(`The field ${field} is malformed.`);
  }
  return body as unknown as WebhookRequest;
}

function slotText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

function slotsOf(parameters: Record<string, unknown> | undefined): Slots {
  const names = slotNames;
  return Object.fromEntries(
    names
      .map((name) => [name, slotText(parameters?.[name])])
      .filter(([, value]) => value !== undefined),
  );
}

/**
 * The listener's locale: the query's regional language, else the caller's country, else the locale the agent
 * serves (`DIALOGFLOW_DEFAULT_LOCALE`), else plain English, which gets "your local emergency number".
 */
function localeOf(request: WebhookRequest): string {
  const languageCode = request.queryResult.languageCode ?? 'en';
  if (languageCode.includes('-')) return languageCode;
  const telephony = request.originalDetectIntentRequest?.payload?.telephony;
  const caller = isObject(telephony) ? localeOfCaller(telephony.caller_id) : undefined;
  return caller ?? process.env.DIALOGFLOW_DEFAULT_LOCALE ?? languageCode;
}

/**
 * What the channel can do: Dialogflow's phone gateway is a phone call, which the skill never ends after a crisis
 * answer, and which it can put through to another number.
 */
function deviceOf(request: WebhookRequest) {
  const original = request.originalDetectIntentRequest;
  const isPhoneCall =
    original?.source === 'GOOGLE_TELEPHONY' || isObject(original?.payload?.telephony);
  return { hasScreen: false, isPhoneCall, canTransferCall: isPhoneCall };
}

/**
 * Whether the caller said nothing: a no-input event (by its intent or its name in the query text), or the fallback
 * reached with no words at all, which is how a gateway without such an event reports silence.
 */
function isSilence(displayName: string, rawText: string): boolean {
  const text = rawText.trim();
  return (
    displayName === noInputIntentName ||
    noInputEvents.includes(text) ||
    (displayName === dialogflowNameOf.fallback && text === '')
  );
}

/**
 * Describes a webhook request as a neutral turn, with the raw words for the safety screener. A phone call or a
 * chat stays open after an answer, so no Dialogflow turn is an Alexa-style one-shot.
 */
export function toTurn(request: WebhookRequest): Turn {
  const { queryResult } = request;
  const displayName = queryResult.intent?.displayName ?? '';
  const rawText = queryResult.queryText ?? '';
  const base = {
    locale: localeOf(request),
    isNewSession: false,
    device: deviceOf(request),
    seed: seedFrom(request.responseId ?? `${request.session}${rawText}`),
    today: new Date().toISOString().slice(0, 10),
    // Dialogflow gives no stable user id, so nothing is remembered beyond the conversation's contexts.
    hasMemory: false,
  };
  // A greeting can carry words that need the safety guard ("hi, I want to kill myself"); an event name cannot.
  const isEvent = /^[A-Z_]+$/.test(rawText.trim());
  const words = rawText.trim() !== '' && !isEvent ? { rawText } : {};
  if (isSilence(displayName, rawText)) return { ...base, kind: 'silence' };
  if (displayName === welcomeIntentName) return { ...base, kind: 'launch', ...words };
  return {
    ...base,
    kind: 'intent',
    intent: intentOfDisplayName(displayName),
    slots: slotsOf(queryResult.parameters),
    ...(rawText.trim() !== '' ? { rawText } : {}),
  };
}
