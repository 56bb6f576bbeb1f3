import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScreenLabel } from '../../src/core/understanding/labels';
import { screenLabels } from '../../src/core/understanding/labels';

/** The corpus, next to the code: train and dev apart, and each fresh blind set in its own folder. */
export const corpusRoot = join(__dirname, '..', '..', 'corpus');

/** One labelled statement. */
export interface Example {
  readonly text: string;
  readonly label: ScreenLabel;
}

/** The file each label's statements live in: `emergencyOther` in `emergency-other.txt`. */
export const fileOfLabel = (label: string): string =>
  `${label.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.txt`;

/** One statement a line; blank lines and lines starting with # are notes. */
export function statementsIn(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A label's files in a folder: `slip.txt`, and any `slip.<source>.txt` beside it. */
function filesOfLabel(folder: string, label: string): string[] {
  if (!existsSync(folder)) return [];
  const file = fileOfLabel(label);
  const stem = file.replace(/\.txt$/, '');
  return readdirSync(folder)
    .filter((name) => name === file || (name.startsWith(`${stem}.`) && name.endsWith('.txt')))
    .sort()
    .map((name) => join(folder, name));
}

/** Every labelled statement in a folder of label files (any label may be missing). */
export function readLabelledFolder(folder: string): Example[] {
  return readLabelled(folder, screenLabels);
}

/** Every statement in a folder of files named after the labels given, with its label. */
export function readLabelled<Label extends string>(
  folder: string,
  labels: readonly Label[],
): { text: string; label: Label }[] {
  return labels.flatMap((label) =>
    filesOfLabel(folder, label).flatMap((path) =>
      statementsIn(path).map((text) => ({ text, label })),
    ),
  );
}

/** The fresh blind sets, oldest first: corpus/fresh/<date>-<name>. */
export function freshSetFolders(): string[] {
  const root = join(corpusRoot, 'fresh');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .sort();
}

/** How two statements are compared: case and spacing do not make them different. */
export const sameWords = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What the model learns from: the training split and every fresh set already measured and recorded, less any
 * statement a fresh set shares with the dev split (independent writers do say the same short things), so the
 * dev split stays unseen.
 */
export function trainingExamples(): Example[] {
  const recordedFresh = freshSetFolders().filter((folder) =>
    existsSync(join(folder, 'measured.json')),
  );
  const held = new Set(devExamples().map((example) => sameWords(example.text)));
  const own = [join(corpusRoot, 'train'), ...recordedFresh].flatMap(readLabelledFolder);
  const labelled = new Set(own.map((example) => sameWords(example.text)));
  const feelings = [join(corpusRoot, 'feelings', 'train'), ...recordedFeelingsFresh()];
  return [...own, ...feelings.flatMap((folder) => feelingsAsEveryday(folder, labelled))].filter(
    (example) => !held.has(sameWords(example.text)),
  );
}

/**
 * Words of despair that a statement of a feeling can carry ("I'm hopeless at this", "a burden"): the screen may ask
 * about them, so they are not taught to it as everyday.
 */
const despair =
  /\b(burden|notice if|disappear\w*|worthless|hopeless|waste of space|not worth|no point|what'?s the point|give up|giving up|existing|better off|can'?t go on|can'?t cope|broken|trapped|end it)\b/i;

/** The feelings corpus's fresh sets already measured and recorded: after their measure, they are corpus too. */
function recordedFeelingsFresh(): string[] {
  const root = join(corpusRoot, 'feelings', 'fresh');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((folder) => existsSync(join(folder, 'measured.json')));
}

/** Words of the medicine itself ("tomorrow's dose", "an extra one"): the prescriber may be the right answer. */
const medicine =
  /\b(dose|doses|dosage|milligrams?|mg|skip|skipped|skipping|extra|double|refill|prescription|script)\b/i;

/**
 * Statements of feelings (shame, loneliness, a craving, a sleepless night), the feelings corpus's own: to the screen
 * they are everyday, so it learns that someone saying how they feel is not, by that alone, in danger. Those with
 * words of despair or of the medicine are left to the screen's own corpus, as is any statement it labels itself.
 */
function feelingsAsEveryday(folder: string, labelledElsewhere: ReadonlySet<string>): Example[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => statementsIn(join(folder, name)))
    .filter((text) => !despair.test(text) && !medicine.test(text))
    .filter((text) => !labelledElsewhere.has(sameWords(text)))
    .map((text) => ({ text, label: 'everyday' as const }));
}

/** The held-back split the thresholds are chosen on and CI watches, with the feelings corpus's own dev split. */
export function devExamples(): Example[] {
  const own = readLabelledFolder(join(corpusRoot, 'dev'));
  const labelled = new Set(
    [...own, ...readLabelledFolder(join(corpusRoot, 'train'))].map((example) =>
      sameWords(example.text),
    ),
  );
  return [...own, ...feelingsAsEveryday(join(corpusRoot, 'feelings', 'dev'), labelled)];
}

/** A fingerprint of labelled statements, so a model says what it was trained on. */
export function corpusHash(examples: readonly Example[]): string {
  const hash = createHash('sha256');
  for (const { label, text } of examples) hash.update(`${label}\t${text}\n`);
  return hash.digest('hex').slice(0, 16);
}
