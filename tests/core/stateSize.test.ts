import type { Turn } from '../../src/core';
import { jsonBytes, maxStateBytes, restoreState } from '../../src/core/state';
import { converse, launch, said } from '../support/turns';

/** The heaviest states a real conversation writes: the longest speech is what "say that again" keeps. */
const heaviest: ReadonlyArray<readonly [string, readonly Turn[]]> = [
  ['a long self-compassion break', [launch(), said('compassionBreak', { length: 'long' })]],
  [
    'ten rounds of four-seven-eight',
    [launch(), said('breathe', { pattern: 'four seven eight', rounds: '10' })],
  ],
  ['ten minutes of box breathing', [launch(), said('breathe', { pattern: 'box', minutes: '10' })]],
  ['urge surfing', [launch(), said('urgeSurfing')]],
  ['a lesson in depth', [launch(), said('learn'), said('tellMeMore')]],
  ['the crisis answer', [launch(), said('crisis')]],
];

describe.each(heaviest)('the state after %s', (_name, turns) => {
  it('weighs less than the cap on a saved state, so it comes back whole', () => {
    const written = converse(turns).at(-1)!.state;
    expect(jsonBytes(written)).toBeLessThan(maxStateBytes / 2);
    expect(restoreState(JSON.parse(JSON.stringify(written)))).toEqual(written);
  });
});

it('a saved state heavier than any the skill writes starts a fresh conversation', () => {
  const written = converse([launch(), said('affirmation')]).at(-1)!.state as { lastSaid: object };
  const padded = {
    ...written,
    lastSaid: {
      // 6,000 characters, but 18,000 bytes: the cap counts what the platform counts.
      speech: Array.from({ length: 6 }, () => ({
        type: 'text',
        text: '\u2019'.repeat(1000) + '?',
      })),
    },
  };
  expect(restoreState(padded)).toEqual(restoreState(undefined));
});
