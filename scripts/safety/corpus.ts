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
export const fileOfLabel = (label: ScreenLabel): string =>
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
function filesOfLabel(folder: string, label: ScreenLabel): string[] {
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
  return screenLabels.flatMap((label) =>
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
  return [join(corpusRoot, 'train'), ...recordedFresh]
    .flatMap(readLabelledFolder)
    .filter((example) => !held.has(sameWords(example.text)));
}

/** The held-back split the thresholds are chosen on and CI watches. */
export function devExamples(): Example[] {
  return readLabelledFolder(join(corpusRoot, 'dev'));
}

/** A fingerprint of labelled statements, so a model says what it was trained on. */
export function corpusHash(examples: readonly Example[]): string {
  const hash = createHash('sha256');
  for (const { label, text } of examples) hash.update(`${label}\t${text}\n`);
  return hash.digest('hex').slice(0, 16);
}
