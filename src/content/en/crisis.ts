import type { Content } from '../types';
import { digits, eitherNumber } from '../lines';

/** The crisis answer: brief, warm, the numbers said clearly, never a diagnosis or advice. */
export const crisis: Content['crisis'] = {
  opening: [
    "I'm really glad you told me. You deserve support right now, and you don't have to face this alone.",
    "Thank you for telling me. Help is there right now, and you don't have to handle this alone.",
  ],
  emergency: (numbers) => [
    'If you are in danger, or someone is hurt, call',
    ...eitherNumber(numbers),
    'now.',
  ],
  noKnownEmergency: [
    'If you are in danger, or someone is hurt, please call your local emergency number now.',
  ],
  line: (line) => [`You can ${line.action} ${line.name} at`, digits(line.digits), '.'],
  onceMore: 'Once more.',
  repeatQuestion: 'Would you like me to say the numbers again?',
  repeatReprompt: 'You can say yes, or no. Shall I say the numbers again?',
  closing: 'Please reach out to them now. You matter, and you deserve care.',
  cardTitle: 'Help is available now',
  cardEmergency: (numbers) => `In an emergency, call ${numbers.join(' or ')}.`,
  cardNoKnownEmergency: 'In an emergency, call your local emergency number.',
  wellnessNote:
    'Kind Recovery is a wellness companion, not medical care or an emergency service. ' +
    'It cannot place calls.',
};
