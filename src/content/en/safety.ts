import type { Content } from '../types';
import { digits, emergencyOr, number, pause } from '../lines';

/** Answers to medication, a slip, or feeling unwell: kind, brief, in the boxed warning's words, never advice. */
export const safety: Content['safety'] = {
  medication: {
    question: [
      [
        "That's one for your prescriber or pharmacist: they know your history, and I can't advise on doses or changes.",
        'Stopping, or cutting down too fast, can be dangerous.',
        'If the pace ever feels too hard, tell them: a taper can be slowed or paused.',
        pause(0.5),
      ],
      [
        "I can't help with doses or changes, but your prescriber or pharmacist can, and it's a good thing to ask them.",
        'Stopping, or cutting down too fast, can be dangerous, and if the pace feels too hard, a taper can be slowed or paused.',
        pause(0.5),
      ],
    ],
    statement: [
      [
        "It sounds like you're thinking about a change to your medication.",
        'Please talk it through with your prescriber or pharmacist first: stopping, or cutting down too fast, can be dangerous.',
        'If the pace feels too hard, tell them: a taper can be slowed or paused.',
        pause(0.5),
      ],
      [
        "Thank you for telling me what you're planning.",
        'Before you change anything, please speak to your prescriber or pharmacist: stopping, or cutting down too fast, can be dangerous.',
        'If it feels too hard, a taper can be slowed or paused.',
        pause(0.5),
      ],
    ],
    runningOut: (numbers) => [
      'Running out means stopping suddenly, and stopping, or cutting down too fast, can be dangerous.',
      'Please call your prescriber or pharmacy today.',
      'If you feel very unwell, confused, or have a seizure, call',
      ...emergencyOr(numbers),
      '.',
      pause(0.5),
    ],
    mixing: [
      [
        'Alcohol, opioids or other sedatives with a benzodiazepine can slow your breathing dangerously.',
        'Please ask your pharmacist or prescriber before you mix anything with your medication.',
        'And stopping, or cutting down too fast, can be dangerous too, so any change is for them.',
        pause(0.5),
      ],
      [
        'Mixing a benzodiazepine with alcohol, opioids or other sedatives can slow breathing dangerously.',
        "Your pharmacist can tell you what's safe with your medication, so please ask them first.",
        'Any change to the medication itself is for your prescriber: stopping, or cutting down too fast, can be dangerous.',
        pause(0.5),
      ],
    ],
  },
  slip: [
    [
      "That happens in recovery more often than people say, and it doesn't undo the work you've done.",
      "Please don't try to make up for it by cutting down faster or skipping doses; talk it through with your prescriber first.",
    ],
    [
      "One hard day is a moment, not a measure of who you are, and it doesn't undo your progress.",
      "Please don't make up for it by cutting down faster or skipping doses; talk it through with your prescriber first.",
    ],
  ],
  slipDanger: (numbers) => [
    'If you took much more than usual, or you feel very drowsy, or your breathing seems slow, call',
    ...emergencyOr(numbers),
    'now.',
  ],
  offerBreak: 'Would you like a short self-compassion break?',
  offerBreakReprompt: 'You can say yes, or no. Would you like a short self-compassion break?',
  unwellInPractice: [
    [
      "Let's stop there.",
      'Let your breathing return to its own pace, and sit or lie down if you can.',
      pause(2),
    ],
    [
      "Let's stop the exercise.",
      'Breathe normally, and rest somewhere comfortable for a while.',
      pause(2),
    ],
  ],
  unwell: [
    ["I'm sorry you're feeling this way. Withdrawal can be really rough on the body.", pause(1)],
    ["That sounds hard, and I'm sorry. Withdrawal can bring days like this.", pause(1)],
  ],
  unwellSevere: (numbers) => [
    'If you have chest pain, confusion or a seizure, or you feel you might pass out, call',
    ...emergencyOr(numbers),
    'now.',
  ],
  unwellOtherwise: (advice) =>
    advice
      ? [
          "Otherwise, it's worth telling your prescriber how you feel, or you can call",
          `${advice.name} on`,
          number(advice),
          '.',
        ]
      : ["Otherwise, it's worth telling your prescriber how you feel."],
  askDirectly: {
    opening: [
      "That sounds really heavy, and I'm glad you told me.",
      "It sounds like you're carrying a lot right now, and I'm glad you said it.",
      'I can hear how hard this is, and you did the right thing telling me.',
    ],
    aboutEndingLife: 'Are you having thoughts of ending your life?',
    aboutHarm: 'Are you having thoughts of hurting yourself?',
    ifYou: (line, isAboutHarm) => {
      const thoughts = isAboutHarm ? 'hurting yourself' : 'ending your life';
      return line
        ? [
            `If you are having thoughts of ${thoughts}, you can ${line.action} ${line.name} at`,
            digits(line.digits),
            ', any time.',
          ]
        : [`If you are having thoughts of ${thoughts}, please call your local emergency number.`];
    },
    thanks: [
      [
        'Thank you for telling me. I asked because you matter.',
        'Feeling this low is exhausting, and it makes sense after everything you are carrying.',
      ],
      [
        "Thank you for answering. I'm glad you're safe right now.",
        "What you're feeling is hard, and you don't have to hold it alone.",
      ],
    ],
    leaving: (line) => [
      ...(line
        ? [
            `If those thoughts ever come, you can ${line.action} ${line.name} at`,
            digits(line.digits),
            ', any time.',
          ]
        : ['If those thoughts ever come, please call your local emergency number.']),
      'Take care of yourself.',
    ],
  },
};
