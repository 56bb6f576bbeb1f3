import type { Content } from '../types';

/** Quiet mode, said plainly, with how to undo it. */
export const quietMode: Content['quietMode'] = {
  on: "Quiet mode is on. I'll guide without chimes, in a softer voice. Say, quiet mode off, to change it back.",
  off: 'Quiet mode is off. The chimes are back, in my usual voice.',
};

/** The end of every practice: a check-in that asks nothing of the listener, and one tip for daily use. */
export const afterPractice: Content['afterPractice'] = {
  checkIn: {
    question: 'How are you feeling now?',
    reprompt: 'Take your time.',
    thanks: [
      "I'm glad. Thank you for checking in with yourself.",
      "That's good to hear. Thank you.",
    ],
    harder: [
      "I'm sorry it's still hard. That isn't a failure; some moments are like this.",
      "Thank you for telling me. It's okay that it's still hard right now.",
    ],
    heard: ['Thank you for telling me.', "Thank you. Whatever you're feeling is okay."],
  },
  tips: [
    'A tip: say, my usual, and I will start the practice you come back to most.',
    'A tip: say, how am I doing, to hear how many days you have practised.',
    'A tip: when a craving comes, say, urge surfing, and we will ride it out together.',
    'A tip: say, teach me something, for a short lesson on self-compassion.',
    'A tip: say, quiet mode, and I will guide with no chimes and a softer voice.',
    'A tip: at night, say, help me sleep, for a gentle wind-down.',
  ],
};
