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

/** One piece of what the listener hears. */
export type SpeechPart = SpokenText | Silence | Digits;

/** Everything heard in one response, in order. */
export type Speech = readonly SpeechPart[];

/** Text shown on a card or screen. */
export interface Card {
  readonly title: string;
  readonly text: string;
}

interface ReplyBase {
  readonly speech: Speech;
  readonly card?: Card;
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
