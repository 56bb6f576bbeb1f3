import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeelingLabel } from '../../src/core/understanding/feelingFamilies';
import { readLabelled, sameWords } from '../safety/corpus';
import { feelingFamilies } from '../../src/core/understanding/feelingFamilies';

/** The feelings corpus: train and dev apart, and each fresh blind set in its own folder. */
export const feelingsRoot = join(__dirname, '..', '..', 'corpus', 'feelings');

type Example = { text: string; label: FeelingLabel };

/** The fresh sets, oldest first. */
export function feelingsFreshFolders(): string[] {
  const root = join(feelingsRoot, 'fresh');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .sort();
}

/** The dev split. */
export const feelingsDev = (): Example[] =>
  readLabelled(join(feelingsRoot, 'dev'), feelingFamilies);

/** What the feelings model learns from: train and every recorded fresh set, less anything the dev split holds. */
export function feelingsTraining(): Example[] {
  const held = new Set(feelingsDev().map((example) => sameWords(example.text)));
  const recorded = feelingsFreshFolders().filter((folder) =>
    existsSync(join(folder, 'measured.json')),
  );
  return [join(feelingsRoot, 'train'), ...recorded]
    .flatMap((folder) => readLabelled(folder, feelingFamilies))
    .filter((example) => !held.has(sameWords(example.text)));
}

/** Of feeling statements, the share heard as their own family; of others, the share heard as any feeling. */
export function feelingFigures(
  examples: readonly Example[],
  heard: readonly (FeelingLabel | undefined)[],
) {
  const feelings = examples.flatMap((example, index) =>
    example.label === 'none' ? [] : [heard[index] === example.label],
  );
  const others = examples.flatMap((example, index) =>
    example.label === 'none' ? [heard[index] !== undefined] : [],
  );
  const percent = (flags: readonly boolean[]) =>
    flags.length === 0 ? 0 : Math.round((1000 * flags.filter(Boolean).length) / flags.length) / 10;
  return { familyHeard: percent(feelings), otherHeardAsFeeling: percent(others) };
}
