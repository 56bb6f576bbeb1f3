import { AwsV4Signer } from 'aws4fetch';
import type { DynamoConnection } from './dynamoConnection';
import type { DynamoOperation, DynamoOperations } from './dynamoOperations';

/**
 * A failure DynamoDB reported (`name` is its error type, such as `ConditionalCheckFailedException`), or a request
 * that timed out (`TimeoutError`) or never reached it (`NetworkingError`). The message is DynamoDB's reason, or
 * what happened to the connection: it never carries the request or a value, so a record cannot leak into a log.
 */
export class DynamoError extends Error {
  /** The HTTP status DynamoDB answered with; undefined when no answer came. */
  readonly status: number | undefined;

  constructor(name: string, message: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.name = name;
    this.status = status;
  }
}

/** How patient the client is: each attempt's time limit, how many times it tries again, and the backoff's base. */
export interface DynamoClientOptions {
  /** Milliseconds an attempt may take, answer included (default 1,000), so a stuck connection cannot outlast the Lambda. */
  readonly timeoutMs?: number;
  /** Attempts after the first for a throttled, failed (5xx) or unanswered request (default 2). */
  readonly retries?: number;
  /** The first backoff's ceiling in milliseconds, doubled for each attempt after (default 50). */
  readonly retryBaseMs?: number;
}

/** Error types that mean "too fast, try again": DynamoDB answers them with HTTP 400. */
const throttlingErrors: ReadonlySet<string> = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

/**
 * A throttled request, a server fault or no answer at all may succeed if tried again; nothing else will. A
 * conditional write is tried again only when it was throttled, which means it was not applied: after a fault or no
 * answer it may have landed, and trying it again would fail its own condition and have the turn answered twice.
 */
export function isRetryable(error: DynamoError, isConditional = false): boolean {
  const { status } = error;
  if (throttlingErrors.has(error.name) || status === 429) return true;
  return !isConditional && (status === undefined || status >= 500);
}

/** "Full jitter": a random wait up to a ceiling that doubles each attempt, so throttled callers spread out. */
export function backoffMs(
  attempt: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  return random() * baseMs * 2 ** attempt;
}

/** Longest reason kept from a DynamoDB message. */
const longestReason = 300;

/**
 * DynamoDB's reason, without what follows its first colon: some messages quote the value they refused ("The
 * parameter cannot be converted to a numeric value: …"), and a value may be what a listener's record holds. A
 * sentence the cut leaves unfinished is dropped too.
 */
export function reasonOf(message: string): string {
  const colon = message.indexOf(':');
  if (colon === -1) return message.trim().slice(0, longestReason);
  const beforeColon = message.slice(0, colon);
  const lastFullStop = beforeColon.lastIndexOf('. ');
  const reason = lastFullStop === -1 ? beforeColon : beforeColon.slice(0, lastFullStop + 1);
  return reason.trim().slice(0, longestReason);
}

/** DynamoDB's error answer, `{"__type": "com.amazonaws.dynamodb.v20120810#Name", "message": "…"}`, as an error. */
export function errorFromAnswer(operation: string, status: number, text: string): DynamoError {
  let answer: { __type?: unknown; message?: unknown; Message?: unknown } = {};
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    // Not DynamoDB's JSON (a proxy's page, say): the status says all there is.
  }
  const type = typeof answer.__type === 'string' ? answer.__type.split('#').pop() : undefined;
  const said = answer.message ?? answer.Message;
  const message = typeof said === 'string' ? reasonOf(said) : `HTTP ${status}`;
  return new DynamoError(type || `Http${status}`, `DynamoDB ${operation}: ${message}`, status);
}

/** Why a request got no answer, as an error that names the host but nothing that was sent. */
function errorFromFailure(operation: string, url: URL, failure: unknown): unknown {
  const { name, cause } = (failure ?? {}) as { name?: string; cause?: { code?: string } };
  if (name === 'TimeoutError' || name === 'AbortError')
    return new DynamoError('TimeoutError', `DynamoDB ${operation}: no answer in time`, undefined, {
      cause: failure,
    });
  // fetch's network failures are TypeErrors, checked by name: they may come from another realm (a test's vm).
  if (name === 'TypeError')
    return new DynamoError(
      'NetworkingError',
      `DynamoDB ${operation}: could not reach ${url.host} (${cause?.code ?? 'no connection'})`,
      undefined,
      { cause: failure },
    );
  return failure;
}

/**
 * A DynamoDB client made for Lambda cold starts: each operation is one POST in DynamoDB's JSON protocol, signed
 * with Signature Version 4 by `aws4fetch` and sent with Node's own `fetch`, so loading it costs a few kilobytes
 * rather than the AWS SDK. Throttling, server faults and lost connections are tried again a few times after a
 * jittered wait; every attempt has a time limit. It logs nothing.
 */
export class DynamoClient {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  /** aws4fetch's cache of derived signing keys, one per day, region and secret. */
  private readonly signingKeys = new Map<string, ArrayBuffer>();

  constructor(
    /** The connection, or how to find it: read on each request, so a missing setting fails that request clearly. */
    private readonly connection: DynamoConnection | (() => DynamoConnection),
    options: DynamoClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 1000;
    this.retries = options.retries ?? 2;
    this.retryBaseMs = options.retryBaseMs ?? 50;
  }

  /** Runs one DynamoDB operation and returns its answer, or rejects with a `DynamoError`. */
  async send<Name extends DynamoOperation>(
    operation: Name,
    input: DynamoOperations[Name]['input'],
  ): Promise<DynamoOperations[Name]['output']> {
    const connection = typeof this.connection === 'function' ? this.connection() : this.connection;
    const body = JSON.stringify(input);
    const isConditional =
      typeof (input as { ConditionExpression?: unknown }).ConditionExpression === 'string';
    for (let attempt = 0; ; attempt += 1) {
      try {
        return (await this.attempt(
          connection,
          operation,
          body,
        )) as DynamoOperations[Name]['output'];
      } catch (error) {
        const isWorthRetrying = error instanceof DynamoError && isRetryable(error, isConditional);
        if (!isWorthRetrying || attempt >= this.retries) throw error;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, this.retryBaseMs)));
      }
    }
  }

  private async attempt(
    connection: DynamoConnection,
    operation: DynamoOperation,
    body: string,
  ): Promise<unknown> {
    const signed = await new AwsV4Signer({
      url: connection.endpoint,
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
      },
      body,
      ...connection.credentials,
      service: 'dynamodb',
      region: connection.region,
      cache: this.signingKeys,
    }).sign();
    let text: string;
    let status: number;
    try {
      const response = await fetch(signed.url, {
        method: signed.method,
        headers: signed.headers,
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (failure) {
      throw errorFromFailure(operation, signed.url, failure);
    }
    if (status !== 200) throw errorFromAnswer(operation, status, text);
    return text === '' ? {} : JSON.parse(text);
  }
}
