import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  GetItemCommand,
  PutItemCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import type { UserStore, Versioned } from './userStore';
import { VersionConflict } from './userStore';

/**
 * A DynamoDB table keyed by `userKey`, each item holding the record as JSON and its version; a conditional write on
 * the version makes concurrent updates safe.
 */
export class DynamoStore<T> implements UserStore<T> {
  private ready: Promise<void> | undefined;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    /** Create the table when it is missing: for a local DynamoDB-compatible server, never in production. */
    private readonly isCreatingTable = false,
  ) {}

  async get(userKey: string): Promise<Versioned<T> | undefined> {
    await this.ensureTable();
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { userKey: { S: userKey } },
        ConsistentRead: true,
      }),
    );
    if (!Item?.record?.S || !Item.version?.N) return undefined;
    return { value: JSON.parse(Item.record.S) as T, version: Number(Item.version.N) };
  }

  async put(userKey: string, value: T, expectedVersion: number | undefined): Promise<number> {
    await this.ensureTable();
    const version = (expectedVersion ?? 0) + 1;
    try {
      await this.client.send(
        new PutItemCommand({
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
      if (error instanceof ConditionalCheckFailedException)
        throw new VersionConflict(`${userKey} changed`);
      throw error;
    }
    return version;
  }

  async delete(userKey: string): Promise<void> {
    await this.ensureTable();
    await this.client.send(
      new DeleteItemCommand({ TableName: this.tableName, Key: { userKey: { S: userKey } } }),
    );
  }

  private ensureTable(): Promise<void> {
    if (!this.isCreatingTable) return Promise.resolve();
    this.ready ??= this.createTableIfMissing().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async createTableIfMissing(): Promise<void> {
    try {
      await this.client.send(new DescribeTableCommand({ TableName: this.tableName }));
      return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    await this.client.send(
      new CreateTableCommand({
        TableName: this.tableName,
        AttributeDefinitions: [{ AttributeName: 'userKey', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'userKey', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { Table } = await this.client.send(
        new DescribeTableCommand({ TableName: this.tableName }),
      );
      if (Table?.TableStatus === 'ACTIVE') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The table ${this.tableName} did not become active.`);
  }
}
