/** How the benchmark prints: a fixed-width table, each measured row with its ratio and, where set, its target. */

const widths = [58, 12, 10, 22];

export function line(...cells: string[]): void {
  console.log(cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(''));
}

export const fixed = (value: number, digits = 1) => value.toFixed(digits);
export const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ratioOf = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}x`;

/** A target on the ratio: at most (slower, bigger) or at least (throughput) so many times the baseline. */
export type Target = { readonly atMost: number } | { readonly atLeast: number } | 'reported';

/** One measured row: the figure, its ratio against the baseline, and whether the target is met. */
export function against(
  label: string,
  shown: string,
  ours: number,
  baseline: number,
  target: Target,
): void {
  const times = ours / baseline;
  const verdict =
    target === 'reported'
      ? 'reported'
      : 'atMost' in target
        ? `≤ ${target.atMost}x ${times <= target.atMost ? 'met' : 'MISSED'}`
        : `≥ ${target.atLeast}x ${times >= target.atLeast ? 'met' : 'MISSED'}`;
  line(label, shown, ratioOf(ours, baseline), verdict);
}

/** A row checked against an absolute budget rather than a baseline. */
export function withinBudget(
  label: string,
  bytes: number,
  budgetKiB: number,
  ratioText = '',
): void {
  const isMet = bytes <= budgetKiB * 1024;
  line(label, KiB(bytes), ratioText, `≤ ${budgetKiB} KiB ${isMet ? 'met' : 'MISSED'}`);
}

/** A row checked against an absolute limit (a time a listener or a host feels), not a baseline. */
export function atMost(label: string, value: number, limit: number, unit: string): void {
  line(
    label,
    `${fixed(value)} ${unit}`,
    '',
    `≤ ${limit} ${unit} ${value <= limit ? 'met' : 'MISSED'}`,
  );
}
