import type {
  BreathingPatternId,
  FeelingFamilyName,
  FittingOffer,
  LessonId,
} from '../content/types';
import { breathingPatternIds, lessonIds } from '../content/types';
import type { Speech } from './reply';
import { feelingFamilies } from './understanding/feelingFamilies';

/** The yes/no questions the skill asks. */
export const questions = [
  'whatNext',
  /** After a bare "help": "Do you need help using Kind Recovery, or support right now?" */
  'helpWhich',
  /** After a practice's stillness: "How are you feeling now?" */
  'checkIn',
  'anotherAffirmation',
  /** After a lesson or one of its passages: "Want to hear more?" */
  'hearMore',
  'nextTopic',
  /** While the topics are listed, a few at a time: "Want to hear more topics?" */
  'moreTopics',
  /** After the last of the topics is listed: "Which one would you like to hear?" */
  'chooseTopic',
  /** After urge surfing is explained: "Would you like to try it?" */
  'tryUrgeSurfing',
  'repeatNumbers',
  'offerBreak',
  'confirmForget',
  /** "Are you having thoughts of ending your life?", asked when distress may hide risk. */
  'askedDirectly',
  /** After a crisis answer on a call that can be put through: "Shall I put you through to them now?" */
  'connectCall',
  /** After "no" to hearing the numbers again: "Would you like to breathe slowly with me while you reach out?" */
  'stayWhileCalling',
  /** On a call after a crisis answer, which the skill never ends itself: "Is there anything else I can do?" */
  'anythingElse',
  /** After a first miss: "Would you like a breathing exercise?" */
  'offerBreathing',
  /** After someone said how they feel: the practice, lesson or affirmation that fits. */
  'offerFitting',
] as const;

/** A yes/no question the skill is waiting on; it decides what "yes" and "no" mean. */
export type Question = (typeof questions)[number];

/** The most rounds of breathing a listener can ask for. */
export const maxRounds = 10;

/** The most rounds a practice can hold: ten minutes of the quickest pattern. */
const maxPracticeRounds = 60;

/** Where the listener is in a multi-step practice. */
export type Activity =
  | { readonly name: 'menu' }
  | {
      readonly name: 'breathing';
      readonly pattern: BreathingPatternId;
      readonly roundsTotal: number;
      readonly roundsDone: number;
    }
  | { readonly name: 'affirmation' }
  | {
      readonly name: 'lesson';
      readonly topic: LessonId;
      /** How many of the lesson's deeper passages have been heard, so none is said twice. */
      readonly passagesHeard: number;
    }
  | {
      readonly name: 'crisis';
      /** A medical emergency (the speaker's body, or someone else): only the emergency number is said again. */
      readonly isMedical?: boolean;
    };

/** The last thing said, kept so "repeat" can say it again. */
export interface SpokenBefore {
  readonly speech: Speech;
  readonly reprompt?: Speech;
}

/** Everything the core remembers within a conversation; JSON-serialisable and versioned. */
export interface ConversationState {
  readonly version: 1;
  readonly activity: Activity;
  readonly question?: Question;
  readonly lastSaid?: SpokenBefore;
  /** Indexes into the locale's affirmations, so none repeats until all have been heard. */
  readonly heardAffirmations: readonly number[];
  /** Whether this conversation has already been welcomed, so a second welcome is shorter. */
  readonly hasBeenWelcomed: boolean;
  /**
   * A crisis or a medical emergency was heard in this conversation: whatever is done after it, leaving ends with
   * the number ('crisis': the line and the emergency number; 'medical': the emergency number alone).
   */
  readonly crisisHeard?: 'crisis' | 'medical';
  /** Quiet mode, where nothing is remembered between visits: no chimes, a softer voice. */
  readonly isQuiet?: boolean;
  /** The affirmation theme asked for, so "another one" stays on it. */
  readonly affirmationTheme?: string;
  /** How many topics have been listed, so "yes, more topics" goes on from there. */
  readonly topicsListed?: number;
  /** How many turns in a row were not understood, so the fallback never says the same thing twice running. */
  readonly misses?: number;
  /** How many times in a row the person said nothing on a phone line, so a second silence closes kindly. */
  readonly silences?: number;
  /** What was offered to someone who said how they feel, so "yes" starts it. */
  readonly offered?: FittingOffer;
  /** The wording last used for each feeling reflected, so the same feeling twice is met in other words. */
  readonly reflections?: Readonly<Partial<Record<FeelingFamilyName, number>>>;
}

/** The state of a conversation that has not started. */
export const initialState: ConversationState = {
  version: 1,
  activity: { name: 'menu' },
  heardAffirmations: [],
  hasBeenWelcomed: false,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000;

/** How to recognise each activity in a saved state; a tampered or outdated one is not recognised. */
const activityShapes: Readonly<
  Record<Activity['name'], (value: Record<string, unknown>) => boolean>
> = {
  menu: () => true,
  breathing: (value) =>
    isCount(value.roundsTotal) &&
    isCount(value.roundsDone) &&
    value.roundsTotal >= 1 &&
    value.roundsTotal <= maxPracticeRounds &&
    (breathingPatternIds as readonly unknown[]).includes(value.pattern) &&
    value.roundsDone <= value.roundsTotal,
  affirmation: () => true,
  lesson: (value) =>
    (lessonIds as readonly unknown[]).includes(value.topic) &&
    isCount(value.passagesHeard) &&
    value.passagesHeard <= 10,
  crisis: (value) => value.isMedical === undefined || typeof value.isMedical === 'boolean',
};

function isActivity(value: unknown): value is Activity {
  if (!isObject(value) || typeof value.name !== 'string') return false;
  const shape = activityShapes[value.name as Activity['name']];
  return Object.hasOwn(activityShapes, value.name) && shape !== undefined && shape(value);
}

/** How to recognise each kind of speech part, so a tampered "repeat" cannot say anything odd. */
const speechPartShapes: Readonly<Record<string, (part: Record<string, unknown>) => boolean>> = {
  text: (part) => typeof part.text === 'string' && part.text.length <= 2000,
  pause: (part) => typeof part.seconds === 'number' && part.seconds >= 0 && part.seconds <= 60,
  digits: (part) => typeof part.digits === 'string' && /^[0-9 ]{1,20}$/.test(part.digits),
  sound: (part) =>
    ['bell'].includes(part.sound as string) &&
    typeof part.seconds === 'number' &&
    part.seconds >= 0 &&
    part.seconds <= 10,
};

function isSpeech(value: unknown): value is Speech {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= 400 &&
    value.every(
      (part) =>
        isObject(part) &&
        typeof part.type === 'string' &&
        Object.hasOwn(speechPartShapes, part.type) &&
        speechPartShapes[part.type]?.(part) === true,
    )
  );
}

/** A reprompt as the skill writes one: speech whose last words ask a question, so asking it again still asks. */
function isQuestion(value: unknown): value is Speech {
  if (!isSpeech(value)) return false;
  const words = value.filter((part) => part.type === 'text');
  const last = words[words.length - 1];
  return last !== undefined && 'text' in last && last.text.trim().endsWith('?');
}

/**
 * The most a state the skill wrote can weigh, as UTF-8 JSON: the last thing said (at most one response's speech
 * and reprompt) and a few small fields. Alexa caps a whole response at 24 KB, session attributes included, and
 * Dialogflow caps one at 64 KiB, so a heavier state can only have been tampered with.
 */
export const maxStateBytes = 16_000;

const utf8 = new TextEncoder();

/** How many bytes a value weighs written as JSON, as the platforms count a response's size. */
export const jsonBytes = (value: unknown): number =>
  utf8.encode(JSON.stringify(value) ?? '').byteLength;

/** The offers a saved state may name. */
const fittingOffers: readonly FittingOffer[] = [
  'compassionBreak',
  'grounding',
  'windDown',
  'urgeSurfing',
  'longExhale',
  'lessonComparison',
  'lessonFear',
  'lessonStigma',
  'affirmationSupport',
  'affirmationHealing',
  'affirmationResilience',
  'usual',
];

/** The wordings last used, kept only where they are small counts under a family's name. */
function reflectionsOf(saved: Record<string, unknown>): Partial<Record<FeelingFamilyName, number>> {
  return Object.fromEntries(
    Object.entries(saved).filter(
      ([family, wording]) =>
        family !== 'none' &&
        (feelingFamilies as readonly string[]).includes(family) &&
        isCount(wording) &&
        wording < 10,
    ),
  );
}

/** Reads a state the platform kept for us; anything unrecognisable, or too heavy, starts a fresh conversation. */
export function restoreState(saved: unknown): ConversationState {
  if (!isObject(saved) || saved.version !== 1 || !isActivity(saved.activity)) return initialState;
  if (jsonBytes(saved) > maxStateBytes) return initialState;
  const lastSaid = isObject(saved.lastSaid) ? saved.lastSaid : undefined;
  const hasValidLastSaid =
    lastSaid !== undefined &&
    isQuestion(lastSaid.speech) &&
    (lastSaid.reprompt === undefined || isQuestion(lastSaid.reprompt));
  const heard = Array.isArray(saved.heardAffirmations)
    ? saved.heardAffirmations.filter(isCount)
    : [];
  return {
    version: 1,
    activity: saved.activity,
    ...((questions as readonly unknown[]).includes(saved.question)
      ? { question: saved.question as Question }
      : {}),
    ...(hasValidLastSaid ? { lastSaid: lastSaid as unknown as SpokenBefore } : {}),
    heardAffirmations: heard,
    hasBeenWelcomed: saved.hasBeenWelcomed === true,
    ...(saved.isQuiet === true ? { isQuiet: true } : {}),
    ...(saved.crisisHeard === 'crisis' || saved.crisisHeard === 'medical'
      ? { crisisHeard: saved.crisisHeard }
      : {}),
    ...(typeof saved.affirmationTheme === 'string' && saved.affirmationTheme.length < 40
      ? { affirmationTheme: saved.affirmationTheme }
      : {}),
    ...(isCount(saved.misses) && saved.misses <= 3 ? { misses: saved.misses } : {}),
    ...(isCount(saved.silences) && saved.silences <= 2 ? { silences: saved.silences } : {}),
    ...(isCount(saved.topicsListed) && saved.topicsListed <= lessonIds.length
      ? { topicsListed: saved.topicsListed }
      : {}),
    ...(typeof saved.offered === 'string' &&
    (fittingOffers as readonly string[]).includes(saved.offered)
      ? { offered: saved.offered as FittingOffer }
      : {}),
    ...(isObject(saved.reflections) ? { reflections: reflectionsOf(saved.reflections) } : {}),
  };
}
