import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { join } from 'node:path';
import { DynamoStore } from './dynamoStore';
import { FileStore } from './fileStore';
import { MemoryStore } from './memoryStore';
import type { UserStore } from './userStore';

/** The store `USER_STORE` names: `file` (the default, under `USER_STORE_PATH`), `memory`, or `dynamodb`. */
export function storeFromEnvironment<T>(
  environment: NodeJS.ProcessEnv = process.env,
): UserStore<T> {
  const kind = (environment.USER_STORE ?? 'file').toLowerCase();
  if (kind === 'memory') return new MemoryStore<T>();
  if (kind === 'file')
    return new FileStore<T>(environment.USER_STORE_PATH ?? join(process.cwd(), '.data', 'users'));
  if (kind === 'dynamodb') {
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
