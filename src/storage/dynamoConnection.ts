/** The keys a request is signed with, as the Lambda runtime gives them to a function's role. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** Where the DynamoDB client sends its requests, in which region, and as whom. */
export interface DynamoConnection {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: AwsCredentials;
}

/** A setting DynamoDB needs is not in the environment: said at once, rather than a request that hangs or is refused. */
export class MissingAwsSettings extends Error {
  override readonly name = 'MissingAwsSettings';
}

/** DynamoDB's public endpoint in a region; the China regions have their own domain. */
export function endpointOf(region: string): string {
  const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://dynamodb.${region}.${domain}/`;
}

/** What the Lambda runtime sets for a function's role, and must be there in production. */
const productionSettings = ['AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;

/**
 * The connection the environment describes: with `DYNAMODB_ENDPOINT`, a local DynamoDB-compatible server, which
 * checks no keys; otherwise DynamoDB in `AWS_REGION` with the keys the Lambda runtime sets (`AWS_ACCESS_KEY_ID`,
 * `AWS_SECRET_ACCESS_KEY` and, for a role, `AWS_SESSION_TOKEN`).
 */
export function connectionFromEnvironment(environment: NodeJS.ProcessEnv): DynamoConnection {
  const localEndpoint = environment.DYNAMODB_ENDPOINT;
  if (localEndpoint) {
    return {
      endpoint: localEndpoint,
      region: environment.AWS_REGION ?? 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    };
  }
  const {
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_SESSION_TOKEN: sessionToken,
  } = environment;
  if (!region || !accessKeyId || !secretAccessKey) {
    const missing = productionSettings.filter((name) => !environment[name]);
    throw new MissingAwsSettings(
      `USER_STORE=dynamodb needs ${missing.join(', ')}: the Lambda runtime sets them for the function's role; ` +
        'elsewhere set them, or DYNAMODB_ENDPOINT for a local DynamoDB-compatible server.',
    );
  }
  return {
    endpoint: endpointOf(region),
    region,
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
  };
}
