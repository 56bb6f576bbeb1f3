import type { BreathPhase, BreathingPatternId } from '../content/types';

/** One part of a breath and how long it lasts, in seconds. */
export interface PhaseTiming {
  readonly phase: BreathPhase;
  readonly seconds: number;
}

/**
 * A breathing pattern: its phases in order; a pattern with long holds is counted in rounds only, kept short for a
 * newcomer and never long for anyone.
 */
export interface BreathingPattern {
  readonly phases: readonly PhaseTiming[];
  readonly limits?: {
    /** Rounds allowed until the pattern has been practised on `daysBeforeFullLength` separate days. */
    readonly newcomerRounds: number;
    /** Rounds allowed to anyone. */
    readonly mostRounds: number;
  };
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
    // Its originator's guidance: four breaths at first, eight at most later.
    limits: { newcomerRounds: 4, mostRounds: 8 },
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

/** Separate days of practising four-seven-eight after which the newcomer limit no longer applies: a week. */
export const daysBeforeFullLength = 7;

/** Seconds one round of a pattern takes. */
export const roundSeconds = (pattern: BreathingPattern): number =>
  pattern.phases.reduce((total, phase) => total + phase.seconds, 0);

/** Sounds the skill can play, and how long each lasts; the chime files are made to these lengths. */
export const soundSeconds = { bell: 2.5 } as const;

/** One of the chimes. */
export type Sound = keyof typeof soundSeconds;
