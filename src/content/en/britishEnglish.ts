import type { Content } from '../types';
import { number } from '../lines';
import { crisis } from './crisis';

/** Where British and Commonwealth English differ from American: you ring a helpline "on" its number. */
export const britishEnglish: Partial<Content> = {
  crisis: {
    ...crisis,
    line: (line) => [
      `You can ${line.action} ${line.name} on`,
      number(line),
      line.howTo ? `, ${line.howTo}.` : '.',
    ],
  },
};
