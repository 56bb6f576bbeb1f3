import type { BreathPhase, BreathingPatternId } from '../content/types';

/** One part of a breath and how long it lasts, in seconds. */
export interface PhaseTiming {
  readonly phase: BreathPhase;
  readonly seconds: number;
}

/** A breathing pattern: its phases in order, and how many rounds a newcomer should start with. */
export interface BreathingPattern {
  readonly phases: readonly PhaseTiming[];
  /** Rounds allowed until the listener has practised the pattern a few times. */
  readonly newcomerRounds?: number;
}

/** The five patterns, with exact timings. */
export const breathingPatterns: Readonly<Record<BreathingPatternId, BreathingPattern>> = {
  box: {
    phases: [
      { phase: 'breatheIn', seconds: 4 },
      { phase: 'holdIn', seconds: 4 },
      { phase: 'breatheOut', seconds: 4 },
      { phase: 'holdOut', seconds: 4 },
    ],
  },
  'four-seven-eight': {
    phases: [
      { phase: 'breatheIn', seconds: 4 },
      { phase: 'holdIn', seconds: 7 },
      { phase: 'breatheOut', seconds: 8 },
    ],
    newcomerRounds: 4,
  },
  'extended-exhale': {
    phases: [
      { phase: 'breatheIn', seconds: 4 },
      { phase: 'breatheOut', seconds: 6 },
    ],
  },
  resonance: {
    phases: [
      { phase: 'breatheIn', seconds: 5.5 },
      { phase: 'breatheOut', seconds: 5.5 },
    ],
  },
  'cyclic-sighing': {
    phases: [
      { phase: 'breatheIn', seconds: 3 },
      { phase: 'topUp', seconds: 1.5 },
      { phase: 'breatheOut', seconds: 6 },
    ],
  },
};

/** Practices of four-seven-eight after which the newcomer limit no longer applies. */
export const practisesBeforeFullLength = 3;

/** Seconds one round of a pattern takes. */
export const roundSeconds = (pattern: BreathingPattern): number =>
  pattern.phases.reduce((total, phase) => total + phase.seconds, 0);

/** Sounds the skill can play, and how long each lasts; the chime files are made to these lengths. */
export const soundSeconds = { inhale: 1, exhale: 1, bell: 2.5 } as const;

/** One of the chimes. */
export type Sound = keyof typeof soundSeconds;
