/** A silence in a script, in seconds. */
export interface Pause {
  readonly pause: number;
}

/** A number read one digit at a time, such as a phone number. */
export interface DigitsLine {
  readonly digits: string;
}

/** One line of a script: words to say, a silence, or digits. */
export type Line = string | Pause | DigitsLine;

/** Something the skill says, as lines in order. */
export type Script = readonly Line[];

/** Alternative wordings of the same thing; at least one. */
export type Variations<T> = readonly [T, ...T[]];

/** The seed's themes that affirmations speak to, in the order they are offered. */
export const affirmationThemes = [
  'emotional healing',
  'self-criticism',
  'resilience',
  'mental health',
  'mindfulness',
  'accountability',
  'support',
] as const;

/** The seed's themes that an affirmation can speak to. */
export type AffirmationTheme = (typeof affirmationThemes)[number];

/** One affirmation: a complete thought, said in the first person. */
export interface Affirmation {
  readonly theme: AffirmationTheme;
  readonly text: string;
}

/** The breathing patterns, in the order they are offered. */
export const breathingPatternIds = [
  'box',
  'four-seven-eight',
  'extended-exhale',
  'resonance',
  'cyclic-sighing',
] as const;

/** One breathing pattern. */
export type BreathingPatternId = (typeof breathingPatternIds)[number];

/** The parts of a breath a cue can name. */
export type BreathPhase = 'breatheIn' | 'topUp' | 'holdIn' | 'breatheOut' | 'holdOut';

/** Identifiers of the spoken lessons, in the order they are taught. */
export const lessonIds = [
  'what-is-self-compassion',
  'how-it-supports-recovery',
  'mental-health',
  'mindfulness',
  'professional-support',
  'benefit-emotional-healing',
  'benefit-less-self-criticism',
  'benefit-resilience',
  'benefit-mental-health',
  'benefit-mindfulness-and-presence',
  'challenge-initial-resistance',
  'challenge-fear-of-relapse',
  'challenge-cultural-stigma',
  'challenge-self-comparison',
  'challenge-compassion-and-accountability',
] as const;

/** One lesson identifier. */
export type LessonId = (typeof lessonIds)[number];

/** A short spoken lesson: a summary, and more for those who ask. */
export interface Lesson {
  /** How the topic is named aloud, e.g. "what self-compassion is". */
  readonly title: string;
  /** About thirty to forty-five seconds. */
  readonly summary: Script;
  /** A little deeper; each challenge ends with something to try. */
  readonly more: Script;
}

/** A phone line said aloud and shown on a card. */
export interface PhoneLine {
  /** The name as spoken, e.g. "the Suicide and Crisis Lifeline". */
  readonly name: string;
  /** The name as shown on a card, e.g. "988 Suicide & Crisis Lifeline". */
  readonly label: string;
  /** What to do, e.g. "call or text". */
  readonly action: string;
  /** The number as dialled; spaces group the digits. */
  readonly digits: string;
}

/** Where a listener in a locale can reach help; both lists are empty for a locale we do not know. */
export interface CrisisContacts {
  /** Crisis lines, the first one said twice. */
  readonly lines: readonly PhoneLine[];
  /** Emergency numbers, e.g. ["112", "999"]. */
  readonly emergency: readonly string[];
}

/** Every word the skill says in one language; a missing key is a compile error. */
export interface Content {
  readonly welcome: {
    /** The first welcome of a conversation, with the wellness note. */
    readonly firstTime: Variations<Script>;
    /** Coming back to the start within a conversation. */
    readonly again: Variations<Script>;
    /** A listener the skill remembers, on a new visit: warmer and shorter. */
    readonly returning: Variations<Script>;
  };
  readonly reminders: {
    readonly confirmed: (time: string) => string;
    readonly askTime: string;
    readonly askTimeReprompt: string;
    readonly cancelled: string;
    readonly noReminder: string;
    readonly denied: string;
    readonly unsupported: string;
    readonly failed: string;
    readonly notHere: string;
    /** What the reminder itself says when it goes off. */
    readonly reminderText: string;
  };
  readonly memory: {
    /** Practice days this week and in all, said gently; never guilt for a gap. */
    readonly progress: (
      thisWeekInWords: string,
      allInWords: string,
      isPlural: { week: boolean; all: boolean },
    ) => string;
    readonly noPracticeYet: string;
    readonly quietWeek: (allInWords: string, isPlural: boolean) => string;
    readonly notRemembered: string;
    readonly usualIs: (practiceName: string) => string;
    /** How practices other than breathing are named as someone's usual. */
    readonly practiceNames: {
      readonly compassionBreak: string;
      readonly affirmation: string;
      readonly urgeSurfing: string;
    };
    readonly noUsualYet: string;
    readonly confirmForget: string;
    readonly confirmForgetReprompt: string;
    readonly forgotten: string;
    readonly keptEverything: string;
    readonly nothingKept: string;
  };
  readonly whatNext: { readonly question: Variations<string>; readonly reprompt: string };
  readonly whichOne: string;
  readonly help: { readonly speech: Script; readonly question: string; readonly reprompt: string };
  readonly goodbye: Variations<string>;
  /** Said before the session closes after a one-shot request. */
  readonly oneShotGoodbye: Variations<string>;
  readonly fallback: Variations<string>;
  readonly nothingToRepeat: string;
  readonly error: string;
  readonly numberWords: readonly string[];
  readonly breathing: {
    /** Asks how long, for a pattern the listener has just named or been given. */
    readonly askLength: (patternName: string) => {
      readonly speech: Script;
      readonly reprompt: string;
    };
    /** Every pattern opens with this. */
    readonly safetyNote: Script;
    readonly patterns: Record<
      BreathingPatternId,
      { readonly name: string; readonly description: Script }
    >;
    readonly roundsChosen: (roundsInWords: string) => string;
    /** Opens a practice nobody chose the rounds for, such as a one-shot request. */
    readonly roundsByDefault: (roundsInWords: string) => string;
    readonly roundsOutOfRange: (roundsInWords: string) => string;
    readonly minutesChosen: (minutesInWords: string) => string;
    readonly minutesOutOfRange: (minutesInWords: string) => string;
    /** Four-seven-eight is kept short until the listener has practised it a few times. */
    readonly newcomerLimit: (roundsInWords: string) => string;
    readonly cues: Record<BreathPhase, string>;
    readonly keepGoing: (doneInWords: string, totalInWords: string) => string;
    readonly keepGoingReprompt: string;
    readonly finished: Variations<Script>;
  };
  readonly compassionBreak: {
    /** About ninety seconds, in Neff's three parts, with silence to reflect. */
    readonly short: Variations<Script>;
    /** About five minutes, the same three parts with more time in each. */
    readonly long: Variations<Script>;
    readonly finished: Variations<string>;
  };
  /** Urge surfing for a craving, about three minutes: name it, feel it, ride the wave, breathe. */
  readonly urgeSurfing: {
    readonly practice: Variations<Script>;
    readonly finished: Variations<string>;
  };
  /** Titles of the practices' words on a screen. */
  readonly screenTitles: {
    readonly compassionBreak: string;
    readonly urgeSurfing: string;
    readonly affirmation: string;
  };
  readonly affirmation: {
    readonly intro: Variations<string>;
    readonly all: Variations<Affirmation>;
    readonly another: string;
    readonly anotherReprompt: string;
  };
  readonly lessons: {
    readonly topics: Record<LessonId, Lesson>;
    readonly startLearning: string;
    readonly unknownTopic: string;
    readonly moreOrNext: string;
    readonly moreOrNextReprompt: string;
    readonly nextTopicQuestion: (nextTitle: string) => string;
    readonly nextTopicReprompt: string;
    readonly allDone: string;
  };
  readonly safety: {
    /** A kind refusal of any medication question, pointing to the prescriber or pharmacist. */
    readonly medication: Variations<Script>;
    /** Compassion for a slip, and a nudge to tell someone who supports them. */
    readonly slip: Variations<Script>;
    /** The one line of a slip answer that points to emergency help if too much was taken. */
    readonly slipDanger: (numbers: readonly string[]) => Script;
    readonly slipDangerUnknownLocale: Script;
    readonly offerBreak: string;
    readonly offerBreakReprompt: string;
    /** Stopping a practice when the listener feels dizzy or unwell. */
    readonly unwell: Variations<Script>;
    readonly unwellDanger: (numbers: readonly string[]) => Script;
    readonly unwellDangerUnknownLocale: Script;
    /** When distress may hide risk: one warm sentence, then the question crisis counsellors ask. */
    readonly askDirectly: {
      readonly opening: Variations<string>;
      readonly aboutEndingLife: string;
      readonly aboutHarm: string;
      /** Said before the question when it is asked again: where help is, if the answer is yes. */
      readonly ifYou: (line: PhoneLine | undefined, isAboutHarm: boolean) => Script;
      /** After "no": thanks, and the feeling acknowledged, before a gentle offer. */
      readonly thanks: Variations<Script>;
      /** Leaving while the question is open: the line, the last thing said. */
      readonly leaving: (line: PhoneLine | undefined) => Script;
    };
  };
  readonly crisis: {
    readonly opening: Variations<string>;
    readonly emergency: (numbers: readonly string[]) => Script;
    readonly noKnownEmergency: Script;
    readonly line: (line: PhoneLine) => Script;
    readonly onceMore: string;
    readonly repeatQuestion: string;
    readonly repeatReprompt: string;
    readonly closing: string;
    readonly cardTitle: string;
    /** The card's emergency line, with the numbers, or for a locale without a table. */
    readonly cardEmergency: (numbers: readonly string[]) => string;
    readonly cardNoKnownEmergency: string;
    readonly wellnessNote: string;
  };
}
