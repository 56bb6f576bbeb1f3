/** A stored record and the version it was written at, for writes that never lose an update. */
export interface Versioned<T> {
  readonly value: T;
  readonly version: number;
}

/** Where the skill keeps what it remembers about a listener, keyed by a hash of their platform id. */
export interface UserStore<T = unknown> {
  get(userKey: string): Promise<Versioned<T> | undefined>;
  /** Writes `value` if the stored version is still `expectedVersion` (undefined: nothing stored yet); returns the new version. */
  put(userKey: string, value: T, expectedVersion: number | undefined): Promise<number>;
  /** Forgets the listener entirely. */
  delete(userKey: string): Promise<void>;
}

/** Another write landed first; read again and retry. */
export class VersionConflict extends Error {
  override readonly name = 'VersionConflict';
}

/** Reads, changes and writes a record, retrying when another write lands in between, so no update is lost. */
export async function updateUser<T>(
  store: UserStore<T>,
  userKey: string,
  change: (current: T | undefined) => T,
  attempts = 100,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await store.get(userKey);
    const next = change(current?.value);
    try {
      await store.put(userKey, next, current?.version);
      return next;
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= attempts) throw error;
      // A short, random wait spreads out writers that collided, so they do not collide again in step.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * Math.min(50, attempt * 5)),
      );
    }
  }
}
