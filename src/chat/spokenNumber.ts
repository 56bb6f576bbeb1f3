const numberWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  a: 1,
  an: 1,
};

/** Words that may follow a number without changing it ("seven rounds"). */
const countedThings = new Set(['rounds', 'round', 'times', 'cycles', 'breaths']);

/** What AMAZON.NUMBER would hear: digits for "five", "5" or "seven rounds"; "?" when it is not a number. */
export function spokenNumber(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== 'and' && word !== '');
  while (words.length > 1 && countedThings.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 1 && /^-?\d+$/.test(words[0] ?? '')) return String(Number(words[0]));
  if (words.length === 0 || words.some((word) => numberWords[word] === undefined)) return '?';
  const total = words.reduce((sum, word) => {
    const value = numberWords[word] ?? 0;
    return value === 100 ? Math.max(sum, 1) * 100 : sum + value;
  }, 0);
  return String(total);
}
