import type { UserStore, Versioned } from './userStore';
import { VersionConflict } from './userStore';

/** A store in this process's memory, for tests and the terminal chat. */
export class MemoryStore<T> implements UserStore<T> {
  private readonly records = new Map<string, Versioned<string>>();

  async get(userKey: string): Promise<Versioned<T> | undefined> {
    const record = this.records.get(userKey);
    return record ? { value: JSON.parse(record.value) as T, version: record.version } : undefined;
  }

  async put(userKey: string, value: T, expectedVersion: number | undefined): Promise<number> {
    const current = this.records.get(userKey);
    if (current?.version !== expectedVersion) throw new VersionConflict(`${userKey} changed`);
    const version = (expectedVersion ?? 0) + 1;
    this.records.set(userKey, { value: JSON.stringify(value), version });
    return version;
  }

  async delete(userKey: string): Promise<void> {
    this.records.delete(userKey);
  }
}
