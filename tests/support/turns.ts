import type { Intent, Outcome, Slots, Turn } from '../../src/core';
import { handleTurn } from '../../src/core';
import { toPlainText } from '../../src/speech';

const base = {
  locale: 'en-US',
  device: { hasScreen: false },
  seed: 1,
  today: '2026-11-28',
  hasMemory: false,
};

/** "Alexa, open kind recovery". */
export const launch = (overrides: Partial<Turn> = {}): Turn =>
  ({ ...base, kind: 'launch', isNewSession: true, ...overrides }) as Turn;

/** An intent said within a conversation. */
export const said = (intent: Intent, slots: Slots = {}, overrides: Partial<Turn> = {}): Turn =>
  ({ ...base, kind: 'intent', intent, slots, isNewSession: false, ...overrides }) as Turn;

/** An intent said from outside the skill: a one-shot request. */
export const oneShot = (intent: Intent, slots: Slots = {}, overrides: Partial<Turn> = {}): Turn =>
  said(intent, slots, { isNewSession: true, ...overrides });

/** One answered turn, with what the listener hears as text. */
export interface Heard extends Outcome {
  readonly text: string;
  readonly repromptText: string;
}

/** Plays turns in order through the core, carrying the state, with a varying seed like real requests. */
export function converse(turns: readonly Turn[], startState: unknown = undefined): Heard[] {
  let state = startState;
  return turns.map((turn, index) => {
    const outcome = handleTurn({ ...turn, seed: turn.seed + index * 7919 }, state);
    state = outcome.state;
    return {
      ...outcome,
      text: toPlainText(outcome.reply.speech),
      repromptText: outcome.reply.isListening ? toPlainText(outcome.reply.reprompt) : '',
    };
  });
}

/** The last answer of a conversation. */
export function lastOf(turns: readonly Turn[], startState: unknown = undefined): Heard {
  const all = converse(turns, startState);
  const last = all[all.length - 1];
  if (!last) throw new Error('no turns');
  return last;
}

/** How often a phrase is heard. */
export const count = (text: string, phrase: string): number => text.split(phrase).length - 1;
