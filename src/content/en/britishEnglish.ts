import type { Content } from '../types';
import { digits } from '../lines';
import { crisis } from './crisis';

/** Where British and Commonwealth English differ from American: you ring a helpline "on" its number. */
export const britishEnglish: Partial<Content> = {
  crisis: {
    ...crisis,
    line: (line) => [`You can ${line.action} ${line.name} on`, digits(line.digits), '.'],
  },
};
