import type { DynamoClient } from './dynamoClient';
import { DynamoError } from './dynamoClient';
import type { UserStore, Versioned } from './userStore';
import { VersionConflict } from './userStore';

const isErrorType = (error: unknown, type: string) =>
  error instanceof DynamoError && error.name === type;

/**
 * A DynamoDB table keyed by `userKey`, each item holding the record as JSON and its version; a conditional write on
 * the version makes concurrent updates safe.
 */
export class DynamoStore<T> implements UserStore<T> {
  private ready: Promise<void> | undefined;

  constructor(
    private readonly client: DynamoClient,
    private readonly tableName: string,
    /** Create the table when it is missing: for a local DynamoDB-compatible server, never in production. */
    private readonly isCreatingTable = false,
  ) {}

  async get(userKey: string): Promise<Versioned<T> | undefined> {
    const { Item } = await this.withTable(() =>
      this.client.send('GetItem', {
        TableName: this.tableName,
        Key: { userKey: { S: userKey } },
        ConsistentRead: true,
      }),
    );
    if (!Item?.record?.S || !Item.version?.N) return undefined;
    return { value: JSON.parse(Item.record.S) as T, version: Number(Item.version.N) };
  }

  async put(userKey: string, value: T, expectedVersion: number | undefined): Promise<number> {
    const version = (expectedVersion ?? 0) + 1;
    try {
      await this.withTable(() =>
        this.client.send('PutItem', {
          TableName: this.tableName,
          Item: {
            userKey: { S: userKey },
            record: { S: JSON.stringify(value) },
            version: { N: String(version) },
          },
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(userKey)' }
            : {
                ConditionExpression: 'version = :expected',
                ExpressionAttributeValues: { ':expected': { N: String(expectedVersion) } },
              }),
        }),
      );
    } catch (error) {
      if (isErrorType(error, 'ConditionalCheckFailedException'))
        throw new VersionConflict(`${userKey} changed`);
      throw error;
    }
    return version;
  }

  async delete(userKey: string): Promise<void> {
    await this.withTable(() =>
      this.client.send('DeleteItem', {
        TableName: this.tableName,
        Key: { userKey: { S: userKey } },
      }),
    );
  }

  /**
   * Runs a request; where the store may create its table, a missing table is created and the request tried once
   * more. The table is not looked up first: that would add a round trip to every cold start.
   */
  private async withTable<R>(request: () => Promise<R>): Promise<R> {
    try {
      return await request();
    } catch (error) {
      if (!this.isCreatingTable || !isErrorType(error, 'ResourceNotFoundException')) throw error;
    }
    this.ready ??= this.createTableIfMissing().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    await this.ready;
    return request();
  }

  private async createTableIfMissing(): Promise<void> {
    try {
      await this.client.send('DescribeTable', { TableName: this.tableName });
      return;
    } catch (error) {
      if (!isErrorType(error, 'ResourceNotFoundException')) throw error;
    }
    await this.client.send('CreateTable', {
      TableName: this.tableName,
      AttributeDefinitions: [{ AttributeName: 'userKey', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'userKey', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { Table } = await this.client.send('DescribeTable', { TableName: this.tableName });
      if (Table?.TableStatus === 'ACTIVE') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The table ${this.tableName} did not become active.`);
  }
}
