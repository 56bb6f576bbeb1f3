import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenText } from '../src/core/safety/screenText';

/** One labelled set: statements that must get the crisis answer, and everyday ones that must not. */
export interface EvaluationSet {
  readonly crisis: readonly string[];
  readonly everyday: readonly string[];
}

/** How the screener did on a set. */
export interface EvaluationResult {
  readonly recall: number;
  readonly falseAlarmRate: number;
  readonly missed: readonly string[];
  readonly falseAlarms: readonly string[];
}

const linesOf = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Reads `crisis.txt` and `everyday.txt` from a folder. */
export function readEvaluationSet(folder: string): EvaluationSet {
  return {
    crisis: linesOf(join(folder, 'crisis.txt')),
    everyday: linesOf(join(folder, 'everyday.txt')),
  };
}

/** Crisis recall and false-alarm rate of the screener on a set. */
export function evaluate(set: EvaluationSet): EvaluationResult {
  const missed = set.crisis.filter((statement) => screenText(statement).concern !== 'crisis');
  const falseAlarms = set.everyday.filter(
    (statement) => screenText(statement).concern === 'crisis',
  );
  return {
    recall: 1 - missed.length / set.crisis.length,
    falseAlarmRate: falseAlarms.length / set.everyday.length,
    missed,
    falseAlarms,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function main(): void {
  const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const isShowing = process.argv.includes('--show');
  for (const folder of folders.length > 0
    ? folders
    : [join(__dirname, '..', 'tests', 'safety', 'evaluation')]) {
    const set = readEvaluationSet(folder);
    const result = evaluate(set);
    console.log(
      `${folder}: crisis recall ${percent(result.recall)} (${set.crisis.length - result.missed.length}/${set.crisis.length}), ` +
        `false alarms ${percent(result.falseAlarmRate)} (${result.falseAlarms.length}/${set.everyday.length})`,
    );
    if (isShowing) {
      result.missed.forEach((statement) => console.log(`  missed: ${statement}`));
      result.falseAlarms.forEach((statement) => console.log(`  false alarm: ${statement}`));
    }
  }
}

if (require.main === module) main();
