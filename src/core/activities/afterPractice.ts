import type { FittingOffer } from '../../content/types';
import type { Context, Outcome, StateChanges } from '../context';
import type { Speech } from '../reply';
import { askAfter, close, isOneShot } from '../context';
import { pick } from '../random';
import { silence, spoken } from '../script';

/** A practice that ends with a check-in. */
export type FinishedPractice = 'breathing' | 'compassionBreak' | 'urgeSurfing' | 'grounding';

/** Seconds of stillness after a practice's last words, before the check-in. */
export const stillnessSeconds = 6;

/** What may come next after each practice: never the one just done. */
const nextSteps: Readonly<Record<FinishedPractice, readonly [FittingOffer, ...FittingOffer[]]>> = {
  breathing: ['compassionBreak', 'affirmationHealing'],
  compassionBreak: ['longExhale', 'affirmationSupport'],
  urgeSurfing: ['longExhale', 'compassionBreak'],
  grounding: ['longExhale', 'compassionBreak'],
};

/**
 * Ends a practice kindly: a longer stillness, one soft check-in ("How are you feeling now?"), and a next step other
 * than the one just done, offered in the reprompt and after the answer. Opened in one shot, it says goodbye instead.
 */
export function afterPractice(
  context: Context,
  practice: Speech,
  done: FinishedPractice,
  changes: StateChanges = {},
): Outcome {
  if (isOneShot(context)) {
    return close([...practice, ...spoken(pick(context.content.oneShotGoodbye, context.random))]);
  }
  const offered = pick(nextSteps[done], context.random);
  const { checkIn } = context.content.afterPractice;
  return askAfter(
    context,
    [...practice, ...silence(stillnessSeconds)],
    spoken(checkIn.question),
    spoken(checkIn.reprompt, context.content.listening.offers[offered]),
    'checkIn',
    { activity: { name: 'menu' }, ...changes, offered },
  );
}

/** The tip for this time: each practice moves on to the next, so a daily listener hears them all in turn. */
function tipFor(context: Context): string {
  const { tips } = context.content.afterPractice;
  const practised = Object.values(context.profile?.practiceCounts ?? {}).reduce(
    (sum, count) => sum + count,
    0,
  );
  const index = context.profile ? practised : Math.floor(context.random() * tips.length);
  return tips[index % tips.length]!;
}

/** Any answer to the check-in that tells no feeling: thanks, one tip, and the next step as a yes/no question. */
export function answerCheckIn(context: Context): Outcome {
  const offered = context.state.offered ?? 'compassionBreak';
  const { checkIn } = context.content.afterPractice;
  const question = context.content.listening.offers[offered];
  return askAfter(
    context,
    spoken(pick(checkIn.thanks, context.random), tipFor(context)),
    spoken(question),
    spoken(context.content.listening.offerReprompt, question),
    'offerFitting',
    { offered },
  );
}
