import type { Content, CrisisContacts } from '../content/types';
import type { Reply, Speech } from './reply';
import type { ConversationState, Question } from './state';
import type { Turn } from './turn';
import { initialState } from './state';

/** What an activity needs to answer one turn. */
export interface Context {
  readonly turn: Turn;
  readonly state: ConversationState;
  readonly content: Content;
  readonly contacts: CrisisContacts;
  readonly random: () => number;
}

/** The core's answer to a turn: what to say, and the state to keep. */
export interface Outcome {
  readonly reply: Reply;
  readonly state: ConversationState;
}

/** Changes an activity makes to the state as it asks a question. */
export type StateChanges = Partial<Omit<ConversationState, 'version' | 'lastSaid' | 'question'>>;

/** Say something and listen for the answer to `question` (or for anything, if there is none). */
export function ask(
  context: Context,
  speech: Speech,
  reprompt: Speech,
  question: Question | undefined,
  changes: StateChanges = {},
): Outcome {
  const { question: _previous, ...rest } = context.state;
  return {
    reply: { speech, reprompt, isListening: true },
    state: {
      ...rest,
      ...changes,
      ...(question ? { question } : {}),
      lastSaid: { speech, reprompt },
    },
  };
}

/** Answers without becoming "the last thing said", so "repeat" still says what came before. */
export function askAside(context: Context, speech: Speech, reprompt: Speech): Outcome {
  return { reply: { speech, reprompt, isListening: true }, state: context.state };
}

/** Say something and end the conversation. */
export function close(speech: Speech): Outcome {
  return { reply: { speech, isListening: false }, state: initialState };
}

/** A request made from outside the skill ("ask kind recovery for ..."): deliver, then close. */
export function isOneShot(context: Context): boolean {
  return context.turn.kind === 'intent' && context.turn.isNewSession;
}
