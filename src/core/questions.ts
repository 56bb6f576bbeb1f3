import type { Context, Outcome } from './context';
import type { Question } from './state';
import { affirmation } from './activities/affirmation';
import {
  beginRounds,
  continueBreathing,
  finishBreathing,
  roundsRange,
  startBreathing,
} from './activities/breathing';
import { compassionBreak } from './activities/compassionBreak';
import {
  breatheTogether,
  closeAfterCrisis,
  connectCall,
  crisisAnswer,
  leaveGently,
  offerCompany,
  repeatNumbers,
  somethingElse,
} from './activities/crisis';
import { thankForAnswering } from './activities/directQuestion';
import { acceptOffer, declineOffer } from './activities/listening';
import { nextTopic, tellMeMore } from './activities/lessons';
import { forget, keepEverything } from './activities/memory';
import { goodbye, whatNext, whichOne } from './activities/menu';

type Step = (context: Context) => Outcome;

/** What "yes" and "no" mean for each question the skill asks. */
const answers: Readonly<Record<Question, { readonly yes: Step; readonly no: Step }>> = {
  whatNext: { yes: whichOne, no: goodbye },
  howManyRounds: {
    yes: (context) => beginRounds(context, roundsRange.default),
    no: (context) => whatNext(context),
  },
  keepBreathing: { yes: (context) => continueBreathing(context), no: finishBreathing },
  anotherAffirmation: {
    yes: (context) => affirmation(context),
    no: (context) => whatNext(context),
  },
  hearMore: { yes: tellMeMore, no: (context) => whatNext(context) },
  nextTopic: { yes: nextTopic, no: (context) => whatNext(context) },
  repeatNumbers: { yes: repeatNumbers, no: offerCompany },
  connectCall: { yes: connectCall, no: offerCompany },
  stayWhileCalling: { yes: breatheTogether, no: leaveGently },
  anythingElse: { yes: somethingElse, no: closeAfterCrisis },
  offerFitting: { yes: acceptOffer, no: declineOffer },
  offerBreathing: {
    yes: (context) => startBreathing(context, {}),
    no: (context) => whatNext(context),
  },
  confirmForget: { yes: forget, no: keepEverything },
  askedDirectly: { yes: crisisAnswer, no: thankForAnswering },
  offerBreak: { yes: (context) => compassionBreak(context), no: (context) => whatNext(context) },
};

/** Answers "yes" or "no" in the light of the question last asked; with none pending, yes opens the menu. */
export function answer(context: Context, isYes: boolean): Outcome {
  const { question } = context.state;
  const meaning = question ? answers[question] : { yes: whichOne, no: goodbye };
  return isYes ? meaning.yes(context) : meaning.no(context);
}
