import { correctedWord } from './spellingFixes';

/** Contractions spelled out, with and without the apostrophe a recogniser may drop, so rules see one form. */
const contractions: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(can ?not|can'?t|cant)\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|could|would|should|have|has|had|ai|must|need)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bi'?ve\b/g, 'i have'],
  [/\bi'?ll\b/g, 'i will'],
  [/\bi'?d\b/g, 'i would'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(he|she|it|that|there|what)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/\bgonna\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
];

/** Mishearings a spelling fix cannot reach: split words, sound-alikes and slang. */
const mishearings: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(sue a ?side|sewer side|sue side|soo side|su icide|sui side)\b/g, 'suicide'],
  [/\bself ?(arm|harming|harmed|arming)\b/g, 'self harm'],
  [/\bmy ?(self|slef|sef)\b/g, 'myself'],
  [
    /\b(over ?dose|over ?doze|over ?dosed|over ?dozed|overdoze|overdozed|o ?d ?d|od d|od)\b(?! on (netflix|tv|telly|youtube|chocolate|sugar|coffee|caffeine|tea|sweets|cake))/g,
    'overdosed',
  ],
  [/\b(i|he|she|they|we|might have|may have|think i) (odd|oded|odeed|odead)\b/g, '$1 overdosed'],
  [/\b(to|two) (many|much)\b/g, 'too $2'],
  [/\b(see ?jure|sea ?sure|see ?sure|seez ?ure|seizer|ceasure|seasure|siezure)\b/g, 'seizure'],
  [/\b(bensos?|benzoe?s|benzies|benzo|bennies)\b/g, 'benzos'],
  [/\b(zanax|zanex|xanex|xannies|xans)\b/g, 'xanax'],
  [/\b(vallium|vallum|valum|vallies|vals)\b/g, 'valium'],
  [/\bmetha ?done\b/g, 'methadone'],
  [/\b(stoped|stopt|stoppped)\b/g, 'stopped'],
  [/\bcold turk(y|ee|ie)\b/g, 'cold turkey'],
  [/\b(un ?conshus|unconcious|unconsious|unconsius)\b/g, 'unconscious'],
  [/\bchest payne?\b/g, 'chest pain'],
  [/\btape her(ing)?\b/g, 'taper$1'],
  [/\bbreath(?= (properly|right|normally|at all|anymore|any more))/g, 'breathe'],
  [/\bcannot (breath|brethe|breth|breeth)\b/g, 'cannot breathe'],
  [/\bgrand mal\b/g, 'seizure'],
  [/\bi here\b/g, 'i hear'],
  [/\b(see zure|sea zure|see seizure)\b/g, 'seizure'],
  [/\b(pain ?pills?|pain ?meds|pain ?killers?)\b/g, 'painkillers'],
];

/** Lowercase words, contractions spelled out and common mishearings mended; clauses kept apart by " | ". */
export function normaliseText(text: string): string {
  let normalised = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[.!?;:,\n\r]+/g, ' | ')
    .replace(/[^a-z0-9'| ]+/g, ' ')
    .replace(/\s+/g, ' ');
  for (const [pattern, replacement] of contractions)
    normalised = normalised.replace(pattern, replacement);
  normalised = normalised.replace(/'/g, '').split(' ').map(correctedWord).join(' ');
  for (const [pattern, replacement] of mishearings)
    normalised = normalised.replace(pattern, replacement);
  return normalised.replace(/\s+/g, ' ').trim();
}
