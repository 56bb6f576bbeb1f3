import type { Content } from '../types';
import { pause } from '../lines';

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Five breathing patterns, their cues, and the words around them. */
export const breathing: Content['breathing'] = {
  safetyNote: ['Breathe gently. If you feel dizzy, let your breath go back to normal.'],
  patterns: {
    box: {
      name: 'box breathing',
      description: [
        'We will breathe in for four, hold for four, breathe out for four, and hold for four.',
      ],
    },
    'four-seven-eight': {
      name: 'four seven eight breathing',
      description: [
        'We will breathe in quietly through the nose for four, hold for seven, and breathe out slowly through the mouth for eight.',
        'If the hold feels too long, breathe out early.',
      ],
    },
    'extended-exhale': {
      name: 'long exhale breathing',
      description: ['We will breathe in for four, and let the breath out slowly, for six.'],
    },
    resonance: {
      name: 'resonance breathing',
      description: [
        'We will breathe slowly and evenly, about six breaths a minute: in for five and a half, out for five and a half.',
      ],
    },
    'cyclic-sighing': {
      name: 'cyclic sighing',
      description: [
        'We will take a breath in through the nose, then a short second breath to top it up, then a long, slow breath out through the mouth.',
      ],
    },
  },
  starting: {
    rounds: (rounds, name) =>
      `${capitalised(rounds)} ${rounds === 'one' ? 'round' : 'rounds'} of ${name}. Say stop any time.`,
    minutes: (minutes, name) =>
      `${capitalised(minutes)} ${minutes === 'one' ? 'minute' : 'minutes'} of ${name}. Say stop any time.`,
  },
  roundsOutOfRange: 'I can guide from one to ten rounds.',
  minutesOutOfRange: 'I can guide from one to ten minutes.',
  fourSevenEight: {
    startWithFour:
      "Let's start with four. Four seven eight is kept to four rounds until you've practised it on seven different days.",
    atMostEight: 'Four seven eight is best kept to eight rounds at most.',
    inRoundsNotMinutes: 'Four seven eight is counted in breaths, not minutes.',
  },
  cues: {
    breatheIn: 'Breathe in.',
    topUp: 'A little more.',
    holdIn: 'Hold.',
    breatheOut: 'Breathe out.',
    holdOut: 'Hold.',
  },
  finished: [
    [
      'And now let your breath find its own easy rhythm.',
      pause(2),
      'Well done. You gave yourself a few calm minutes.',
    ],
    [
      'Now let go of the counting, and breathe however feels natural.',
      pause(2),
      'Thank you for taking that time for yourself.',
    ],
  ],
};
