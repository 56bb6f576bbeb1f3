/** Words the safety rules rely on, so a near miss in spelling or hearing is read as the word meant. */
const dangerWords = [
  'suicide',
  'suicidal',
  'overdose',
  'overdosed',
  'overdosing',
  'seizure',
  'seizures',
  'convulsions',
  'convulsing',
  'unconscious',
  'unresponsive',
  'hallucinating',
  'hallucinations',
  'uncontrollably',
  'uncontrollable',
  'breathing',
  'ambulance',
  'emergency',
  'paramedics',
  'lorazepam',
  'clonazepam',
  'diazepam',
  'alprazolam',
  'temazepam',
  'oxazepam',
  'benzodiazepines',
  'methadone',
  'fentanyl',
  'oxycodone',
  'codeine',
  'tramadol',
  'morphine',
  'painkillers',
  'klonopin',
  'bleeding',
  'disoriented',
  'stockpiling',
  'withdrawal',
  'trembling',
  'relapsed',
  'tapering',
  'medication',
  'cutting',
  'hurting',
  'alcohol',
  'shallow',
  'withdrawals',
  'prescription',
  'suffocating',
  'suffocate',
  'delirious',
  'disorientated',
  'convulsed',
];

/** Words close to a danger word that mean something else, so they are never "corrected". */
const protectedWords = new Set([
  'decide',
  'decided',
  'suited',
  'seized',
  'seizing',
  'breathes',
  'breathed',
  'breather',
  'breathers',
  'confusing',
  'confused',
  'confuses',
  'meditation',
  'meditations',
  'meditating',
  'meditate',
  'medicated',
  'medications',
  'relapse',
  'relapses',
  'tampering',
  'papering',
  'tapered',
  'trembled',
  'emergence',
  'emergent',
  'codeines',
  'morphing',
  'bleeping',
  'breeding',
  'blending',
  'pleading',
  'bleaching',
]);

/** Edit distance with adjacent swaps (Damerau-Levenshtein, optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 0; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** Words already looked up: people use a few thousand words, and each is compared with every danger word once. */
const corrections = new Map<string, string>();
/** Beyond this many, the lookups start again, so odd input cannot grow the memory without end. */
const maxCorrections = 20_000;

/** The danger word a misspelt word stands for, or the word itself. */
export function correctedWord(word: string): string {
  if (word.length < 6) return word;
  const known = corrections.get(word);
  if (known !== undefined) return known;
  if (corrections.size >= maxCorrections) corrections.clear();
  const corrected = nearestDangerWord(word);
  corrections.set(word, corrected);
  return corrected;
}

function nearestDangerWord(word: string): string {
  if (protectedWords.has(word) || dangerWords.includes(word)) return word;
  const allowed = word.length >= 10 ? 2 : 1;
  const nearest = dangerWords
    .filter(
      (candidate) =>
        Math.abs(candidate.length - word.length) <= allowed && candidate[0] === word[0],
    )
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance)[0];
  return nearest?.candidate ?? word;
}
