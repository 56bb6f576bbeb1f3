import type { Content } from '../types';
import { emergencyOr, pause } from '../lines';

const choices = 'a self-compassion break, a breathing exercise, or an affirmation';

/** Welcome, menus, help, goodbye and the gentle answers for when something is not understood. */
export const conversation: Pick<
  Content,
  | 'welcome'
  | 'whatNext'
  | 'whichOne'
  | 'help'
  | 'goodbye'
  | 'oneShotGoodbye'
  | 'fallback'
  | 'silence'
  | 'nothingToRepeat'
  | 'error'
  | 'numberWords'
> = {
  welcome: {
    firstTime: [
      [
        'Welcome to Kind Recovery.',
        "I'm here to help you be a little kinder to yourself, one breath at a time.",
        "I'm a wellness companion, not medical care, and not for emergencies.",
        pause(0.5),
        `Would you like ${choices}?`,
      ],
      [
        'Hello, and welcome to Kind Recovery.',
        'This is a quiet place to practise being gentle with yourself while you recover.',
        "I'm a wellness companion, not medical care or an emergency service.",
        pause(0.5),
        `Would you like ${choices}?`,
      ],
    ],
    returning: [
      [`Welcome back to Kind Recovery. It's good to hear from you. Would you like ${choices}?`],
      [`Hello again. I'm glad you're here. Would you like ${choices}?`],
    ],
    returningWithUsual: (practice) => [
      `Welcome back. It's good to hear from you. Would you like your usual, ${practice}?`,
    ],
    returningWithUsualReprompt: `You can say yes, or ask for something else, like ${choices}. Would you like your usual?`,
    again: [
      [`We're back at the start. Would you like ${choices}?`],
      [`Here we are at the beginning again. Would you like ${choices}?`],
    ],
    atNight: {
      firstTime: [
        [
          "Welcome to Kind Recovery. Nights can be the hardest part. I'm glad you reached out.",
          "I'm a wellness companion, not medical care, and not for emergencies.",
          pause(0.5),
          'Would you like a gentle wind-down to help you rest?',
        ],
      ],
      again: [
        [
          "Nights can be the hardest part. I'm glad you reached out.",
          'Would you like a gentle wind-down to help you rest?',
        ],
        [
          "Nights can be long, and the hardest part. I'm glad you're here.",
          'Would you like a gentle wind-down to help you rest?',
        ],
      ],
      reprompt: 'You can say yes, or no. Would you like a gentle wind-down?',
    },
  },
  whatNext: {
    question: [
      `What would you like next: ${choices}?`,
      `Would you like anything else? Perhaps ${choices}?`,
    ],
    reprompt: `You can say breathing, self-compassion break, or affirmation, or say stop to finish. Which would you like?`,
  },
  whichOne: `Which would you like: ${choices}?`,
  help: {
    which: 'Do you need help using Kind Recovery, or support right now?',
    whichReprompt: 'You can say, support, or, how it works. Which would you like?',
    speech: [
      'You can say breathing, self-compassion break, urge surfing when a craving comes, or affirmation.',
      'Say, teach me something, for a short lesson, or, what topics are there.',
      'Say, my usual, for the practice you do most, and, how am I doing, to hear your progress.',
      'You can tell me how you feel in your own words, and say stop at any time.',
      "I'm a wellness companion, not medical care. If things feel like too much, say, I need help.",
    ],
    question: 'What would you like to do?',
    reprompt: `You can also say stop to finish. Would you like ${choices}?`,
    forMoment: {
      checkIn: 'You can tell me how you feel in a few words, or say stop.',
      yesOrNo: 'You can say yes, or no, or stop.',
      feelings: 'You can tell me more in your own words, or say yes, or no.',
      crisis: "I'm still here with you.",
    },
  },
  goodbye: [
    'Take gentle care of yourself. Goodbye for now.',
    'Thank you for taking this time for yourself. Go gently.',
    "Be kind to yourself today. I'm here whenever you need a quiet moment.",
  ],
  oneShotGoodbye: [
    'Come back whenever you need a kind moment.',
    "I'm here whenever you would like another.",
  ],
  fallback: {
    first: ['I may have missed that.', "Sorry, I didn't quite catch that."],
    again: ["I'm sorry, I missed that too.", "I didn't catch that either, I'm sorry."],
    dangerClause: (numbers) => [
      'If you or someone with you is in danger, call',
      ...emergencyOr(numbers),
      '.',
    ],
    offerBreathing: 'Would you like a gentle breathing exercise?',
    offerBreathingReprompt: 'You can say yes, or no. Would you like a breathing exercise?',
    choices: `You can say breathing, self-compassion break, or affirmation. Which would you like?`,
    goodbye: (numbers) => [
      "I'm sorry I'm not understanding today. Please come back any time.",
      'If you or someone with you is in danger, call',
      ...emergencyOr(numbers),
      '.',
    ],
  },
  silence: {
    stillHere: ["I'm still here. Take your time.", "No hurry. I'm still here with you."],
    goodbye: [
      "It's gone quiet, so I'll let you go for now. Call back whenever you'd like a kind moment. Go gently.",
      "I'll say goodbye for now. I'm here whenever you'd like to talk again. Take gentle care.",
    ],
  },
  nothingToRepeat: "There's nothing for me to repeat just yet.",
  error:
    "I'm sorry, something went wrong on my side. If you need support right now, say, I need help. " +
    `Otherwise, let's try again. Would you like ${choices}?`,
  numberWords: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
  ],
};
