import type { Content } from '../types';
import { affirmations } from './affirmations';
import { breathing } from './breathing';
import { compassionBreak } from './compassionBreak';
import { conversation } from './conversation';
import { crisis, emergency } from './crisis';
import { listening } from './listening';
import { grounding, windDown } from './practicesForTheNight';
import { number } from '../lines';
import { lessons } from './lessons';
import { memory } from './memory';
import { reminders } from './reminders';
import { safety } from './safety';
import { urgeSurfing } from './urgeSurfing';

/** English, the language every English locale starts from. */
export const en: Content = {
  ...conversation,
  breathing,
  compassionBreak,
  urgeSurfing,
  screenTitles: {
    compassionBreak: 'Self-compassion break',
    urgeSurfing: 'Urge surfing',
    affirmation: 'Affirmation',
    grounding: 'Grounding',
    windDown: 'Winding down',
  },
  listening,
  grounding,
  windDown,
  memory,
  reminders,
  affirmation: {
    intro: [
      "Here's an affirmation for you.",
      "Here's one to carry with you.",
      'Take this one with you.',
    ],
    all: affirmations,
    another: 'Would you like another one?',
    anotherReprompt: 'You can say yes, or no. Shall I share another affirmation?',
  },
  lessons: {
    topics: lessons,
    startLearning: "Let's learn about self-compassion together, one short topic at a time.",
    unknownTopic:
      "I don't have a lesson on that yet, so let's begin at the beginning. If you need support right now, just say, I need help.",
    moreOrNext: 'Would you like to hear more about this, or go on to the next topic?',
    moreOrNextReprompt: 'You can say tell me more, or next topic. Which would you like?',
    nextTopicQuestion: (nextTitle) => `Shall we go on to the next topic, ${nextTitle}?`,
    nextTopicReprompt: 'You can say yes, or no. Would you like the next topic?',
    allDone:
      "That was the last topic. Thank you for learning with me. Be gentle with what you've heard.",
    referral: (line) => [
      `For help finding treatment near you, ${line.name} is free and confidential. You can ${line.action} it on`,
      number(line),
      '.',
    ],
  },
  safety,
  crisis,
  emergency,
};
