/** What each platform accepts in one response's speech. */
export interface SpeechLimits {
  /** Longest single break, in milliseconds. */
  readonly maxBreakMs: number;
  /** Most characters of SSML in one output speech. */
  readonly maxSsmlChars: number;
}

/** Alexa: breaks up to 10 s, output speech under 8,000 characters. */
export const alexaLimits: SpeechLimits = { maxBreakMs: 10_000, maxSsmlChars: 8_000 };
