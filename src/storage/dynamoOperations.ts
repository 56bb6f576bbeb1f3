/** One DynamoDB attribute value in the JSON protocol's own shape (one key set): the kinds the user store uses. */
export interface AttributeValue {
  readonly S?: string;
  readonly N?: string;
}

/** A DynamoDB item: attribute names to values. */
export type Item = Readonly<Record<string, AttributeValue>>;

/** What DynamoDB says about a table, as far as waiting for it to be ready needs. */
interface TableDescription {
  readonly TableStatus?: 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE' | string;
}

/**
 * The DynamoDB operations the user store uses, each with the JSON it sends and what comes back (DynamoDB API
 * reference, version 2012-08-10): the client is typed by this table, so a misspelt field is a compile error.
 */
export interface DynamoOperations {
  GetItem: {
    input: {
      TableName: string;
      Key: Item;
      ConsistentRead?: boolean;
    };
    output: { Item?: Item };
  };
  PutItem: {
    input: {
      TableName: string;
      Item: Item;
      ConditionExpression?: string;
      ExpressionAttributeValues?: Item;
    };
    output: object;
  };
  DeleteItem: {
    input: { TableName: string; Key: Item };
    output: object;
  };
  DescribeTable: {
    input: { TableName: string };
    output: { Table?: TableDescription };
  };
  CreateTable: {
    input: {
      TableName: string;
      AttributeDefinitions: { AttributeName: string; AttributeType: 'S' | 'N' | 'B' }[];
      KeySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
      BillingMode: 'PAY_PER_REQUEST' | 'PROVISIONED';
    };
    output: { TableDescription?: TableDescription };
  };
}

/** The name of one of the operations above. */
export type DynamoOperation = keyof DynamoOperations;
