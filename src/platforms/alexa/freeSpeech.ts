/**
 * Where a person's own words reach the skill on Alexa, which hears only what its model offers: one intent per
 * carrier word, each with a single `AMAZON.SearchQuery` slot after it ("I {words}"). Alexa allows one such slot per
 * intent and drops the carrier, so the intent's name says which carrier to put back in front of the words.
 *
 * The carriers are the words statements open with: the first words of the corpus's statements of danger, distress,
 * medication and slips (`npm run safety:carriers` shows how many each covers), and the subjects people talk about
 * themselves and others with. "Stop" and "cancel" are left out, so a plain request to stop is always Alexa's own.
 */
export const freeSpeechCarriers: readonly string[] = [
  // Speaking of oneself.
  'I',
  "I'm",
  "I've",
  "I'd",
  "I'll",
  'my',
  'me',
  'myself',
  'mine',
  // Speaking of others.
  'he',
  "he's",
  'she',
  "she's",
  'they',
  "they're",
  'we',
  "we're",
  'you',
  'someone',
  'somebody',
  'nobody',
  'everyone',
  'everybody',
  'everything',
  'nothing',
  'people',
  'our',
  'his',
  'her',
  'their',
  'mate',
  'bro',
  'man',
  'mum',
  'mom',
  'dad',
  // Things and places.
  "there's",
  'there',
  "it's",
  "everything's",
  'it',
  'this',
  'that',
  'the',
  'a',
  'life',
  'chest',
  'part',
  'every',
  'all',
  // Times.
  'tonight',
  'today',
  'yesterday',
  'last',
  'since',
  'after',
  'when',
  'now',
  // Openers and hedges.
  'just',
  'still',
  'honestly',
  'lowkey',
  'ngl',
  'lol',
  'aye',
  'right',
  'hi',
  'hello',
  'abeg',
  'bhai',
  'mi',
  'really',
  'actually',
  'sometimes',
  'maybe',
  'kindly',
  'sorry',
  'yeah',
  'no',
  'not',
  "don't",
  "can't",
  'please',
  'help',
  'if',
  'so',
  'but',
  'and',
  // Questions.
  'can',
  'could',
  'should',
  'would',
  'will',
  'is',
  'are',
  'am',
  'do',
  'does',
  'did',
  'how',
  'what',
  "what's",
  'which',
  'why',
  'at',
  'on',
  // Things done or wanted.
  'been',
  'had',
  'have',
  "haven't",
  'took',
  'taken',
  'mixed',
  'drank',
  'stopped',
  'quit',
  'ran',
  'went',
  'got',
  'get',
  'give',
  'call',
  'send',
  'tell',
  'need',
  'want',
  'wanna',
  'gonna',
  'going',
  'wish',
  'feel',
  'feels',
  'feeling',
  'having',
  'thinking',
  'think',
  'thought',
  'guess',
  'tried',
  'woke',
  'used',
  'gave',
  'swallowed',
  'kms',
  'keep',
  'found',
  'bought',
  'caved',
  'relapsed',
  'slipped',
  'messed',
  'cut',
  'hurt',
];

/** The one slot each free-speech intent carries. */
export const freeSpeechSlot = 'words';

/** "I'm" becomes "SaidImIntent", "no one" "SaidNoOneIntent": letters only, as Alexa's intent names allow. */
export function freeSpeechIntentName(carrier: string): string {
  const pascal = carrier
    .replace(/'/g, '')
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return `Said${pascal}Intent`;
}

/**
 * Words that open with no carrier: an intent whose one sample is a custom slot alone. Alexa fills a custom slot
 * with whatever was said when it matches none of the type's values (`ER_SUCCESS_NO_MATCH`), so this sample takes
 * speech that matches nothing else, and the words arrive instead of being lost to the fallback. Its value is never
 * a choice: the words are screened and nothing starts from them.
 */
export const catchAll = {
  intentName: 'SaidAnythingIntent',
  slotType: 'FREE_WORDS',
  /** A custom type needs a value; this one is a phrase of the skill's own that asks for nothing. */
  value: 'just talking',
} as const;

/** The carrier each free-speech intent stands for, by intent name; the catch-all has none. */
export const carrierOfIntent: ReadonlyMap<string, string> = new Map([
  ...freeSpeechCarriers.map((carrier): [string, string] => [
    freeSpeechIntentName(carrier),
    carrier,
  ]),
  [catchAll.intentName, ''],
]);
