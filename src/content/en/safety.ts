import type { Content } from '../types';
import { digits, eitherNumber, pause } from '../lines';

/** Answers to a medication question, a slip, or feeling unwell in a practice: kind, brief, never advice. */
export const safety: Content['safety'] = {
  medication: [
    [
      "That's an important question, and it's one for your prescriber or pharmacist.",
      'They know your history, and they can help you make any change safely.',
      "I can't advise on doses, or on changing, stopping or mixing your medication.",
      'Stopping a benzodiazepine suddenly can be dangerous, so please keep to the plan you made with them.',
      pause(0.5),
    ],
    [
      "I'm not able to help with medication, but your prescriber or pharmacist can.",
      "It's a good question to bring to them, and they'll know what is safe for you.",
      'Stopping a benzodiazepine suddenly can be dangerous, so please talk with them before changing anything.',
      pause(0.5),
    ],
  ],
  slip: [
    [
      'Thank you for telling me. That takes courage.',
      'A slip is a moment, not a measure of who you are.',
      'Recovery has ups and downs, and you are still on your way.',
      'It can help to tell your prescriber, or someone who supports you, what happened.',
    ],
    [
      "I'm glad you said it out loud. Be as gentle with yourself as you would be with a friend.",
      'One hard moment does not undo the work you have done.',
      'When you feel ready, let your prescriber, or someone you trust, know what happened.',
    ],
  ],
  slipDanger: (numbers) => [
    'If you took much more than usual, or you feel very drowsy, or your breathing seems slow, call',
    ...eitherNumber(numbers),
    'now.',
  ],
  slipDangerUnknownLocale: [
    'If you took much more than usual, or you feel very drowsy, or your breathing seems slow, call your local emergency number now.',
  ],
  offerBreak: 'Would you like a short self-compassion break?',
  offerBreakReprompt: 'You can say yes, or no. Would you like a short self-compassion break?',
  unwell: [
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
  unwellDanger: (numbers) => [
    "If the feeling doesn't ease, or you feel unwell in any other way, call",
    ...eitherNumber(numbers),
    'or your doctor.',
  ],
  unwellDangerUnknownLocale: [
    "If the feeling doesn't ease, or you feel unwell in any other way, call your local emergency number or your doctor.",
  ],
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
