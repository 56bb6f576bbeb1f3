import type { DigitsLine, Line, Pause } from './types';

/** A silence of `seconds` in a script. */
export const pause = (seconds: number): Pause => ({ pause: seconds });

/** A number said one digit at a time. */
export const digits = (value: string): DigitsLine => ({ digits: value });

/** Phone numbers said as alternatives: "1 1 2 or 9 9 9". */
export function eitherNumber(numbers: readonly string[]): Line[] {
  return numbers.flatMap((number, index) =>
    index === 0 ? [digits(number)] : ['or', digits(number)],
  );
}
