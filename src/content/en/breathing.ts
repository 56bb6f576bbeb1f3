import type { Content } from '../types';
import { pause } from '../lines';

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Five breathing patterns, their cues, and the words around them. */
export const breathing: Content['breathing'] = {
  askLength: (patternName) => ({
    speech: [
      `Let's do some ${patternName} together.`,
      'Or name another pattern, like four seven eight, or a long exhale.',
      'Four rounds is a good place to start, from one to ten, or you can say a number of minutes.',
      'How many rounds would you like?',
    ],
    reprompt:
      'Say a number of rounds from one to ten, or say yes for four. How many rounds would you like?',
  }),
  safetyNote: ['Breathe gently, and stop at any time if you feel dizzy.'],
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
  roundsChosen: (rounds) =>
    rounds === 'one' ? 'One round, then.' : `${capitalised(rounds)} rounds, then.`,
  roundsByDefault: (rounds) => `Let's breathe together for ${rounds} rounds.`,
  roundsOutOfRange: (rounds) => `I can guide from one to ten rounds, so let's do ${rounds}.`,
  minutesChosen: (minutes) =>
    minutes === 'one' ? 'One minute, then.' : `${capitalised(minutes)} minutes, then.`,
  minutesOutOfRange: (minutes) => `I can guide from one to ten minutes, so let's do ${minutes}.`,
  newcomerLimit: (rounds) =>
    `With four seven eight, it's best to keep to ${rounds} rounds until you've done it a few times.`,
  cues: {
    breatheIn: 'Breathe in.',
    topUp: 'A little more.',
    holdIn: 'Hold.',
    breatheOut: 'Breathe out.',
    holdOut: 'Hold.',
  },
  keepGoing: (done, total) => `That's ${done} of your ${total} rounds. Shall we keep going?`,
  keepGoingReprompt: 'You can say yes, or no. Would you like to keep breathing?',
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
