/** The middle value: robust against the odd slow round a shared machine produces. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs each subject once per round and returns every subject's measurements. By default the order rotates every
 * round, so neither side always runs first (on a warm or a cold CPU); `inOrder` keeps the order given (ours, the
 * baseline, ours, ...), for whole processes, where what ran just before matters more than which runs first.
 */
export async function interleaved<K extends string>(
  rounds: number,
  subjects: Readonly<Record<K, () => Promise<number>>>,
  order: 'rotating' | 'inOrder' = 'rotating',
): Promise<Record<K, number[]>> {
  const names = Object.keys(subjects) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let round = 0; round < rounds; round += 1) {
    for (let offset = 0; offset < names.length; offset += 1) {
      const shift = order === 'rotating' ? round : 0;
      const name = names[(shift + offset) % names.length]!;
      results[name].push(await subjects[name]());
    }
  }
  return results;
}

/** The value below which `share` (0.99 for the p99) of the values fall, by the nearest rank. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}
