import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameWords } from '../../scripts/safety/corpus';
import { feelingsDev, feelingsFreshFolders, feelingsTraining } from '../../scripts/feelings/corpus';
import { feelingFamilies } from '../../src/core/understanding/feelingFamilies';
import { trainedFeelings } from '../../src/core/understanding/trainedFeelings';

describe('the feelings corpus', () => {
  const training = feelingsTraining();
  const dev = feelingsDev();

  it.each(feelingFamilies)(
    'has many %s statements to learn from, and a held-back share',
    (label) => {
      expect(training.filter((example) => example.label === label).length).toBeGreaterThanOrEqual(
        500,
      );
      expect(dev.filter((example) => example.label === label).length).toBeGreaterThanOrEqual(100);
    },
  );

  it('keeps the dev split apart from what the model learns from', () => {
    const learned = new Set(training.map((example) => sameWords(example.text)));
    expect(dev.filter((example) => learned.has(sameWords(example.text)))).toEqual([]);
  });

  it('gives no statement two families', () => {
    const familyOf = new Map<string, string>();
    const conflicts = [...training, ...dev].filter((example) => {
      const earlier = familyOf.get(sameWords(example.text));
      familyOf.set(sameWords(example.text), example.label);
      return earlier !== undefined && earlier !== example.label;
    });
    expect(conflicts).toEqual([]);
  });

  it('measured each fresh set, on both platforms, before the model learned from it', () => {
    for (const folder of feelingsFreshFolders()) {
      if (!existsSync(join(folder, 'measured.json'))) continue;
      const record = JSON.parse(readFileSync(join(folder, 'measured.json'), 'utf8')) as {
        feelingsModel: string;
        figures: { phone: { reflectedRight: number }; alexa: { reflectedRight: number } };
      };
      expect(record.feelingsModel).toMatch(/^[0-9a-f]{16}$/);
      expect(record.feelingsModel).not.toBe(trainedFeelings.corpus.hash);
      expect(record.figures.phone.reflectedRight).toBeGreaterThan(0);
      expect(record.figures.alexa.reflectedRight).toBeGreaterThan(0);
    }
  });
});

describe('the feelings model', () => {
  it('is what `npm run feelings:train` makes of the corpus today, byte for byte', () => {
    const check = spawnSync('npx', ['tsx', join('scripts', 'feelings', 'train.ts'), '--check'], {
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(`matches corpus ${trainedFeelings.corpus.hash}`);
    expect(check.status).toBe(0);
  }, 120_000);

  // The floors a retrained model must keep on the dev split, in percent; raise them as it improves.
  it.each([
    ['feelings heard as their own family', 'familyHeard', '>=', 83],
    ['other statements heard as a feeling', 'otherHeardAsFeeling', '<=', 3],
  ] as const)('keeps %s on the dev split %s %d%%', (_name, figure, direction, floor) => {
    const value = trainedFeelings.devFigures[figure] ?? Number.NaN;
    if (direction === '>=') expect(value).toBeGreaterThanOrEqual(floor);
    else expect(value).toBeLessThanOrEqual(floor);
  });
});
