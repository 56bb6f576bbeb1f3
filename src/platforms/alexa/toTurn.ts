import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { Device, Intent, Slots, Turn, UserProfile } from '../../core';
import { slotNames } from '../../core';
import { isObject } from '../isObject';
import { seedFrom } from '../seed';
import { alexaIntents } from './intentNames';
import { supportsApl } from './apl';
import { localeOf } from './localeOf';

/**
 * A slot's value: the resolved canonical id for custom types, the heard value otherwise; "?" is unheard. Every
 * level is checked, since a slot is the part of a request a client shapes most freely.
 */
function slotValue(slot: unknown): string | undefined {
  if (!isObject(slot)) return undefined;
  const authorities = isObject(slot.resolutions) ? slot.resolutions.resolutionsPerAuthority : [];
  const matched = (Array.isArray(authorities) ? authorities : []).find(
    (authority) =>
      isObject(authority) &&
      isObject(authority.status) &&
      authority.status.code === 'ER_SUCCESS_MATCH',
  );
  const values: unknown = isObject(matched) ? matched.values : undefined;
  const first: unknown = Array.isArray(values) && isObject(values[0]) ? values[0].value : undefined;
  const resolved = isObject(first) ? first : {};
  const value = resolved.id ?? resolved.name ?? slot.value;
  return typeof value === 'string' && value.trim() !== '' && value !== '?' ? value : undefined;
}

function slotsOf(request: IntentRequest): Slots {
  const slots: Record<string, unknown> = isObject(request.intent.slots) ? request.intent.slots : {};
  return Object.fromEntries(
    slotNames
      .map((name) => [name, slotValue(slots[name])])
      .filter(([, value]) => value !== undefined),
  );
}

function deviceOf(input: HandlerInput): Device {
  return { hasScreen: supportsApl(input.requestEnvelope) };
}

/** Whether the skill remembers listeners, and what it remembers about this one. */
export interface Memory {
  readonly hasMemory: boolean;
  readonly profile?: UserProfile;
}

/** The request's day, YYYY-MM-DD (the request timestamp is UTC); today when it carries none that parses. */
export function dayOf(timestamp: unknown): string {
  const parsed = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? Date.now() : parsed).toISOString().slice(0, 10);
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

/** Describes an Alexa request as a neutral turn; an intent the table does not know is a fallback. */
export function toTurn(input: HandlerInput, memory: Memory = { hasMemory: false }): Turn {
  const { request, session } = input.requestEnvelope;
  const base = {
    locale: localeOf(input.requestEnvelope),
    isNewSession: session?.new ?? true,
    device: deviceOf(input),
    seed: seedFrom(String(request.requestId ?? '')),
    today: dayOf(request.timestamp),
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
  const intent = Object.hasOwn(alexaIntents, name)
    ? alexaIntents[name as keyof typeof alexaIntents]
    : 'fallback';
  return {
    ...base,
    kind: 'intent',
    intent,
    slots: intentRequest.intent ? slotsOf(intentRequest) : {},
  };
}
