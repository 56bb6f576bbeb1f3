import type { Line } from './types';
import { pause } from './lines';

/** The silence before a phrase to say to yourself: a colon makes no pause when spoken, so it is written out. */
export const beforePhraseSeconds = 1.5;

/** The least silence after a kindness phrase ("May I be kind to myself."), to let it land. */
export const afterKindnessSeconds = 5;

/**
 * An invitation ("Say to yourself, gently,"), a pause, the phrase to say, then silence to say it in: framed so the
 * voice never sounds as if it speaks of itself.
 */
export const sayToYourself = (invitation: string, phrase: string, silenceAfter: number): Line[] => [
  invitation,
  pause(beforePhraseSeconds),
  phrase,
  pause(silenceAfter),
];
