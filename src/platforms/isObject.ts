/** A plain JSON object: what a platform's request holds where a field should be one, unless it was tampered with. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
