/** Words that carry little meaning in a request ("could you", "a", "some"), ignored when comparing. */
const stopWords = new Set(
  (
    "a an the some any to do does did can could would will shall should please just i i'd i'm me my " +
    "we us let's let you your it it's that this of for with and or on in at be am is are was so " +
    'really very now go get give have has like want wanna need thing stuff'
  ).split(' '),
);

/** A rough stem, so "breathing", "breathe" and "breath" compare equal. */
function stem(word: string): string {
  let stemmed = word.replace(/'s$/, '');
  if (stemmed.length > 5 && stemmed.endsWith('ing')) stemmed = stemmed.slice(0, -3);
  if (stemmed.length > 3 && stemmed.endsWith('s') && !stemmed.endsWith('ss'))
    stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 3 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** The meaningful words of a phrase, stemmed. */
export function contentWords(phrase: string): string[] {
  return phrase
    .split(' ')
    .filter((word) => word !== '' && !stopWords.has(word))
    .map(stem);
}

/** How alike two phrases are in meaningful words: the F1 score of their overlap, from 0 to 1. */
export function similarity(heard: readonly string[], sample: readonly string[]): number {
  if (heard.length === 0 || sample.length === 0) return 0;
  const heardSet = new Set(heard);
  const shared = new Set(sample.filter((word) => heardSet.has(word))).size;
  if (shared === 0) return 0;
  const precision = shared / new Set(heard).size;
  const recall = shared / new Set(sample).size;
  return (2 * precision * recall) / (precision + recall);
}
