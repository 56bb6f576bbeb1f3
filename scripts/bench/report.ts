import { median } from './statistics';

/**
 * How the benchmark prints: a fixed-width table, each measured row with its ratio and, where set, its target, met
 * or MISSED; and at the end one line a figure, so two runs can be compared line by line.
 */

const widths = [58, 12, 10, 22];

/** Prints one row of the table. */
export function line(...cells: string[]): void {
  console.log(cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(''));
}

export const fixed = (value: number, digits = 1) => value.toFixed(digits);
export const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ratioOf = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}x`;

/** A target on the ratio: at most (slower, bigger) or at least (throughput) so many times the baseline. */
export type Target = { readonly atMost: number } | { readonly atLeast: number } | 'reported';

export type Verdict = 'met' | 'MISSED' | 'reported';

/** One figure of a run, as the summary compares it: a ratio, a size or a time, and its verdict. */
export interface Figure {
  /** A short stable name, the same in every run. */
  readonly key: string;
  readonly value: number;
  /** `x` for a ratio against a baseline, else the unit of an absolute figure. */
  readonly unit: string;
  /** The target as printed (`≤ 1.3x`), empty when only reported. */
  readonly target: string;
  readonly verdict: Verdict;
  /** What the figure was measured from, for the summary (`61.2 ms against 43.0 ms`). */
  readonly detail: string;
}

const shownValue = (value: number, unit: string) =>
  unit === 'x' ? `${value.toFixed(2)}x` : unit === '' ? String(value) : `${fixed(value)} ${unit}`;

const targetText = (target: Target) =>
  target === 'reported' ? '' : 'atMost' in target ? `≤ ${target.atMost}x` : `≥ ${target.atLeast}x`;

const verdictOf = (times: number, target: Target): Verdict =>
  target === 'reported'
    ? 'reported'
    : ('atMost' in target ? times <= target.atMost : times >= target.atLeast)
      ? 'met'
      : 'MISSED';

/** The rows of one run: printed as they are measured, and kept as figures for the summary. */
export class Report {
  readonly figures: Figure[] = [];

  /** A row measured against a baseline of the same run: its ratio is the figure. */
  against(
    key: string,
    label: string,
    shown: string,
    ours: number,
    baseline: number,
    target: Target,
    detail = '',
  ): void {
    const times = ours / baseline;
    const verdict = verdictOf(times, target);
    const text = targetText(target);
    line(
      label,
      shown,
      ratioOf(ours, baseline),
      verdict === 'reported' ? 'reported' : `${text} ${verdict}`,
    );
    this.figures.push({ key, value: times, unit: 'x', target: text, verdict, detail });
  }

  /** A row checked against an absolute budget rather than a baseline. */
  withinBudget(key: string, label: string, bytes: number, budgetKiB: number, ratioText = ''): void {
    const verdict: Verdict = bytes <= budgetKiB * 1024 ? 'met' : 'MISSED';
    const target = `≤ ${budgetKiB} KiB`;
    line(label, KiB(bytes), ratioText, `${target} ${verdict}`);
    this.figures.push({ key, value: bytes / 1024, unit: 'KiB', target, verdict, detail: '' });
  }

  /** A row checked against an absolute limit (a time a listener or a host feels), not a baseline. */
  atMost(key: string, label: string, value: number, limit: number, unit: string): void {
    const verdict: Verdict = value <= limit ? 'met' : 'MISSED';
    const target = `≤ ${limit} ${unit}`;
    line(label, `${fixed(value)} ${unit}`, '', `${target} ${verdict}`);
    this.figures.push({ key, value, unit, target, verdict, detail: '' });
  }

  /** An absolute figure kept for the summary without a target (a count that should stay 0, say). */
  counted(key: string, label: string, value: number, expected: string): void {
    line(label, String(value), '', expected);
    this.figures.push({ key, value, unit: '', target: expected, verdict: 'reported', detail: '' });
  }
}

/**
 * One line a figure: with one run its value, target, verdict and what it was measured from; with several, every
 * run's value in order, their median and how far they spread, and how many runs met the target.
 */
export function printSummary(runs: readonly (readonly Figure[])[]): void {
  const keys = [...new Set(runs.flatMap((figures) => figures.map((figure) => figure.key)))];
  console.log(
    runs.length === 1
      ? '\nSummary, one line a figure (compare two runs line by line):'
      : `\nSummary of ${runs.length} runs, one line a figure: each run's value, the median, the spread:`,
  );
  for (const key of keys) {
    const figures = runs
      .map((run) => run.find((figure) => figure.key === key))
      .filter((figure): figure is Figure => figure !== undefined);
    const [first] = figures;
    if (!first) continue;
    const verdicts =
      first.verdict === 'reported'
        ? ''
        : `${figures.filter((figure) => figure.verdict === 'met').length}/${figures.length} met`;
    if (figures.length === 1) {
      const verdict = first.verdict === 'reported' ? '' : first.verdict;
      console.log(
        [
          key.padEnd(24),
          shownValue(first.value, first.unit).padEnd(12),
          `${first.target} ${verdict}`.trim().padEnd(20),
          first.detail,
        ]
          .join(' ')
          .trimEnd(),
      );
      continue;
    }
    const values = figures.map((figure) => figure.value);
    const middle = median(values);
    const spread = Math.max(...values) - Math.min(...values);
    console.log(
      [
        key.padEnd(24),
        values.map((value) => shownValue(value, first.unit).padEnd(11)).join(''),
        `| median ${shownValue(middle, first.unit)}, spread ${shownValue(spread, first.unit)}`,
        ...(first.target === '' ? [] : [`| ${first.target} ${verdicts}`.trimEnd()]),
      ].join(' '),
    );
  }
}
