import { join } from 'node:path';
import { MemoryStore } from './memoryStore';
import type { UserStore } from './userStore';

/* eslint-disable @typescript-eslint/no-require-imports */
// Each durable store is loaded only when chosen, so a cold start loads one store, not three: the AWS SDK alone
// takes tens of milliseconds to load.

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
    const { DynamoDBClient } =
      require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
    const { DynamoStore } = require('./dynamoStore') as typeof import('./dynamoStore');
    const endpoint = environment.DYNAMODB_ENDPOINT;
    const client = new DynamoDBClient(
      endpoint
        ? {
            endpoint,
            region: environment.AWS_REGION ?? 'local',
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          }
        : {},
    );
    return new DynamoStore<T>(
      client,
      environment.DYNAMODB_TABLE ?? 'kind-recovery-users',
      endpoint !== undefined,
    );
  }
  throw new Error(
    `USER_STORE must be "file", "memory" or "dynamodb", not "${environment.USER_STORE}".`,
  );
}

export { userKeyOf } from './userKey';
