import type { Content, CrisisContacts } from '../content/types';
import type { Reply, Speech } from './reply';
import type { ConversationState, Question } from './state';
import type { Turn } from './turn';
import { initialState } from './state';
import type { UserProfile } from './profile';
import { recordPractice } from './profile';

/** What an activity needs to answer one turn. */
export interface Context {
  readonly turn: Turn;
  readonly state: ConversationState;
  readonly content: Content;
  readonly contacts: CrisisContacts;
  readonly random: () => number;
  /** What is remembered about the listener; undefined where the platform remembers nothing. */
  readonly profile?: UserProfile;
}

/** The core's answer to a turn: what to say, the state to keep, and what to remember or forget. */
export interface Outcome {
  readonly reply: Reply;
  readonly state: ConversationState;
  /** The listener's profile to store, when it changed. */
  readonly profile?: UserProfile;
  /** Erase everything stored about the listener. */
  readonly isForgetting?: boolean;
}

/** An outcome that also remembers a practice done today. */
export function remembering(context: Context, outcome: Outcome, practice: string): Outcome {
  if (!context.profile) return outcome;
  return {
    ...outcome,
    profile: recordPractice(outcome.profile ?? context.profile, context.turn.today, practice),
  };
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

/**
 * Say a practice, then ask `question`; only the question becomes "the last thing said", so "say that again"
 * repeats it rather than the practice, and the state stays small.
 */
export function askAfter(
  context: Context,
  practice: Speech,
  question: Speech,
  reprompt: Speech,
  asked: Question | undefined,
  changes: StateChanges = {},
): Outcome {
  const outcome = ask(context, question, reprompt, asked, changes);
  return { ...outcome, reply: { ...outcome.reply, speech: [...practice, ...question] } };
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
