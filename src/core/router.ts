import type { Context, Outcome } from './context';
import type { Intent } from './intents';
import type { Activity } from './state';
import type { IntentTurn } from './turn';
import { affirmation } from './activities/affirmation';
import { answerCheckIn, checkInAnswerOf } from './activities/afterPractice';
import { parseRounds, startBreathing } from './activities/breathing';
import { compassionBreak } from './activities/compassionBreak';
import { urgeSurfing } from './activities/urgeSurfing';
import { grounding } from './activities/grounding';
import { windDown } from './activities/windDown';
import {
  closeAfterCrisis,
  crisisAnswer,
  emergencyAnswer,
  restartAfterCrisis,
} from './activities/crisis';
import { answerDirectQuestion } from './activities/directQuestion';
import { reflectFeeling } from './activities/listening';
import { hearFeeling } from './understanding/hearFeeling';
import {
  askForTopics,
  explainUrgeSurfing,
  moreTopics,
  nextTopic,
  startLearning,
  tellMeMore,
  topicAskedAbout,
  unknownTopic,
} from './activities/lessons';
import { forgetMe, myUsual, progress } from './activities/memory';
import { setQuiet } from './activities/quietMode';
import { medicationAnswer, slipAnswer, unwellAnswer } from './activities/safetyAnswers';
import { fallback, goodbye, repeat, welcome, whatNext } from './activities/menu';
import { help, support } from './activities/help';
import { answer } from './questions';
import { spoken } from './script';

type Route = (context: Context, turn: IntentTurn) => Outcome;

/** "Next" and "another one" mean the next step of whatever is under way. */
const nextByActivity: Readonly<Record<Activity['name'], (context: Context) => Outcome>> = {
  menu: fallback,
  breathing: (context) => whatNext(context),
  affirmation: (context) => affirmation(context),
  lesson: nextTopic,
  crisis: fallback,
};

/** "Tell me more" goes deeper into a lesson, and otherwise means more of what is under way. */
const moreByActivity: Readonly<Record<Activity['name'], (context: Context) => Outcome>> = {
  ...nextByActivity,
  lesson: tellMeMore,
};

/** "Start over": the welcome again; after a crisis answer, the choices with the number first. */
function restart(context: Context): Outcome {
  return context.state.activity.name === 'crisis' ? restartAfterCrisis(context) : welcome(context);
}

function stop(context: Context): Outcome {
  return context.state.activity.name === 'crisis' ? closeAfterCrisis(context) : goodbye(context);
}

/** A number said during or just after breathing changes its length; anywhere else it means nothing yet. */
function chooseNumber(context: Context, turn: IntentTurn): Outcome {
  const isBreathing = context.state.activity.name === 'breathing';
  return isBreathing && parseRounds(turn.slots.rounds) !== undefined
    ? startBreathing(context, { rounds: turn.slots.rounds })
    : fallback(context);
}

/**
 * Words a lesson topic slot caught and could not match: a topic with no lesson ("teach me about astrophysics"), or,
 * where the slot stands alone in a sample, anything at all. Like any part of a request, they are screened for danger
 * but not heard as a feeling: a fragment is too little to reflect.
 */
const isUnmatchedTopic = (turn: IntentTurn): boolean =>
  turn.intent === 'said' && turn.unmatchedSlots?.includes('topic') === true;

/**
 * Whether words about a topic with no lesson may be answered with the list of topics: not while a question waits
 * (they may be its answer, or stray words), and never after a crisis answer.
 */
const isFreeForTopics = (context: Context): boolean =>
  context.state.activity.name !== 'crisis' &&
  (context.state.question === undefined || context.state.question === 'whatNext');

/** Where each neutral intent leads. */
const routes: Readonly<Record<Intent, Route>> = {
  breathe: (context, turn) => startBreathing(context, turn.slots),
  urgeSurfing,
  grounding,
  windDown: (context, turn) => windDown(context, turn.slots.minutes),
  compassionBreak: (context, turn) => compassionBreak(context, turn.slots.length),
  affirmation: (context, turn) => affirmation(context, turn.slots.theme),
  learn: (context, turn) =>
    startLearning(context, turn.slots.topic ?? topicAskedAbout(turn.rawText)),
  // While the topics are being listed, "more" and "next" mean more topics.
  tellMeMore: (context) =>
    context.state.question === 'moreTopics'
      ? moreTopics(context)
      : moreByActivity[context.state.activity.name](context),
  next: (context) =>
    context.state.question === 'moreTopics'
      ? moreTopics(context)
      : nextByActivity[context.state.activity.name](context),
  listTopics: askForTopics,
  explainUrgeSurfing,
  chooseNumber,
  crisis: crisisAnswer,
  bodyInDanger: (context) => emergencyAnswer(context, 'self'),
  someoneInDanger: (context) => emergencyAnswer(context, 'someoneElse'),
  progress,
  myUsual,
  quietOn: (context) => setQuiet(context, true),
  quietOff: (context) => setQuiet(context, false),
  forgetMe,
  // Reminders are set by the Alexa adapter; any other platform hears that they work on Alexa.
  setReminder: (context) => whatNext(context, spoken(context.content.reminders.notHere)),
  cancelReminder: (context) => whatNext(context, spoken(context.content.reminders.notHere)),
  medication: medicationAnswer,
  slip: slipAnswer,
  feelingUnwell: unwellAnswer,
  help,
  support,
  stop,
  cancel: stop,
  // Free words with no safety matter in them name nothing the skill can start; a topic with no lesson is said so.
  fallback: (context, turn) =>
    isFreeForTopics(context) && topicAskedAbout(turn.rawText)
      ? unknownTopic(context)
      : fallback(context),
  said: (context, turn) =>
    isFreeForTopics(context) && (isUnmatchedTopic(turn) || topicAskedAbout(turn.rawText))
      ? unknownTopic(context)
      : fallback(context),
  repeat,
  yes: (context) => answer(context, true),
  no: (context) => answer(context, false),
  startOver: restart,
  navigateHome: restart,
};

/** Answers an intent turn from the routing table. */
export function routeIntent(context: Context, turn: IntentTurn): Outcome {
  // The direct question takes any answer, in any words; unclear ones get the crisis answer.
  if (context.state.question === 'askedDirectly') return answerDirectQuestion(context, turn);
  // Words the platform heard no request in may tell how the person feels: that is answered first.
  const isOwnWords =
    (turn.intent === 'said' || turn.intent === 'fallback') && turn.isPartOfRequest !== true;
  // "How are you feeling now?" is answered in a few plain ways ("better", "worse") before any feeling is heard.
  const isCheckIn = context.state.question === 'checkIn';
  const isAnswerWords = (isOwnWords || isUnmatchedTopic(turn)) && turn.rawText !== undefined;
  const checkIn = isCheckIn && isAnswerWords ? checkInAnswerOf(turn.rawText ?? '') : undefined;
  if (checkIn) return answerCheckIn(context, checkIn);
  const feeling = isOwnWords && turn.rawText ? hearFeeling(turn.rawText) : undefined;
  if (feeling) return reflectFeeling(context, feeling);
  // Any other words heard, and screened, answer the check-in: none of them is a miss.
  if (isCheckIn && isAnswerWords) return answerCheckIn(context);
  return routes[turn.intent](context, turn);
}
