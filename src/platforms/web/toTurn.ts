import type { Intent as AlexaIntent } from 'ask-sdk-model';
import type { SlotName, Slots, Turn } from '../../core';
import { slotNames } from '../../core';
import type { InteractionModel } from '../../chat/resolveUtterance';
import { UtteranceResolver } from '../../chat/resolveUtterance';
import alexaModel from '../../../interaction-models/alexa/en-US.json';
import { carrierOfIntent } from '../alexa/freeSpeech';
import { alexaIntents } from '../alexa/intentNames';
import { isObject } from '../isObject';

/** A request the page did not make; it is answered with a 400. */
export class MalformedWebTurn extends Error {
  override readonly name = 'MalformedWebTurn';
}

/** What the page sends: the words, the locale, the state it was given last time, and the person's hour. */
export interface WebTurnRequest {
  readonly text: string;
  readonly locale: string;
  readonly state?: unknown;
  readonly localHour?: number;
}

/** The most characters of typed or recognised words taken in one turn. */
export const maxTextLength = 1000;

/** Checks the shape of a turn request, so nothing below has to doubt it. */
export function parseWebTurn(body: unknown): WebTurnRequest {
  if (!isObject(body)) throw new MalformedWebTurn('The body is not a JSON object.');
  const text = body.text ?? '';
  if (typeof text !== 'string' || text.length > maxTextLength) {
    throw new MalformedWebTurn(`The text must be a string of at most ${maxTextLength} characters.`);
  }
  const locale = body.locale ?? 'en-US';
  if (typeof locale !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) {
    throw new MalformedWebTurn('The locale is malformed.');
  }
  const hour = body.localHour;
  const isHour = typeof hour === 'number' && Number.isInteger(hour) && hour >= 0 && hour <= 23;
  return {
    text,
    locale,
    ...(body.state !== undefined && body.state !== null ? { state: body.state } : {}),
    ...(isHour ? { localHour: hour } : {}),
  };
}

let resolver: UtteranceResolver | undefined;

/**
 * Typed words are resolved as Alexa would resolve them, against the generated en-US model (the English locales'
 * models are the same), so the page understands what a speaker would. Built on first use.
 */
function resolverOfModel(): UtteranceResolver {
  resolver ??= new UtteranceResolver(alexaModel as unknown as InteractionModel);
  return resolver;
}

/** A slot's value the core can use: the resolved id of a listed value, a number or the words heard. */
function slotsOf(intent: AlexaIntent): { slots: Slots; unmatched: SlotName[] } {
  type Reading = { name: SlotName; value?: string; isUnmatched?: boolean };
  const found = slotNames.flatMap((name): Reading[] => {
    const slot = intent.slots?.[name];
    if (!slot?.value || slot.value === '?') return [];
    const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
    if (!authority) return [{ name, value: slot.value }];
    const resolved = authority.values?.[0]?.value.id;
    return authority.status.code === 'ER_SUCCESS_MATCH' && resolved
      ? [{ name, value: resolved }]
      : [{ name, isUnmatched: true }];
  });
  return {
    slots: Object.fromEntries(
      found.flatMap((slot) => (slot.value !== undefined ? [[slot.name, slot.value]] : [])),
    ),
    unmatched: found.flatMap((slot) => (slot.isUnmatched ? [slot.name] : [])),
  };
}

/**
 * Describes what the page sent as a neutral turn. No words is the page opening; otherwise the words are resolved
 * to an intent and always carried whole as `rawText`, so the safety screen reads every turn, as on Dialogflow.
 */
export function toTurn(request: WebTurnRequest, seed: number, today: string): Turn {
  const base = {
    locale: request.locale,
    // A page is a conversation, never a one-shot: words typed after a goodbye start a practice that ends with the
    // check-in, not with another goodbye.
    isNewSession: false,
    device: { hasScreen: true },
    seed,
    today,
    ...(request.localHour !== undefined ? { localHour: request.localHour } : {}),
    // The page keeps nothing about the person between visits; its state lives in the page.
    hasMemory: false,
  };
  const rawText = request.text.trim();
  const model = resolverOfModel();
  if (rawText === '' || model.isLaunch(rawText)) return { ...base, kind: 'launch' };
  const intent = model.resolve(rawText);
  if (carrierOfIntent.has(intent.name)) {
    return { ...base, kind: 'intent', intent: 'said', slots: {}, rawText };
  }
  const neutral = Object.hasOwn(alexaIntents, intent.name)
    ? alexaIntents[intent.name as keyof typeof alexaIntents]
    : 'fallback';
  const { slots, unmatched } = slotsOf(intent);
  // Words a slot could not match are never a choice ("breathe with the purple one"): the screen still reads them.
  if (unmatched.length > 0) {
    return {
      ...base,
      kind: 'intent',
      intent: 'said',
      slots: {},
      rawText,
      isPartOfRequest: true,
      unmatchedSlots: unmatched,
    };
  }
  return { ...base, kind: 'intent', intent: neutral, slots, rawText };
}
