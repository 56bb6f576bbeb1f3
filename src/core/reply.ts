/** Spoken words; `isGuided` words are said slower, for a practice. */
export interface SpokenText {
  readonly type: 'text';
  readonly text: string;
  readonly isGuided?: boolean;
}

/** Silence, in seconds. */
export interface Silence {
  readonly type: 'pause';
  readonly seconds: number;
}

/** A number read digit by digit, e.g. a phone number. */
export interface Digits {
  readonly type: 'digits';
  readonly digits: string;
}

/** A chime, played where the platform can fetch it and heard as silence where it cannot. */
export interface SoundCue {
  readonly type: 'sound';
  readonly sound: 'bell';
  readonly seconds: number;
}

/** One piece of what the listener hears. */
export type SpeechPart = SpokenText | Silence | Digits | SoundCue;

/** Everything heard in one response, in order. */
export type Speech = readonly SpeechPart[];

/** Text shown on a card or screen. */
export interface Card {
  readonly title: string;
  readonly text: string;
}

/** A breathing circle on a screen, in time with the cues. */
export interface BreathingVisual {
  readonly kind: 'breathing';
  readonly title: string;
  /** Each phase of one round, in order. */
  readonly phases: readonly {
    readonly phase: 'breatheIn' | 'topUp' | 'holdIn' | 'breatheOut' | 'holdOut';
    readonly seconds: number;
  }[];
  /** Seconds of speech before the first round begins. */
  readonly leadInSeconds: number;
  readonly firstRound: number;
  readonly rounds: number;
  readonly totalRounds: number;
}

/** The words of a practice on a screen. */
export interface TextVisual {
  readonly kind: 'text';
  readonly title: string;
  readonly text: string;
}

/** What a screen shows alongside the speech. */
export type Visual = BreathingVisual | TextVisual;

interface ReplyBase {
  readonly speech: Speech;
  readonly card?: Card;
  readonly visual?: Visual;
  /** Quiet mode: guided words said softly; any chime is already silence. */
  readonly isQuiet?: true;
  /** Put the call through to this number (E.164) once the speech is said; only on a phone call that can. */
  readonly transferTo?: string;
}

/** A reply after which the microphone opens; the reprompt plays once if the listener is quiet. */
export interface ListeningReply extends ReplyBase {
  readonly isListening: true;
  readonly reprompt: Speech;
}

/** A reply that ends the conversation. */
export interface ClosingReply extends ReplyBase {
  readonly isListening: false;
}

/** What the skill says and does next, in platform-neutral terms. */
export type Reply = ListeningReply | ClosingReply;
