import type { FittingOffer } from '../../content/types';
import type { Context, Outcome, StateChanges } from '../context';
import type { Speech } from '../reply';
import { askAfter, close, isOneShot } from '../context';
import { pick } from '../random';
import { silence, spoken } from '../script';
import { normaliseText } from '../safety/normaliseText';
import { askDirectly } from './directQuestion';

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

/** How someone answered "How are you feeling now?", in the few ways most answers go. */
export type CheckInAnswer = 'better' | 'harder' | 'hopeless';

const hopeless =
  /\b(hopeless|pointless|what is the point|no point|give up|giving up|cannot go on|can not go on|cannot do this|can not do this)\b/;
const harder =
  /\b(not|no|never) (any )?(better|good|great|calmer|okay|ok|fine|alright|much)\b|\b(worse|bad|awful|terrible|horrible|the same|same|still (anxious|scared|shaky|panicky|bad|awful)|not really)\b/;
const better =
  /\b(better|calmer|calm|good|fine|okay|ok|alright|all right|relaxed|lighter|peaceful|great|settled|steadier)\b/;

/** The kind of answer to the check-in, where the words say it plainly; undefined otherwise. */
export function checkInAnswerOf(words: string): CheckInAnswer | undefined {
  const said = normaliseText(words);
  if (hopeless.test(said)) return 'hopeless';
  if (harder.test(said)) return 'harder';
  return better.test(said) ? 'better' : undefined;
}

/**
 * An answer to the check-in that tells no feeling the listening heard: hopelessness gets the question counsellors
 * ask; a harder time is met kindly, with the next step offered; feeling better gets thanks, one tip and the next
 * step; anything else, thanks and the next step. The next step is a yes/no question.
 */
export function answerCheckIn(context: Context, kind?: CheckInAnswer): Outcome {
  if (kind === 'hopeless') return askDirectly(context, false);
  const offered = context.state.offered ?? 'compassionBreak';
  const { checkIn } = context.content.afterPractice;
  const question = context.content.listening.offers[offered];
  const said =
    kind === 'better'
      ? spoken(pick(checkIn.thanks, context.random), tipFor(context))
      : spoken(pick(kind === 'harder' ? checkIn.harder : checkIn.heard, context.random));
  return askAfter(
    context,
    said,
    spoken(question),
    spoken(context.content.listening.offerReprompt, question),
    'offerFitting',
    { offered },
  );
}
