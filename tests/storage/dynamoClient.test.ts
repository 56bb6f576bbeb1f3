import { startDynalite } from '../../scripts/dynalite';
import type { DynamoClientOptions } from '../../src/storage/dynamoClient';
import {
  DynamoClient,
  DynamoError,
  backoffMs,
  isRetryable,
  reasonOf,
} from '../../src/storage/dynamoClient';
import type { AwsCredentials } from '../../src/storage/dynamoConnection';
import { MissingAwsSettings, connectionFromEnvironment } from '../../src/storage/dynamoConnection';
import { DynamoStore } from '../../src/storage/dynamoStore';
import { storeFromEnvironment, userKeyOf } from '../../src/storage/storeFromEnvironment';
import { VersionConflict } from '../../src/storage/userStore';
import type { Answer } from './dynamoStandIn';
import { dynamoError, startStandIn } from './dynamoStandIn';
import { authorizationOf, expectedSignature } from './signatureV4';

let standIn: Awaited<ReturnType<typeof startStandIn>>;
let dynamo: Awaited<ReturnType<typeof startDynalite>>;
beforeAll(async () => {
  [standIn, dynamo] = await Promise.all([startStandIn(), startDynalite()]);
});
afterAll(() => Promise.all([standIn.stop(), dynamo.stop()]));

const keys: AwsCredentials = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const sessionToken = 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN';

/** A client of the stand-in, quick to give up so the tests stay quick. */
const standInClient = (credentials = keys, options: DynamoClientOptions = {}) =>
  new DynamoClient(
    { endpoint: standIn.endpoint, region: 'eu-west-1', credentials },
    { timeoutMs: 250, retryBaseMs: 5, ...options },
  );

const key = userKeyOf('amzn1.ask.account.EXAMPLE');
/** Words a listener's record might hold; they must never appear in an error or a log. */
const privateWords = 'practised box breathing at 3 am after a hard night';
type Record = { practised: number; note: string };
const record: Record = { practised: 1, note: privateWords };

/** The operation each received request named. */
const targets = () => standIn.received.map((request) => request.headers['x-amz-target']);

describe('a request to DynamoDB', () => {
  it.each([
    ['long-term keys', keys, undefined],
    ["a role's session keys, as in Lambda", { ...keys, sessionToken }, sessionToken],
  ] as const)('is signed with Signature Version 4, with %s', async (_case, credentials, token) => {
    standIn.script();
    const input = { TableName: 'users', Key: { userKey: { S: key } }, ConsistentRead: true };
    await standInClient(credentials).send('GetItem', input);

    const [request] = standIn.received;
    expect(request).toMatchObject({ method: 'POST', path: '/' });
    expect(JSON.parse(request!.body)).toEqual(input);
    expect(request!.headers).toMatchObject({
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.GetItem',
    });
    expect(request!.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(request!.headers['x-amz-security-token']).toBe(token);
    expect(request!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
    );
    const { signedHeaders, signature } = authorizationOf(request!.headers.authorization);
    expect(signedHeaders).toEqual(
      expect.arrayContaining([
        'host',
        'x-amz-date',
        'x-amz-target',
        ...(token ? ['x-amz-security-token'] : []),
      ]),
    );
    expect(signature).toBe(expectedSignature(request!, keys.secretAccessKey));
  });

  it("is accepted by dynalite, which checks a signature's form, and answered as DynamoDB would", async () => {
    await expect(
      dynamo.client.send('DescribeTable', { TableName: 'nothing-here' }),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException', status: 400 });
  });
});

describe('what the store sends', () => {
  const store = () => new DynamoStore<Record>(standInClient(), 'kind-recovery-users');
  const table = { TableName: 'kind-recovery-users' };
  const item = (version: string) => ({
    userKey: { S: key },
    record: { S: JSON.stringify(record) },
    version: { N: version },
  });

  it.each([
    [
      'a read, always consistent',
      (s: DynamoStore<Record>) => s.get(key),
      'GetItem',
      { ...table, Key: { userKey: { S: key } }, ConsistentRead: true },
    ],
    [
      'a first write, only if nothing is stored',
      (s: DynamoStore<Record>) => s.put(key, record, undefined),
      'PutItem',
      { ...table, Item: item('1'), ConditionExpression: 'attribute_not_exists(userKey)' },
    ],
    [
      'a later write, only if the version read is still stored',
      (s: DynamoStore<Record>) => s.put(key, record, 4),
      'PutItem',
      {
        ...table,
        Item: item('5'),
        ConditionExpression: 'version = :expected',
        ExpressionAttributeValues: { ':expected': { N: '4' } },
      },
    ],
    [
      'forgetting',
      (s: DynamoStore<Record>) => s.delete(key),
      'DeleteItem',
      { ...table, Key: { userKey: { S: key } } },
    ],
  ])('%s', async (_case, act, operation, body) => {
    standIn.script();
    await act(store());
    expect(targets()).toEqual([`DynamoDB_20120810.${operation}`]);
    expect(JSON.parse(standIn.received[0]!.body)).toEqual(body);
  });

  it('reads a stored record and its version', async () => {
    standIn.script({ status: 200, body: { Item: item('7') } });
    expect(await store().get(key)).toEqual({ value: record, version: 7 });
  });

  it('creates a missing table on demand, and waits until it is active', async () => {
    standIn.script(
      // The read finds no table; the table is looked up, created, and waited for; then the read again.
      dynamoError('ResourceNotFoundException', 'Requested resource not found'),
      dynamoError('ResourceNotFoundException', 'Requested resource not found'),
      { status: 200, body: { TableDescription: { TableStatus: 'CREATING' } } },
      { status: 200, body: { Table: { TableStatus: 'CREATING' } } },
      { status: 200, body: { Table: { TableStatus: 'ACTIVE' } } },
    );
    const creating = new DynamoStore<Record>(standInClient(), 'kind-recovery-users', true);
    expect(await creating.get(key)).toBeUndefined();
    const created = standIn.received.find(
      (request) => request.headers['x-amz-target'] === 'DynamoDB_20120810.CreateTable',
    );
    expect(JSON.parse(created!.body)).toEqual({
      ...table,
      AttributeDefinitions: [{ AttributeName: 'userKey', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'userKey', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    expect(targets()).toEqual([
      'DynamoDB_20120810.GetItem',
      'DynamoDB_20120810.DescribeTable',
      'DynamoDB_20120810.CreateTable',
      'DynamoDB_20120810.DescribeTable',
      'DynamoDB_20120810.DescribeTable',
      'DynamoDB_20120810.GetItem',
    ]);
  });

  it('asks nothing of the table before reading when it exists: no extra round trip on a cold start', async () => {
    standIn.script({ status: 200, body: {} });
    const creating = new DynamoStore<Record>(standInClient(), 'kind-recovery-users', true);
    expect(await creating.get(key)).toBeUndefined();
    expect(targets()).toEqual(['DynamoDB_20120810.GetItem']);
  });

  it('turns a failed condition into a VersionConflict, so the update is read again and retried', async () => {
    standIn.script(
      dynamoError('ConditionalCheckFailedException', 'The conditional request failed'),
    );
    await expect(store().put(key, record, 1)).rejects.toBeInstanceOf(VersionConflict);
  });
});

describe('what DynamoDB answers', () => {
  const answered: Answer = { status: 200, body: { Item: { userKey: { S: key } } } };
  const throttled = dynamoError(
    'ProvisionedThroughputExceededException',
    'The level of configured provisioned throughput for the table was exceeded.',
  );
  const cases: ReadonlyArray<
    readonly [string, Answer[], { name: string; message?: RegExp } | 'answered', number]
  > = [
    [
      'a failed condition',
      [dynamoError('ConditionalCheckFailedException', 'The conditional request failed')],
      { name: 'ConditionalCheckFailedException', message: /conditional request failed/ },
      1,
    ],
    [
      'a missing table',
      [dynamoError('ResourceNotFoundException', 'Requested resource not found')],
      { name: 'ResourceNotFoundException', message: /GetItem: Requested resource not found/ },
      1,
    ],
    [
      'a request it will not take, with its reason',
      [dynamoError('ValidationException', 'One or more parameter values were invalid')],
      { name: 'ValidationException', message: /One or more parameter values were invalid/ },
      1,
    ],
    [
      'keys it does not accept',
      [dynamoError('UnrecognizedClientException', 'The security token included is invalid.')],
      { name: 'UnrecognizedClientException', message: /security token/ },
      1,
    ],
    ['throttling, then an answer', [throttled, answered], 'answered', 2],
    [
      'a throttled account, then an answer',
      [dynamoError('ThrottlingException', 'Rate of requests exceeds the allowed throughput.')],
      'answered',
      2,
    ],
    [
      'too many requests, then an answer',
      [dynamoError('RequestLimitExceeded', 'Throughput exceeds the current limit.'), answered],
      'answered',
      2,
    ],
    [
      'a server fault, then an answer',
      [dynamoError('InternalServerError', 'Internal server error', 500), answered],
      'answered',
      2,
    ],
    [
      "a proxy's page with 503, then an answer",
      [{ status: 503, body: '<html>Service Unavailable</html>' }, answered],
      'answered',
      2,
    ],
    ['a dropped connection, then an answer', ['drop', answered], 'answered', 2],
    [
      'throttling every time: it gives up after two more tries',
      [throttled, throttled, throttled, throttled],
      { name: 'ProvisionedThroughputExceededException', message: /provisioned throughput/ },
      3,
    ],
    [
      'a server fault every time',
      [
        { status: 503, body: '' },
        { status: 503, body: '' },
        { status: 503, body: '' },
      ],
      { name: 'Http503', message: /HTTP 503/ },
      3,
    ],
  ];

  it.each(cases)('%s', async (_case, answers, outcome, requests) => {
    standIn.script(...answers);
    const reading = standInClient().send('GetItem', {
      TableName: 't',
      Key: { userKey: { S: key } },
    });
    if (outcome === 'answered') {
      await expect(reading).resolves.toEqual(
        answers.includes(answered) ? (answered as { body: unknown }).body : {},
      );
    } else {
      const error = await reading.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DynamoError);
      expect(error).toMatchObject({ name: outcome.name, message: outcome.message });
    }
    expect(standIn.received).toHaveLength(requests);
  });

  it('gives up on a connection that never answers, within its time limit for each try', async () => {
    standIn.script('hang', 'hang', 'hang');
    const started = performance.now();
    await expect(
      standInClient(keys, { timeoutMs: 150 }).send('DescribeTable', { TableName: 't' }),
    ).rejects.toMatchObject({ name: 'TimeoutError', message: /no answer in time/ });
    const elapsed = performance.now() - started;
    expect(standIn.received).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(3 * 150 - 20);
    expect(elapsed).toBeLessThan(3 * 150 + 1000);
  });

  it('names the host it could not reach, and nothing it meant to send', async () => {
    const unreachable = new DynamoClient(
      { endpoint: 'http://127.0.0.1:1/', region: 'local', credentials: keys },
      { retryBaseMs: 1 },
    );
    const error = (await unreachable
      .send('PutItem', { TableName: 't', Item: { userKey: { S: privateWords } } })
      .catch((caught: unknown) => caught)) as DynamoError;
    expect(error).toMatchObject({
      name: 'NetworkingError',
      message: /127\.0\.0\.1:1 \(ECONNREFUSED\)/,
    });
    expect(error.status).toBeUndefined();
  });
});

describe("DynamoDB's reason, kept in an error", () => {
  it.each([
    ['The conditional request failed', 'The conditional request failed'],
    [
      'The parameter cannot be converted to a numeric value: practised box breathing',
      'The parameter cannot be converted to a numeric value',
    ],
    [
      'One or more parameter values were invalid: Type mismatch for key userKey expected: S actual: N',
      'One or more parameter values were invalid',
    ],
    [
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: userKey',
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value.',
    ],
    ['Requested resource not found: Table: users not found', 'Requested resource not found'],
    ['x'.repeat(1000), 'x'.repeat(300)],
  ])('%j is kept as %j', (message, reason) => {
    expect(reasonOf(message)).toBe(reason);
  });
});

describe('retrying', () => {
  it.each([
    [0, 1, 50],
    [1, 1, 100],
    [2, 1, 200],
    [2, 0.5, 100],
    [2, 0, 0],
  ])(
    'waits at most 50 ms × 2^attempt: attempt %d with a random %d waits %d ms',
    (attempt, random, ms) => {
      expect(backoffMs(attempt, 50, () => random)).toBe(ms);
    },
  );

  it.each([
    ['ProvisionedThroughputExceededException', 400, true],
    ['ThrottlingException', 400, true],
    ['RequestLimitExceeded', 400, true],
    ['InternalServerError', 500, true],
    ['Http429', 429, true],
    ['NetworkingError', undefined, true],
    ['TimeoutError', undefined, true],
    ['ConditionalCheckFailedException', 400, false],
    ['ValidationException', 400, false],
    ['ResourceNotFoundException', 400, false],
    ['AccessDeniedException', 400, false],
  ] as const)('%s (HTTP %s) is tried again: %s', (name, status, expected) => {
    expect(isRetryable(new DynamoError(name, 'DynamoDB GetItem: …', status))).toBe(expected);
  });
});

describe('against dynalite, a real DynamoDB-compatible server', () => {
  let table = 0;
  const newTable = async () => {
    const name = `client-${(table += 1)}`;
    const store = new DynamoStore<Record>(dynamo.client, name, true);
    await store.get(key);
    return { name, store };
  };

  it('writes and reads an item exactly as sent', async () => {
    const { name } = await newTable();
    const item = {
      userKey: { S: key },
      record: { S: '{"a":"ü ✓ \\"quoted\\""}' },
      version: { N: '1' },
    };
    await dynamo.client.send('PutItem', { TableName: name, Item: item });
    expect(
      await dynamo.client.send('GetItem', { TableName: name, Key: { userKey: { S: key } } }),
    ).toEqual({ Item: item });
  });

  it.each([
    [
      'a key of the wrong type',
      { userKey: { N: '1' } },
      /ValidationException|key element does not match the schema/,
    ],
    ['a key with no value', { userKey: { S: '' } }, /empty string value/],
  ])('refuses %s with its own reason', async (_case, badKey, reason) => {
    const { name } = await newTable();
    const error = await dynamo.client
      .send('GetItem', { TableName: name, Key: badKey })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ValidationException', status: 400, message: reason });
  });

  it('a store with no table, in production, says the table is missing rather than making one', async () => {
    await expect(
      new DynamoStore<Record>(dynamo.client, 'never-created').get(key),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('privacy', () => {
  it('no error and nothing written to the console or logs carries what a record holds', async () => {
    const written: string[] = [];
    const capture = (...texts: unknown[]) => {
      written.push(texts.map(String).join(' '));
      return true;
    };
    const spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation(capture),
      jest.spyOn(process.stderr, 'write').mockImplementation(capture),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
        jest.spyOn(console, method).mockImplementation(capture),
      ),
    ];
    const errors: unknown[] = [];
    try {
      const name = 'privacy';
      const store = new DynamoStore<Record>(dynamo.client, name, true);
      await store.put(key, record, undefined);
      await store.put(key, record, undefined).catch((error: unknown) => errors.push(error));
      // An item over DynamoDB's 400 KB limit: refused, and the refusal must not quote it.
      const huge = { practised: 1, note: `${privateWords} `.repeat(9000) };
      await store.put(key, huge, 1).catch((error: unknown) => errors.push(error));
      await dynamo.client
        .send('PutItem', { TableName: name, Item: { userKey: { N: privateWords } } })
        .catch((error: unknown) => errors.push(error));
      standIn.script(
        dynamoError('ValidationException', 'Item size has exceeded the maximum allowed size'),
        'drop',
        'drop',
        'drop',
      );
      const client = standInClient();
      await client
        .send('PutItem', { TableName: name, Item: { note: { S: privateWords } } })
        .catch((error: unknown) => errors.push(error));
      await client
        .send('PutItem', { TableName: name, Item: { note: { S: privateWords } } })
        .catch((error: unknown) => errors.push(error));
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(errors.map((error) => (error as Error).name)).toEqual([
      'VersionConflict',
      'ValidationException',
      'ValidationException',
      'ValidationException',
      'NetworkingError',
    ]);
    for (const error of errors) {
      const { message, stack, cause } = error as Error;
      expect(`${message} ${stack} ${String(cause)} ${JSON.stringify(error)}`).not.toMatch(
        /breathing|hard night/,
      );
    }
    expect(written.join('')).not.toMatch(/breathing|hard night/);
  });
});

describe('the connection, from the environment', () => {
  const lambda = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'ASIAEXAMPLEKEYID',
    AWS_SECRET_ACCESS_KEY: 'secret/EXAMPLE',
    AWS_SESSION_TOKEN: sessionToken,
  };

  it.each([
    [
      'a local server',
      { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' },
      {
        endpoint: 'http://127.0.0.1:8000',
        region: 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      },
    ],
    [
      'a local server, in a region',
      { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AWS_REGION: 'eu-west-1', ...keys },
      expect.objectContaining({
        region: 'eu-west-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    ],
    [
      "Lambda, with the role's keys",
      lambda,
      {
        endpoint: 'https://dynamodb.us-east-1.amazonaws.com/',
        region: 'us-east-1',
        credentials: {
          accessKeyId: 'ASIAEXAMPLEKEYID',
          secretAccessKey: 'secret/EXAMPLE',
          sessionToken,
        },
      },
    ],
    [
      'a China region',
      { ...lambda, AWS_REGION: 'cn-north-1' },
      expect.objectContaining({ endpoint: 'https://dynamodb.cn-north-1.amazonaws.com.cn/' }),
    ],
  ])('%s', (_case, environment, expected) => {
    expect(connectionFromEnvironment(environment)).toEqual(expected);
  });

  it.each([
    ['nothing', {}, 'AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY'],
    ['no secret', { ...lambda, AWS_SECRET_ACCESS_KEY: '' }, 'AWS_SECRET_ACCESS_KEY'],
    ['no region', { ...lambda, AWS_REGION: undefined }, 'AWS_REGION'],
  ])('in production, %s is a clear error naming what is missing', (_case, environment, missing) => {
    const error = (() => {
      try {
        connectionFromEnvironment(environment);
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(MissingAwsSettings);
    expect(error?.message).toContain(`needs ${missing}:`);
    expect(error?.message).not.toMatch(/ASIAEXAMPLEKEYID|secret\/EXAMPLE|IQoJ/);
  });

  it('a production store without its keys still loads, and fails its first request at once, saying why', async () => {
    const store = storeFromEnvironment({ USER_STORE: 'dynamodb', AWS_REGION: 'us-east-1' });
    const started = performance.now();
    await expect(store.get(key)).rejects.toThrow(
      /USER_STORE=dynamodb needs AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: the Lambda runtime sets them/,
    );
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('a local store from the environment talks to the local server, creating its table', async () => {
    const store = storeFromEnvironment<Record>({
      USER_STORE: 'dynamodb',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      DYNAMODB_TABLE: 'from-the-environment',
    });
    expect(await store.put(key, record, undefined)).toBe(1);
    expect(await store.get(key)).toEqual({ value: record, version: 1 });
  });
});
