import type { Content } from '../types';
import { pause } from '../lines';

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Box breathing: in for four, hold for four, out for four, hold for four. */
export const breathing: Content['breathing'] = {
  askRounds: {
    speech: [
      "Let's do some box breathing together.",
      'Four rounds is a good place to start.',
      'How many would you like, from one to ten?',
    ],
    reprompt: 'Say a number from one to ten, or say yes for four. How many rounds would you like?',
  },
  intro: [
    'We will breathe in for four, hold for four, breathe out for four, and hold for four.',
    'Breathe gently and normally, and stop at any time if you feel dizzy.',
    pause(1),
    'Let your shoulders soften.',
    pause(2),
  ],
  roundsChosen: (rounds) =>
    rounds === 'one' ? 'One round, then.' : `${capitalised(rounds)} rounds, then.`,
  roundsByDefault: (rounds) => `Let's breathe together for ${rounds} rounds of box breathing.`,
  roundsOutOfRange: (rounds) => `I can guide from one to ten rounds, so let's do ${rounds}.`,
  cues: {
    breatheIn: 'Breathe in.',
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
