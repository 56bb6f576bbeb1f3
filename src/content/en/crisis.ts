import type { Content, Line, PhoneLine } from '../types';
import { emergencyOr, number } from '../lines';

/** "988, call or text": a line's number and how to use it, short enough to say again. */
const numberAndAction = (line: PhoneLine): Line[] => [number(line), `, ${line.action}`];

/** The crisis answer: warm and brief, who answers and how to reach them, never a diagnosis or advice. */
export const crisis: Content['crisis'] = {
  opening: [
    "I'm really glad you told me, and I'm here with you.",
    "Thank you for telling me; you don't have to carry this alone.",
    "I'm so glad you said it out loud, and you don't have to face this alone.",
  ],
  line: (line) => [
    `You can ${line.action} ${line.name} at`,
    number(line),
    line.howTo ? `, ${line.howTo}.` : '.',
  ],
  whoAnswers: [
    "A trained counsellor will listen. You don't need the right words, and it's free, any time.",
    "Someone trained to help will answer and listen. It's free, any time, and you don't need to know what to say.",
  ],
  emergencyIfActing: (numbers) => [
    "If you might act on these thoughts, or you've taken something, call",
    ...emergencyOr(numbers),
    'now.',
  ],
  noKnownLine: [
    'Please reach out to someone you trust, or a local crisis line, now.',
    "If you might act on these thoughts, or you've taken something, call your local emergency number now.",
  ],
  again: (line, numbers) =>
    line
      ? [
          'Here it is again:',
          ...numberAndAction(line),
          '. And',
          ...emergencyOr(numbers),
          'in an emergency.',
        ]
      : ['Here it is again: call', ...emergencyOr(numbers), 'now.'],
  repeatQuestion: 'Would you like me to say them again?',
  repeatReprompt: (line, numbers) => [
    ...(line ? [...numberAndAction(line), ', any time.'] : ['Call', ...emergencyOr(numbers), '.']),
    'Would you like me to say it again?',
  ],
  offerCompany: "That's okay. Would you like to breathe slowly with me while you reach out?",
  offerCompanyReprompt: (line, numbers) => [
    'The number is',
    ...(line ? numberAndAction(line) : emergencyOr(numbers)),
    '. Would you like to breathe with me while you call?',
  ],
  companyIntro:
    "Let's breathe slowly together, with a long, gentle breath out. Keep your phone close.",
  closing: (line, numbers) => [
    'Please reach out to them now. You matter, and you deserve care.',
    ...(line
      ? ['The number is', ...numberAndAction(line), ', any time.']
      : ['Please call', ...emergencyOr(numbers), '.']),
  ],
  stayingOnTheLine: (line, numbers) => [
    "I'm still here with you. The number is",
    ...(line ? [...numberAndAction(line), ', any time.'] : [...emergencyOr(numbers), '.']),
    'Is there anything else I can do for you right now?',
  ],
  connectQuestion: 'Shall I put you through to them now?',
  connectReprompt: "You can say yes, and I'll connect you. Shall I put you through now?",
  connecting: 'Putting you through now. Please stay on the line.',
  cardTitle: 'Help is available now',
  cardEmergency: (numbers) =>
    `In an emergency, call ${numbers.map((phone) => phone.digits).join(' or ')}.`,
  cardNoKnownEmergency: 'In an emergency, call your local emergency number.',
  wellnessNote:
    'Kind Recovery is a wellness companion, not medical care or an emergency service. ' +
    'It cannot place calls.',
};

/** A medical emergency: the emergency number first, what to tell them, nothing else. */
export const emergency: Content['emergency'] = {
  callNow: (numbers) => ['Call', ...emergencyOr(numbers), 'now.'],
  tellThemSelf: 'Tell them what you took, how much and when, and unlock your door if you can.',
  tellThemOther: 'Tell them what happened, and stay with them: they will tell you what to do.',
  repeatQuestion: 'Shall I say the number again?',
  repeatReprompt: (numbers) => [...emergencyOr(numbers), '. Shall I say it again?'],
  closing: (numbers) => [
    'Please call',
    ...emergencyOr(numbers),
    'now, and stay where they can reach you.',
  ],
  cardTitle: 'Call for help now',
};
