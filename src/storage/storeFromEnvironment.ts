import { join } from 'node:path';
import { MemoryStore } from './memoryStore';
import type { UserStore } from './userStore';

/* eslint-disable @typescript-eslint/no-require-imports */
// Each durable store is loaded only when chosen, so a cold start loads one store, not three, and the DynamoDB
// client (and Node's fetch behind it) only where DynamoDB is the store.

/** The store `USER_STORE` names: `file` (the default, under `USER_STORE_PATH`), `memory`, or `dynamodb`. */
export function storeFromEnvironment<T>(
  environment: NodeJS.ProcessEnv = process.env,
): UserStore<T> {
  const kind = (environment.USER_STORE ?? 'file').toLowerCase();
  if (kind === 'memory') return new MemoryStore<T>();
  if (kind === 'file') {
    const { FileStore } = require('./fileStore') as typeof import('./fileStore');
    return new FileStore<T>(environment.USER_STORE_PATH ?? join(process.cwd(), '.data', 'users'));
  }
  if (kind === 'dynamodb') {
    const { DynamoClient } = require('./dynamoClient') as typeof import('./dynamoClient');
    const { connectionFromEnvironment } =
      require('./dynamoConnection') as typeof import('./dynamoConnection');
    const { DynamoStore } = require('./dynamoStore') as typeof import('./dynamoStore');
    const endpoint = environment.DYNAMODB_ENDPOINT;
    // The connection is read when a request is made, so a missing credential fails that request with a clear
    // error, while the skill itself still loads and can answer (a crisis answer needs no store).
    const client = new DynamoClient(() => connectionFromEnvironment(environment));
    return new DynamoStore<T>(
      client,
      environment.DYNAMODB_TABLE ?? 'kind-recovery-users',
      Boolean(endpoint),
    );
  }
  throw new Error(
    `USER_STORE must be "file", "memory" or "dynamodb", not "${environment.USER_STORE}".`,
  );
}

export { userKeyOf } from './userKey';
