import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { UserStore, Versioned } from './userStore';
import { VersionConflict } from './userStore';

const isSafeKey = (userKey: string) => /^[a-f0-9]{16,128}$/.test(userKey);

/**
 * One JSON file per listener in a folder. A write goes to a temporary file, is flushed to disk, then renamed over
 * the old one, so a crash mid-write leaves the previous record whole. Writes to one listener are queued, so the
 * version check and the write happen together.
 */
export class FileStore<T> implements UserStore<T> {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly folder: string) {}

  async get(userKey: string): Promise<Versioned<T> | undefined> {
    return this.read(userKey);
  }

  async put(userKey: string, value: T, expectedVersion: number | undefined): Promise<number> {
    return this.queued(userKey, async () => {
      const current = await this.read(userKey);
      if (current?.version !== expectedVersion) throw new VersionConflict(`${userKey} changed`);
      const version = (expectedVersion ?? 0) + 1;
      await mkdir(this.folder, { recursive: true });
      const temporary = join(this.folder, `.${userKey}.${randomUUID()}.tmp`);
      const file = await open(temporary, 'w', 0o600);
      try {
        await file.writeFile(JSON.stringify({ version, value }));
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, this.pathOf(userKey));
      return version;
    });
  }

  async delete(userKey: string): Promise<void> {
    await this.queued(userKey, () => rm(this.pathOf(userKey), { force: true }));
  }

  private pathOf(userKey: string): string {
    if (!isSafeKey(userKey)) throw new Error('A user key is a hex hash.');
    return join(this.folder, `${userKey}.json`);
  }

  private async read(userKey: string): Promise<Versioned<T> | undefined> {
    try {
      const stored = JSON.parse(await readFile(this.pathOf(userKey), 'utf8')) as {
        version: number;
        value: T;
      };
      return { value: stored.value, version: stored.version };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private queued<R>(userKey: string, task: () => Promise<R>): Promise<R> {
    const previous = this.queues.get(userKey) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(userKey, settled);
    void settled.then(() => {
      if (this.queues.get(userKey) === settled) this.queues.delete(userKey);
    });
    return next;
  }
}
