import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoStore } from '../../src/storage/dynamoStore';
import { FileStore } from '../../src/storage/fileStore';
import { MemoryStore } from '../../src/storage/memoryStore';
import { storeFromEnvironment, userKeyOf } from '../../src/storage/storeFromEnvironment';
import type { UserStore } from '../../src/storage/userStore';
import { VersionConflict, updateUser } from '../../src/storage/userStore';
import { startDynalite } from '../../scripts/dynalite';

type Record = { practised: number; days: string[] };

let dynamo: Awaited<ReturnType<typeof startDynalite>>;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.stop());

let tableNumber = 0;
const stores: ReadonlyArray<readonly [string, () => Promise<UserStore<Record>>]> = [
  ['memory', async () => new MemoryStore<Record>()],
  ['file', async () => new FileStore<Record>(await mkdtemp(join(tmpdir(), 'kind-recovery-')))],
  [
    'dynamodb (dynalite)',
    async () => new DynamoStore<Record>(dynamo.client, `users-${(tableNumber += 1)}`, true),
  ],
];

describe.each(stores)('the %s store', (_name, makeStore) => {
  const key = userKeyOf('amzn1.ask.account.EXAMPLE');

  it('knows nobody at first', async () => {
    expect(await (await makeStore()).get(key)).toBeUndefined();
  });

  it('keeps a record and its version', async () => {
    const store = await makeStore();
    expect(await store.put(key, { practised: 1, days: ['2026-11-28'] }, undefined)).toBe(1);
    expect(await store.get(key)).toEqual({
      value: { practised: 1, days: ['2026-11-28'] },
      version: 1,
    });
    expect(await store.put(key, { practised: 2, days: [] }, 1)).toBe(2);
  });

  it.each([
    ['a stale version', 1],
    ['a write that thinks nothing is stored', undefined],
  ])('refuses %s, so no update is lost', async (_case, expected) => {
    const store = await makeStore();
    await store.put(key, { practised: 1, days: [] }, undefined);
    await store.put(key, { practised: 2, days: [] }, 1);
    await expect(store.put(key, { practised: 9, days: [] }, expected)).rejects.toBeInstanceOf(
      VersionConflict,
    );
    expect((await store.get(key))?.value.practised).toBe(2);
  });

  it('lands all of 50 concurrent updates of one listener', async () => {
    const store = await makeStore();
    await Promise.all(
      Array.from({ length: 50 }, () =>
        updateUser(store, key, (current) => ({
          practised: (current?.practised ?? 0) + 1,
          days: [],
        })),
      ),
    );
    expect((await store.get(key))?.value.practised).toBe(50);
  }, 60_000);

  it('forgets a listener entirely, and the next visit is a first visit', async () => {
    const store = await makeStore();
    await store.put(key, { practised: 3, days: ['2026-11-27'] }, undefined);
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
    expect(await store.put(key, { practised: 1, days: [] }, undefined)).toBe(1);
  });

  it('keeps listeners apart', async () => {
    const store = await makeStore();
    const other = userKeyOf('amzn1.ask.account.SOMEONE-ELSE');
    await store.put(key, { practised: 1, days: [] }, undefined);
    expect(await store.get(other)).toBeUndefined();
  });
});

describe('the file store', () => {
  it('survives a restart: a new store over the same folder knows the listener', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kind-recovery-'));
    const key = userKeyOf('someone');
    await new FileStore<Record>(folder).put(key, { practised: 4, days: [] }, undefined);
    expect((await new FileStore<Record>(folder).get(key))?.value.practised).toBe(4);
  });

  it('survives a crash mid-write: a half-written temporary file never replaces the record', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kind-recovery-'));
    const key = userKeyOf('someone');
    const store = new FileStore<Record>(folder);
    await store.put(key, { practised: 4, days: [] }, undefined);
    await writeFile(join(folder, `.${key}.crashed.tmp`), '{"version": 2, "value": {"pract');
    expect((await store.get(key))?.value.practised).toBe(4);
    expect(await store.put(key, { practised: 5, days: [] }, 1)).toBe(2);
  });

  it('stores nothing but hashed keys as file names', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kind-recovery-'));
    await new FileStore<Record>(folder).put(
      userKeyOf('amzn1.ask.account.RAW-ID'),
      { practised: 1, days: [] },
      undefined,
    );
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[a-f0-9]{64}\.json$/);
  });

  it('refuses a key that is not a hash, so no path can escape the folder', async () => {
    const store = new FileStore<Record>(await mkdtemp(join(tmpdir(), 'kind-recovery-')));
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/hex hash/);
  });
});

describe('choosing a store from the environment', () => {
  it.each([
    [{ USER_STORE: 'memory' }, MemoryStore],
    [{ USER_STORE: 'file', USER_STORE_PATH: '/tmp/x' }, FileStore],
    [{}, FileStore],
    [
      { USER_STORE: 'dynamodb', DYNAMODB_TABLE: 't', DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' },
      DynamoStore,
    ],
  ])('%j gives the right store', (environment, kind) => {
    expect(storeFromEnvironment(environment)).toBeInstanceOf(kind);
  });

  it('explains a store it does not know', () => {
    expect(() => storeFromEnvironment({ USER_STORE: 'postgres' })).toThrow(
      /"file", "memory" or "dynamodb"/,
    );
  });
});
