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

/** What the skill may be waiting for when help is asked, so help fits the moment. */
export type HelpMoment = 'checkIn' | 'yesOrNo' | 'feelings' | 'crisis';

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
  /** Withdrawal's windows and waves: symptoms come and go; no timelines, and the prescriber told of strong ones. */
  'windows-and-waves',
  /** Getting ready to talk with the prescriber, as shared decision-making asks. */
  'talking-with-your-prescriber',
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
  /**
   * A little deeper, one passage for each "tell me more", none heard twice. A tiny practice is a passage of its
   * own, opened with "Something to try." and closed with ten to fifteen seconds of silence.
   */
  readonly more: Variations<Script>;
}

/** Topic names that stand for a group of lessons, listed as one topic. */
export type LessonGroup = 'benefits' | 'challenges';

/** A phone number as dialled, and as its country says it aloud where that is not digit by digit. */
export interface PhoneNumber {
  /** The number as dialled; spaces group the digits. */
  readonly digits: string;
  /** How it is said, e.g. "triple zero", "thirteen eleven fourteen"; absent, it is said digit by digit. */
  readonly sayAs?: string;
}

/** A phone line said aloud and shown on a card. */
export interface PhoneLine extends PhoneNumber {
  /** The name as spoken, e.g. "the Suicide and Crisis Lifeline". */
  readonly name: string;
  /** The name as shown on a card, e.g. "988 Suicide & Crisis Lifeline". */
  readonly label: string;
  /** What to do, e.g. "call or text". */
  readonly action: string;
  /** What else helps to reach it, said after the number: "and choose the mental health option". */
  readonly howTo?: string;
  /** A number to text, where texting reaches the line at a number other than the one to call. */
  readonly textDigits?: string;
}

/** Where a listener in a locale can reach help; both lists are empty for a locale we do not know. */
export interface CrisisContacts {
  /** Crisis lines; the first is the one said twice, and the one a call can be put through to. */
  readonly lines: readonly PhoneLine[];
  /** Emergency numbers, e.g. 112 and 999. */
  readonly emergency: readonly PhoneNumber[];
  /** Urgent medical advice that is not an emergency, where the country has a number for it (NHS 111). */
  readonly urgentAdvice?: PhoneLine;
  /** Where to find treatment, said in the lesson on professional support, not in a crisis (SAMHSA's helpline). */
  readonly referral?: PhoneLine;
  /** The first line's number in E.164 form, where a phone call can be put through to it. */
  readonly transferTo?: string;
}

/** The families of feeling the skill reflects, as the understanding names them. */
export type FeelingFamilyName =
  | 'shame'
  | 'selfCriticism'
  | 'comparison'
  | 'fear'
  | 'loneliness'
  | 'stigma'
  | 'anger'
  | 'lowMood'
  | 'withdrawal'
  | 'craving'
  | 'panic'
  | 'sleeplessness'
  | 'pride';

/** What the skill offers someone who has said how they feel. */
export type FittingOffer =
  | 'compassionBreak'
  | 'grounding'
  | 'windDown'
  | 'urgeSurfing'
  | 'longExhale'
  | 'lessonComparison'
  | 'lessonFear'
  | 'lessonStigma'
  | 'affirmationSupport'
  | 'affirmationHealing'
  | 'affirmationResilience'
  /** The practice a returning listener does most. */
  | 'usual';

/** Every word the skill says in one language; a missing key is a compile error. */
export interface Content {
  /**
   * Listening: one sentence that reflects a feeling without judgement, one kind sentence, and one fitting offer as
   * a yes/no question, several wordings of each.
   */
  readonly listening: {
    readonly families: Readonly<
      Record<
        FeelingFamilyName,
        { readonly reflect: Variations<string>; readonly kindly: Variations<string> }
      >
    >;
    readonly offers: Readonly<Record<FittingOffer, string>>;
    readonly offerReprompt: string;
    /** "No" to the offer. */
    readonly declined: string;
  };
  /** Grounding, eyes open, for panic and feeling unreal: about ninety seconds. */
  readonly grounding: {
    readonly practice: Variations<Script>;
    /** The last words: chest pain or feeling faint needs the emergency number. */
    readonly ifAlso: (numbers: readonly PhoneNumber[]) => Script;
  };
  /** A wind-down for a sleepless night: long-exhale breathing and a body scan, no questions, ending in silence. */
  readonly windDown: {
    readonly opening: Variations<Script>;
    readonly bodyScan: Script;
    readonly closing: Variations<Script>;
  };
  readonly welcome: {
    /** The first welcome of a conversation, with the wellness note. */
    readonly firstTime: Variations<Script>;
    /** Coming back to the start within a conversation. */
    readonly again: Variations<Script>;
    /** A listener the skill remembers, on a new visit: warmer and shorter. */
    readonly returning: Variations<Script>;
    /** A returning listener with a usual practice: it is offered first. */
    readonly returningWithUsual: (practiceName: string) => Script;
    readonly returningWithUsualReprompt: string;
    /** Late at night: the night acknowledged, and the wind-down offered first. */
    readonly atNight: {
      readonly firstTime: Variations<Script>;
      readonly again: Variations<Script>;
      readonly reprompt: string;
    };
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
  readonly help: {
    /** A bare "help" with nothing under way: which kind of help is wanted. */
    readonly which: string;
    readonly whichReprompt: string;
    /** How the skill works, briefly, naming every door into it. */
    readonly speech: Script;
    readonly question: string;
    readonly reprompt: string;
    /** While the skill waits on an answer: what can be said to it, before the question again. */
    readonly forMoment: Readonly<Record<HelpMoment, string>>;
  };
  readonly goodbye: Variations<string>;
  /** Said before the session closes after a one-shot request. */
  readonly oneShotGoodbye: Variations<string>;
  /** Quiet mode turned on and off by voice. */
  readonly quietMode: { readonly on: string; readonly off: string };
  /** After a practice's stillness: one soft check-in, thanks for any answer, and a tip that changes each time. */
  readonly afterPractice: {
    readonly checkIn: {
      readonly question: string;
      /** Said before the next step is offered, when the listener stays quiet. */
      readonly reprompt: string;
      /** Feeling better. */
      readonly thanks: Variations<string>;
      /** Still a hard time: no tip, no cheer. */
      readonly harder: Variations<string>;
      /** Any other answer. */
      readonly heard: Variations<string>;
    };
    readonly tips: Variations<string>;
  };
  /**
   * What is said when something was not understood, never the same twice running, each naming the emergency
   * number in one short clause, since the words missed may have been a danger.
   */
  readonly fallback: {
    readonly first: Variations<string>;
    readonly again: Variations<string>;
    readonly dangerClause: (numbers: readonly PhoneNumber[]) => Script;
    /** With nothing pending, the first miss offers one practice. */
    readonly offerBreathing: string;
    readonly offerBreathingReprompt: string;
    /** The second, the choices. */
    readonly choices: string;
    /** The third, a kind goodbye with the number. */
    readonly goodbye: (numbers: readonly PhoneNumber[]) => Script;
  };
  /** When a caller says nothing (a phone line's no-input): the question again, gently, then a kind close. */
  readonly silence: {
    /** Said before the question that is still waiting. */
    readonly stillHere: Variations<string>;
    /** A second silence in a row: the call closes kindly. */
    readonly goodbye: Variations<string>;
  };
  readonly nothingToRepeat: string;
  readonly error: string;
  readonly numberWords: readonly string[];
  readonly breathing: {
    /** Every pattern opens with this. */
    readonly safetyNote: Script;
    readonly patterns: Record<
      BreathingPatternId,
      { readonly name: string; readonly description: Script }
    >;
    /** The implicit confirmation a practice starts with: how long, which pattern, and how to stop. */
    readonly starting: {
      readonly rounds: (roundsInWords: string, patternName: string) => string;
      readonly minutes: (minutesInWords: string, patternName: string) => string;
    };
    readonly roundsOutOfRange: string;
    readonly minutesOutOfRange: string;
    /** Four-seven-eight is counted in rounds, kept to four for a newcomer and to eight for anyone. */
    readonly fourSevenEight: {
      readonly startWithFour: string;
      readonly atMostEight: string;
      readonly inRoundsNotMinutes: string;
    };
    readonly cues: Record<BreathPhase, string>;
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
    readonly grounding: string;
    readonly windDown: string;
  };
  readonly affirmation: {
    /** Invites the listener to say the affirmation with the skill, to themselves. */
    readonly intro: Variations<string>;
    /** Said between the affirmation and its repetition. */
    readonly again: Variations<string>;
    readonly all: Variations<Affirmation>;
    readonly another: string;
    readonly anotherReprompt: string;
  };
  readonly lessons: {
    readonly topics: Record<LessonId, Lesson>;
    /** How a group of lessons is named when the topics are listed. */
    readonly groupTitles: Record<LessonGroup, string>;
    readonly startLearning: string;
    /** Said honestly when a topic is asked for that has no lesson, before the topics are listed. */
    readonly unknownTopic: string;
    /** The one yes/no question after a lesson or a passage: "Want to hear more?" */
    readonly hearMore: string;
    readonly hearMoreReprompt: (title: string) => string;
    /** Said before the choices when the listener has heard enough. */
    readonly enough: string;
    /** "Tell me more" once every passage of a topic has been heard. */
    readonly allHeard: (title: string) => string;
    readonly nextTopicQuestion: (nextTitle: string) => string;
    readonly nextTopicReprompt: string;
    readonly allDone: string;
    /** The topics, a few at a time: the first few, more of them, and the last. */
    readonly listing: {
      readonly first: (titles: string) => string;
      readonly more: (titles: string) => string;
      readonly last: (titles: string) => string;
      readonly moreTopics: string;
      readonly moreTopicsReprompt: string;
      readonly whichOne: string;
      readonly whichOneReprompt: string;
      /** "Yes" to "which one would you like?" */
      readonly sayItsName: string;
    };
    /** "What is urge surfing?": one sentence, and the practice offered as a yes/no question. */
    readonly urgeSurfing: {
      readonly explained: Script;
      readonly offer: string;
      readonly offerReprompt: string;
    };
    /** A helpline for finding treatment, where the country has one (the US's SAMHSA helpline). */
    readonly referral: (line: PhoneLine) => Script;
  };
  readonly safety: {
    /**
     * Medication: a kind refusal, the prescriber or pharmacist, and the boxed warning's words (stopping, or cutting
     * down too fast, can be dangerous; a taper can be slowed or paused), fitted to what was said.
     */
    readonly medication: {
      readonly question: Variations<Script>;
      /** A plan or a statement ("I'm going to quit cold turkey"), answered as one, not as a question. */
      readonly statement: Variations<Script>;
      /** Running out: an abrupt stop, with its danger signs. */
      readonly runningOut: (numbers: readonly PhoneNumber[]) => Script;
      /** Alcohol, opioids or other sedatives with a benzodiazepine: breathing. */
      readonly mixing: Variations<Script>;
    };
    /** A slip: compassion without a confession's framing, and no making up for it by cutting faster. */
    readonly slip: Variations<Script>;
    /** The one line of a slip answer that points to emergency help if too much was taken. */
    readonly slipDanger: (numbers: readonly PhoneNumber[]) => Script;
    readonly offerBreak: string;
    readonly offerBreakReprompt: string;
    /** Dizzy or unwell during a practice: it stops. */
    readonly unwellInPractice: Variations<Script>;
    /** Unwell with no practice running: withdrawal can be rough. */
    readonly unwell: Variations<Script>;
    /** The signs that need the emergency number. */
    readonly unwellSevere: (numbers: readonly PhoneNumber[]) => Script;
    /** Otherwise, the prescriber, or the country's urgent-advice line where it has one (NHS 111). */
    readonly unwellOtherwise: (advice: PhoneLine | undefined) => Script;
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
  /**
   * Thoughts of suicide or self-harm: one warm sentence, the crisis line and what happens when you call it, the
   * emergency number for anyone who might act or has taken something, then the numbers again, naturally.
   */
  readonly crisis: {
    readonly opening: Variations<string>;
    /** "You can call or text the Suicide and Crisis Lifeline at 988." */
    readonly line: (line: PhoneLine) => Script;
    /** What happens when you call: a trained counsellor listens; no right words needed; free, any time. */
    readonly whoAnswers: Variations<string>;
    readonly emergencyIfActing: (numbers: readonly PhoneNumber[]) => Script;
    /** Where the locale has no table: no invented number. */
    readonly noKnownLine: Script;
    /** The numbers again, said naturally: "Here it is again: 988, call or text. And 911 in an emergency." */
    readonly again: (line: PhoneLine | undefined, numbers: readonly PhoneNumber[]) => Script;
    readonly repeatQuestion: string;
    /** The reprompt is the number itself, then the question. */
    readonly repeatReprompt: (
      line: PhoneLine | undefined,
      numbers: readonly PhoneNumber[],
    ) => Script;
    /** "No" to hearing them again: company while they reach out, never a goodbye. */
    readonly offerCompany: string;
    readonly offerCompanyReprompt: (
      line: PhoneLine | undefined,
      numbers: readonly PhoneNumber[],
    ) => Script;
    /** Before breathing together: no questions, the phone close. */
    readonly companyIntro: string;
    /** The kind close: the number is the last thing said. */
    readonly closing: (line: PhoneLine | undefined, numbers: readonly PhoneNumber[]) => Script;
    /** On a phone call the skill never hangs up: it stays, and asks what it can do. */
    readonly stayingOnTheLine: (
      line: PhoneLine | undefined,
      numbers: readonly PhoneNumber[],
    ) => Script;
    /** On a call that can be put through to the line. */
    readonly connectQuestion: string;
    readonly connectReprompt: string;
    readonly connecting: string;
    readonly cardTitle: string;
    /** The card's emergency line, with the numbers, or for a locale without a table. */
    readonly cardEmergency: (numbers: readonly PhoneNumber[]) => string;
    readonly cardNoKnownEmergency: string;
    readonly wellnessNote: string;
  };
  /**
   * A medical emergency, the speaker's own or someone else's: three sentences at most, "call 911 now" first, what
   * to tell them, no suicide line.
   */
  readonly emergency: {
    readonly callNow: (numbers: readonly PhoneNumber[]) => Script;
    readonly tellThemSelf: string;
    readonly tellThemOther: string;
    readonly repeatQuestion: string;
    readonly repeatReprompt: (numbers: readonly PhoneNumber[]) => Script;
    readonly closing: (numbers: readonly PhoneNumber[]) => Script;
    readonly cardTitle: string;
  };
}
