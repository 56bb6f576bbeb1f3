import fc from 'fast-check';

/**
 * Hostile versions of real requests for property-based tests: a realistic request with fields deleted, replaced
 * by wrong types, odd Unicode or huge strings, or joined by unexpected keys; whole random JSON; and JSON text cut
 * off part-way.
 */

/** Values no well-behaved client sends where a field expects something else. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, '', ' ', '[]', '{}'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    '\uD800',
    '\u202Eevil',
    '🧘‍♀️🫁',
    'e\u0301',
    '<speak>injected</speak>',
    "'; DROP TABLE users; --",
    '__proto__',
    '../../etc/passwd',
    'I want to kill myself',
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((length) => 'a'.repeat(length)),
);

type Path = readonly (string | number)[];

/** Every path into a JSON value, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return typeof node === 'object' && node !== null
    ? (node as Record<string | number, unknown>)
    : undefined;
}

export interface Mutation {
  readonly kind: 'delete' | 'replace' | 'add';
  /** Which path, as a fraction of all paths, so it stays meaningful as the value changes shape. */
  readonly where: number;
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'add'),
  // Evenly spread: fast-check's doubles crowd near zero and its integers lean to edge values, either of which
  // would aim most changes at the root.
  where: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((step) => step / 1_000_000),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'type', 'request'), fc.string()),
  value: oddValue,
});

/** A copy of `seed` with the mutations applied in order. */
export function mutated(seed: unknown, mutations: readonly Mutation[]): unknown {
  let root: unknown = structuredClone(seed);
  for (const change of mutations) {
    const paths = pathsOf(root);
    const path = paths[Math.floor(change.where * paths.length)] ?? [];
    if (path.length === 0) {
      if (change.kind === 'replace') root = change.value;
      continue;
    }
    const parent = parentOf(root, path);
    if (!parent) continue;
    const last = path[path.length - 1]!;
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (change.kind === 'replace') {
      parent[last] = change.value;
    } else if (!Array.isArray(parent)) {
      // An own property, even for "__proto__", exactly as JSON.parse would make it.
      Object.defineProperty(parent, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

/** A realistic request, changed in one to five hostile ways. */
export const mutatedFrom = (seeds: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([seed, mutations]) => mutated(seed, mutations));

/** Request bodies as text: mutated requests, untouched ones, random JSON, JSON cut short, and plain noise. */
export const hostileBodies = (seeds: readonly unknown[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: mutatedFrom(seeds).map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: fc.constantFrom(...seeds).map((seed) => JSON.stringify(seed)) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...seeds),
          fc.noBias(fc.integer({ min: 0, max: 999 })).map((step) => step / 1000),
        )
        .map(([seed, cut]) => {
          const text = JSON.stringify(seed);
          return text.slice(0, Math.floor(text.length * cut));
        }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );

/** A short description of any value for a failure message, never the whole of a huge string. */
export const brief = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
};
