/** A small deterministic generator (mulberry32), so a seed from the turn fixes every choice. */
export function seededRandom(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of the variations, chosen by `random`. */
export function pick<T>(variations: readonly [T, ...T[]], random: () => number): T {
  return variations[Math.floor(random() * variations.length)] ?? variations[0];
}
