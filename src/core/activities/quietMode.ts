import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { ask } from '../context';
import { spoken } from '../script';
import { whatNext } from './menu';

/** Whether quiet mode is on for this listener: remembered where the platform remembers, else for the conversation. */
export const isQuiet = (context: Context): boolean =>
  context.state.isQuiet ?? context.profile?.isQuiet ?? false;

/**
 * Turns quiet mode on or off, remembers it, says so, and goes back to the question that was waiting, if any.
 */
export function setQuiet(context: Context, on: boolean): Outcome {
  const { quietMode } = context.content;
  const said = spoken(on ? quietMode.on : quietMode.off);
  const { question, lastSaid } = context.state;
  const pending = question && question !== 'whatNext' ? lastSaid?.reprompt : undefined;
  const outcome = pending
    ? ask(context, [...said, ...pending], pending, question)
    : whatNext(context, said);
  const state = { ...outcome.state, isQuiet: on };
  return context.profile
    ? { ...outcome, state, profile: { ...context.profile, isQuiet: on } }
    : { ...outcome, state };
}

/** A chime heard as its length of silence, so the timing holds with no sound. */
const withoutChimes = (speech: Speech): Speech =>
  speech.map((part) =>
    part.type === 'sound' ? { type: 'pause' as const, seconds: part.seconds } : part,
  );

/** An outcome as quiet mode hears it: no chimes, and the reply marked to be said softly. */
export function quietly(outcome: Outcome): Outcome {
  const { reply } = outcome;
  const speech = withoutChimes(reply.speech);
  return {
    ...outcome,
    reply: reply.isListening
      ? { ...reply, speech, reprompt: withoutChimes(reply.reprompt), isQuiet: true }
      : { ...reply, speech, isQuiet: true },
  };
}
