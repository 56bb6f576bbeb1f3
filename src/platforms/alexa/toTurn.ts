import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { Device, Intent, SlotName, Slots, Turn, UserProfile } from '../../core';
import { slotNames } from '../../core';
import { isObject } from '../isObject';
import { seedFrom } from '../seed';
import { carrierOfIntent, freeSpeechSlot } from './freeSpeech';
import { alexaAliases, alexaIntents } from './intentNames';
import { supportsApl } from './apl';
import { localeOf } from './localeOf';
import { localTimeOf } from './timeZone';

/** What a slot brought: a value the core can use, or the person's own words, which only the screen may read. */
interface SlotReading {
  readonly value?: string;
  /** Words Alexa could not match to any listed value (`ER_SUCCESS_NO_MATCH`): never a choice, always screened. */
  readonly unheard?: string;
  /** Words in a custom slot that came with no resolutions at all: the core checks them, and the screen reads them. */
  readonly unchecked?: string;
}

/** The slots whose values Alexa resolves against the skill's own lists. */
const customSlots: ReadonlySet<string> = new Set(['pattern', 'topic', 'theme', 'length']);

const heardText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' && value !== '?' ? value.trim() : undefined;

/**
 * Reads a slot: the resolved canonical id for custom types, the heard value otherwise; "?" is unheard. Every level
 * is checked, since a slot is the part of a request a client shapes most freely.
 */
function readSlot(name: string, slot: unknown): SlotReading {
  if (!isObject(slot)) return {};
  const heard = heardText(slot.value);
  const authorities = isObject(slot.resolutions)
    ? slot.resolutions.resolutionsPerAuthority
    : undefined;
  const matched = (Array.isArray(authorities) ? authorities : []).find(
    (authority) =>
      isObject(authority) &&
      isObject(authority.status) &&
      authority.status.code === 'ER_SUCCESS_MATCH',
  );
  const values: unknown = isObject(matched) ? matched.values : undefined;
  const first: unknown = Array.isArray(values) && isObject(values[0]) ? values[0].value : undefined;
  const resolved = isObject(first) ? (heardText(first.id) ?? heardText(first.name)) : undefined;
  if (resolved) return { value: resolved };
  if (!heard || !customSlots.has(name)) return heard ? { value: heard } : {};
  return Array.isArray(authorities) && authorities.length > 0
    ? { unheard: heard }
    : { value: heard, unchecked: heard };
}

/** The slots the core can use, and any of the person's own words the slots carried. */
function slotsOf(request: IntentRequest): {
  slots: Slots;
  unheard: string[];
  unmatched: SlotName[];
  unchecked: string[];
} {
  const slots: Record<string, unknown> = isObject(request.intent.slots) ? request.intent.slots : {};
  const readings = slotNames.map((name) => [name, readSlot(name, slots[name])] as const);
  return {
    slots: Object.fromEntries(
      readings.flatMap(([name, reading]) => (reading.value ? [[name, reading.value]] : [])),
    ),
    unheard: readings.flatMap(([, reading]) => (reading.unheard ? [reading.unheard] : [])),
    unmatched: readings.flatMap(([name, reading]) => (reading.unheard ? [name] : [])),
    unchecked: readings.flatMap(([, reading]) => (reading.unchecked ? [reading.unchecked] : [])),
  };
}

/** A free-speech intent's words, with the carrier its name stands for put back in front. */
function freeWords(request: IntentRequest, carrier: string): string {
  const slot: unknown = isObject(request.intent.slots)
    ? request.intent.slots[freeSpeechSlot]
    : undefined;
  const words = isObject(slot) ? heardText(slot.value) : undefined;
  return [carrier, words].filter(Boolean).join(' ');
}

function deviceOf(input: HandlerInput): Device {
  return { hasScreen: supportsApl(input.requestEnvelope) };
}

/** Whether the skill remembers listeners, and what it remembers about this one. */
export interface Memory {
  readonly hasMemory: boolean;
  readonly profile?: UserProfile;
}

/** The practices an Alexa routine can start through the skill's custom tasks (skill-package/tasks). */
const tasks: Readonly<
  Record<string, { intent: Intent; slots: (input: Record<string, unknown>) => Slots }>
> = {
  StartBreathing: {
    intent: 'breathe',
    slots: (input) => ({
      ...(typeof input.pattern === 'string' ? { pattern: input.pattern } : {}),
      ...(input.minutes !== undefined ? { minutes: String(input.minutes) } : {}),
    }),
  },
  SelfCompassionBreak: {
    intent: 'compassionBreak',
    slots: (input) => (typeof input.length === 'string' ? { length: input.length } : {}),
  },
  Affirmation: {
    intent: 'affirmation',
    slots: (input) => (typeof input.theme === 'string' ? { theme: input.theme } : {}),
  },
};

/** A LaunchRequest carrying a custom task starts that practice directly, as a one-shot. */
function taskTurn(task: unknown): { intent: Intent; slots: Slots } | undefined {
  if (typeof task !== 'object' || task === null) return undefined;
  const { name, input } = task as { name?: unknown; input?: unknown };
  const found = typeof name === 'string' ? tasks[name.split('.').pop() ?? ''] : undefined;
  if (!found || !Object.hasOwn(tasks, (name as string).split('.').pop() ?? '')) return undefined;
  const values =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  return { intent: found.intent, slots: found.slots(values) };
}

/**
 * Describes an Alexa request as a neutral turn, on the listener's own day and hour where their time zone is known
 * (UTC where it is not); an intent the table does not know is a fallback.
 */
export function toTurn(
  input: HandlerInput,
  memory: Memory = { hasMemory: false },
  zone?: string,
): Turn {
  const { request, session } = input.requestEnvelope;
  const local = localTimeOf(request.timestamp, zone);
  const base = {
    locale: localeOf(input.requestEnvelope),
    isNewSession: session?.new ?? true,
    device: deviceOf(input),
    seed: seedFrom(String(request.requestId ?? '')),
    today: local.day,
    localHour: local.hour,
    ...memory,
  };
  const requestType = getRequestType(input.requestEnvelope);
  if (requestType === 'LaunchRequest') {
    const task = taskTurn((request as { task?: unknown }).task);
    return task
      ? { ...base, isNewSession: true, kind: 'intent', ...task }
      : { ...base, kind: 'launch' };
  }
  if (requestType === 'SessionEndedRequest') {
    const reason = (request as { reason?: string }).reason;
    return {
      ...base,
      kind: 'sessionEnd',
      reason: reason === 'ERROR' ? 'error' : reason === 'USER_INITIATED' ? 'user' : 'silence',
    };
  }
  const intentRequest = request as IntentRequest;
  const name = intentRequest.intent?.name ?? '';
  const carrier = carrierOfIntent.get(name);
  if (carrier !== undefined) {
    return {
      ...base,
      kind: 'intent',
      intent: 'said',
      slots: {},
      rawText: freeWords(intentRequest, carrier),
    };
  }
  const intent = Object.hasOwn(alexaIntents, name)
    ? alexaIntents[name as keyof typeof alexaIntents]
    : Object.hasOwn(alexaAliases, name)
      ? alexaAliases[name as keyof typeof alexaAliases]
      : 'fallback';
  if (!intentRequest.intent) return { ...base, kind: 'intent', intent, slots: {} };
  const { slots, unheard, unmatched, unchecked } = slotsOf(intentRequest);
  // Words that matched none of a slot's values are the person's own: heard by the screen, never a request.
  if (unheard.length > 0) {
    return {
      ...base,
      kind: 'intent',
      intent: 'said',
      slots: {},
      rawText: unheard.join(' '),
      isPartOfRequest: true,
      unmatchedSlots: unmatched,
    };
  }
  return {
    ...base,
    kind: 'intent',
    intent,
    slots,
    ...(unchecked.length > 0 ? { rawText: unchecked.join(' ') } : {}),
  };
}
