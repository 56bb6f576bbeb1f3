import type { DigitsLine, Pause } from './types';

/** A silence of `seconds` in a script. */
export const pause = (seconds: number): Pause => ({ pause: seconds });

/** A number said one digit at a time. */
export const digits = (value: string): DigitsLine => ({ digits: value });
