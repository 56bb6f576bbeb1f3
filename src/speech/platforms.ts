/** What a platform's speech synthesiser accepts in one response. */
export interface SpeechPlatform {
  /** Longest single break, in milliseconds. */
  readonly maxBreakMs: number;
  /** Most characters of SSML in one output speech. */
  readonly maxSsmlChars: number;
  /** The say-as reading that says a number digit by digit. */
  readonly digitsInterpretAs: 'digits' | 'characters';
}

/** Alexa: breaks up to 10 s, output speech under 8,000 characters. */
export const alexaSpeech: SpeechPlatform = {
  maxBreakMs: 10_000,
  maxSsmlChars: 8_000,
  digitsInterpretAs: 'digits',
};

/** Google's text-to-speech behind Dialogflow telephony: breaks up to 10 s; the 64 KiB webhook limit bounds the rest. */
export const googleSpeech: SpeechPlatform = {
  maxBreakMs: 10_000,
  maxSsmlChars: 20_000,
  digitsInterpretAs: 'characters',
};
