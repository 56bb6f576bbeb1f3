import type { DigitsLine, Line, Pause, PhoneNumber } from './types';

/** A silence of `seconds` in a script. */
export const pause = (seconds: number): Pause => ({ pause: seconds });

/** A number said one digit at a time. */
export const digits = (value: string): DigitsLine => ({ digits: value });

/** A phone number as its country says it: "triple zero", or digit by digit. */
export const number = (phone: PhoneNumber): Line => phone.sayAs ?? digits(phone.digits);

/** Phone numbers said as alternatives: "1 1 2 or 9 9 9". */
export function eitherNumber(numbers: readonly PhoneNumber[]): Line[] {
  return numbers.flatMap((phone, index) => (index === 0 ? [number(phone)] : ['or', number(phone)]));
}

/** The emergency numbers, or, for a locale without a table, the words for them: never an invented number. */
export function emergencyOr(numbers: readonly PhoneNumber[]): Line[] {
  return numbers.length > 0 ? eitherNumber(numbers) : ['your local emergency number'];
}
