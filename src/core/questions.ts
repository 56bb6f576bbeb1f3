import type { Context, Outcome } from './context';
import type { Question } from './state';
import { affirmation } from './activities/affirmation';
import { support } from './activities/help';
import { startBreathing } from './activities/breathing';
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
import {
  moveOnKindly,
  moreTopics,
  nextTopic,
  sayTopicName,
  tellMeMore,
} from './activities/lessons';
import { urgeSurfing } from './activities/urgeSurfing';
import { forget, keepEverything } from './activities/memory';
import { goodbye, whatNext, whichOne } from './activities/menu';

type Step = (context: Context) => Outcome;

/** What "yes" and "no" mean for each question the skill asks. */
const answers: Readonly<Record<Question, { readonly yes: Step; readonly no: Step }>> = {
  whatNext: { yes: whichOne, no: goodbye },
  // The reprompt offered the next step: "yes" and "no" answer that.
  checkIn: { yes: acceptOffer, no: declineOffer },
  // "Yes" to either kind of help is taken as the person's own need, the safer reading.
  helpWhich: { yes: support, no: (context) => whatNext(context) },
  anotherAffirmation: {
    yes: (context) => affirmation(context),
    no: (context) => whatNext(context),
  },
  hearMore: { yes: tellMeMore, no: moveOnKindly },
  nextTopic: { yes: nextTopic, no: (context) => whatNext(context) },
  moreTopics: { yes: moreTopics, no: moveOnKindly },
  chooseTopic: { yes: sayTopicName, no: moveOnKindly },
  tryUrgeSurfing: { yes: urgeSurfing, no: moveOnKindly },
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
