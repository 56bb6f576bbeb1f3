import type { Context, Outcome } from './context';
import type { Intent } from './intents';
import type { Activity } from './state';
import type { IntentTurn } from './turn';
import { affirmation } from './activities/affirmation';
import {
  beginRounds,
  continueBreathing,
  parseRounds,
  startBreathing,
} from './activities/breathing';
import { compassionBreak } from './activities/compassionBreak';
import { urgeSurfing } from './activities/urgeSurfing';
import { grounding } from './activities/grounding';
import { windDown } from './activities/windDown';
import { closeAfterCrisis, crisisAnswer, emergencyAnswer } from './activities/crisis';
import { answerDirectQuestion } from './activities/directQuestion';
import { reflectFeeling } from './activities/listening';
import { hearFeeling } from './understanding/hearFeeling';
import { nextTopic, startLearning, tellMeMore } from './activities/lessons';
import { forgetMe, myUsual, progress } from './activities/memory';
import { medicationAnswer, slipAnswer, unwellAnswer } from './activities/safetyAnswers';
import { fallback, goodbye, help, repeat, welcome, whatNext } from './activities/menu';
import { answer } from './questions';
import { spoken } from './script';

type Route = (context: Context, turn: IntentTurn) => Outcome;

/** "Next" and "another one" mean the next step of whatever is under way. */
const nextByActivity: Readonly<Record<Activity['name'], (context: Context) => Outcome>> = {
  menu: fallback,
  breathing: (context) => continueBreathing(context),
  affirmation: (context) => affirmation(context),
  lesson: nextTopic,
  crisis: fallback,
};

/** "Tell me more" goes deeper into a lesson, and otherwise means more of what is under way. */
const moreByActivity: Readonly<Record<Activity['name'], (context: Context) => Outcome>> = {
  ...nextByActivity,
  lesson: tellMeMore,
};

function stop(context: Context): Outcome {
  return context.state.activity.name === 'crisis' ? closeAfterCrisis(context) : goodbye(context);
}

function chooseNumber(context: Context, turn: IntentTurn): Outcome {
  const rounds = parseRounds(turn.slots.rounds);
  const isAskingRounds = context.state.question === 'howManyRounds';
  return isAskingRounds && rounds !== undefined ? beginRounds(context, rounds) : fallback(context);
}

/** Where each neutral intent leads. */
const routes: Readonly<Record<Intent, Route>> = {
  breathe: (context, turn) => startBreathing(context, turn.slots),
  urgeSurfing,
  grounding,
  windDown: (context, turn) => windDown(context, turn.slots.minutes),
  compassionBreak: (context, turn) => compassionBreak(context, turn.slots.length),
  affirmation: (context, turn) => affirmation(context, turn.slots.theme),
  learn: (context, turn) => startLearning(context, turn.slots.topic),
  tellMeMore: (context) => moreByActivity[context.state.activity.name](context),
  next: (context) => nextByActivity[context.state.activity.name](context),
  chooseNumber,
  crisis: crisisAnswer,
  bodyInDanger: (context) => emergencyAnswer(context, 'self'),
  someoneInDanger: (context) => emergencyAnswer(context, 'someoneElse'),
  progress,
  myUsual,
  forgetMe,
  // Reminders are set by the Alexa adapter; any other platform hears that they work on Alexa.
  setReminder: (context) => whatNext(context, spoken(context.content.reminders.notHere)),
  cancelReminder: (context) => whatNext(context, spoken(context.content.reminders.notHere)),
  medication: medicationAnswer,
  slip: slipAnswer,
  feelingUnwell: unwellAnswer,
  help,
  stop,
  cancel: stop,
  fallback,
  // Free words with no safety matter in them name nothing the skill can start.
  said: fallback,
  repeat,
  yes: (context) => answer(context, true),
  no: (context) => answer(context, false),
  startOver: welcome,
  navigateHome: welcome,
};

/** Answers an intent turn from the routing table. */
export function routeIntent(context: Context, turn: IntentTurn): Outcome {
  // The direct question takes any answer, in any words; unclear ones get the crisis answer.
  if (context.state.question === 'askedDirectly') return answerDirectQuestion(context, turn);
  // Words the platform heard no request in may tell how the person feels: that is answered first.
  const isOwnWords =
    (turn.intent === 'said' || turn.intent === 'fallback') && turn.isPartOfRequest !== true;
  const feeling = isOwnWords && turn.rawText ? hearFeeling(turn.rawText) : undefined;
  if (feeling) return reflectFeeling(context, feeling);
  return routes[turn.intent](context, turn);
}
