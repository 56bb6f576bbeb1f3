/** How a statement is cut into features: word n-grams and character n-grams, hashed into buckets, as fastText does. */
export interface FeatureShape {
  /** Whether words after a negation, to the end of their clause, also count as negated words. */
  readonly marksNegation?: boolean;
  /** How many buckets the features are hashed into (a power of two). */
  readonly buckets: number;
  /** The longest run of words taken together. */
  readonly wordGrams: number;
  /** The shortest and longest runs of characters taken within a word (with its edges marked). */
  readonly charGrams: readonly [number, number];
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** Mixes one character code into an FNV-1a hash. */
const mix = (hash: number, code: number): number => Math.imul(hash ^ code, fnvPrime) >>> 0;

/** Kinds of feature, hashed apart so a word and the same letters inside a word do not collide on purpose. */
const wordKind = 1;
const charKind = 2;

/** The marks around a word, so "cut" at the start of "cutlery" is told from the word "cut". */
const wordStart = 0x3c;
const wordEnd = 0x3e;

function wordGramHashes(words: readonly string[], longest: number, into: number[]): void {
  for (let start = 0; start < words.length; start += 1) {
    let hash = mix(fnvOffset, wordKind);
    for (let length = 1; length <= longest && start + length <= words.length; length += 1) {
      const word = words[start + length - 1] ?? '';
      if (length > 1) hash = mix(hash, 0x20);
      for (let index = 0; index < word.length; index += 1) hash = mix(hash, word.charCodeAt(index));
      into.push(mix(hash, length));
    }
  }
}

function charGramHashes(
  word: string,
  [shortest, longest]: readonly [number, number],
  into: number[],
) {
  const codes = [wordStart];
  for (let index = 0; index < word.length; index += 1) codes.push(word.charCodeAt(index));
  codes.push(wordEnd);
  for (let start = 0; start < codes.length; start += 1) {
    let hash = mix(fnvOffset, charKind);
    for (let length = 1; length <= longest && start + length <= codes.length; length += 1) {
      hash = mix(hash, codes[start + length - 1] ?? 0);
      // The whole marked word is already a word feature.
      if (length >= shortest && length < codes.length) into.push(mix(hash, length));
    }
  }
}

/** The words of a normalised statement; clause marks are kept as a word, since a boundary means something. */
export function wordsOf(normalised: string): string[] {
  return normalised.split(' ').filter((word) => word !== '');
}

/** Words that turn what follows around: "I would never hurt myself", "not wanting to die". */
const negations = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'without', 'cannot', 'nor']);
/** Where a negation's reach ends: the clause, or a turn in it. */
const scopeEnds = new Set(['|', 'but', 'though', 'although', 'except']);

/**
 * The words as the word n-grams read them: after a negation, to the end of its clause, each word is marked, so
 * "I do not want to be alive" and "I want to be alive" share no word n-gram past the negation.
 */
function withNegationMarked(words: readonly string[]): string[] {
  let isNegated = false;
  return words.map((word) => {
    if (scopeEnds.has(word)) isNegated = false;
    else if (negations.has(word)) isNegated = true;
    else if (isNegated) return `!${word}`;
    return word;
  });
}

/** The buckets of every feature of a normalised statement, with repeats (a feature said twice counts twice). */
export function featureBuckets(normalised: string, shape: FeatureShape): number[] {
  const words = wordsOf(normalised);
  const hashes: number[] = [];
  wordGramHashes(shape.marksNegation ? withNegationMarked(words) : words, shape.wordGrams, hashes);
  for (const word of words) if (word !== '|') charGramHashes(word, shape.charGrams, hashes);
  const mask = shape.buckets - 1;
  for (let index = 0; index < hashes.length; index += 1) hashes[index] = hashes[index]! & mask;
  return hashes;
}
