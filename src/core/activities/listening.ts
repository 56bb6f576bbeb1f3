import type { FeelingFamilyName, FittingOffer } from '../../content/types';
import type { Context, Outcome } from '../context';
import { ask } from '../context';
import { spoken } from '../script';
import { affirmation } from './affirmation';
import { breathe } from './breathing';
import { compassionBreak } from './compassionBreak';
import { grounding } from './grounding';
import { startLearning } from './lessons';
import { whatNext } from './menu';
import { urgeSurfing } from './urgeSurfing';
import { myUsual } from './memory';
import { windDown } from './windDown';

/** What fits each feeling: a practice, a lesson, or an affirmation on its theme. */
export const offerFor: Readonly<Record<FeelingFamilyName, FittingOffer>> = {
  shame: 'compassionBreak',
  selfCriticism: 'compassionBreak',
  comparison: 'lessonComparison',
  fear: 'lessonFear',
  loneliness: 'affirmationSupport',
  stigma: 'lessonStigma',
  anger: 'longExhale',
  lowMood: 'affirmationHealing',
  withdrawal: 'longExhale',
  craving: 'urgeSurfing',
  panic: 'grounding',
  sleeplessness: 'windDown',
  pride: 'affirmationResilience',
};

/** How each offer starts when the answer is yes. */
const startOffer: Readonly<Record<FittingOffer, (context: Context) => Outcome>> = {
  compassionBreak: (context) => compassionBreak(context),
  grounding,
  windDown: (context) => windDown(context),
  urgeSurfing,
  longExhale: (context) => breathe(context, 'extended-exhale'),
  lessonComparison: (context) => startLearning(context, 'challenge-self-comparison'),
  lessonFear: (context) => startLearning(context, 'challenge-fear-of-relapse'),
  lessonStigma: (context) => startLearning(context, 'challenge-cultural-stigma'),
  affirmationSupport: (context) => affirmation(context, 'support'),
  affirmationHealing: (context) => affirmation(context, 'emotional healing'),
  affirmationResilience: (context) => affirmation(context, 'resilience'),
  usual: myUsual,
};

/**
 * Someone has said how they feel: one sentence that reflects it without judgement, one kind sentence, and one
 * fitting offer as a yes/no question. The same feeling again in a conversation is met in other words.
 */
export function reflectFeeling(context: Context, family: FeelingFamilyName): Outcome {
  const { families, offers, offerReprompt } = context.content.listening;
  const { reflect, kindly } = families[family];
  const timesBefore = context.state.reflections?.[family];
  // A first time starts anywhere among the wordings; each time after moves on to the next.
  const wording =
    timesBefore === undefined ? Math.floor(context.random() * reflect.length) : timesBefore + 1;
  const offer = offerFor[family];
  const question = offers[offer];
  return ask(
    context,
    spoken(reflect[wording % reflect.length]!, kindly[wording % kindly.length]!, question),
    spoken(`${offerReprompt} ${question}`),
    'offerFitting',
    {
      activity: { name: 'menu' },
      offered: offer,
      reflections: { ...context.state.reflections, [family]: wording % reflect.length },
    },
  );
}

/** "Yes" to what was offered: it starts at once. */
export function acceptOffer(context: Context): Outcome {
  const { offered } = context.state;
  return offered ? startOffer[offered](context) : whatNext(context);
}

/** "No" to what was offered: that's okay, and the short menu. */
export function declineOffer(context: Context): Outcome {
  return whatNext(context, spoken(context.content.listening.declined));
}
