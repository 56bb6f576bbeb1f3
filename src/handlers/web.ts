import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answerWebTurn } from '../platforms/web';
import { isObject } from '../platforms/isObject';

/** The most a turn request may weigh, as on the server: the words and a state the core wrote. */
const bodyLimitBytes = 32 * 1024;

const refuse = (statusCode: number, error: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ error }),
});

/**
 * `POST /web/turn` as a Lambda function behind the HTTP API (payload format 2.0); the HTTP API answers CORS for
 * the page's site only (serverless.yml), and this answers the turn, as the server's route does.
 */
export async function handler(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const fields: Record<string, unknown> = isObject(event) ? event : {};
  const text =
    typeof fields.body === 'string'
      ? fields.isBase64Encoded === true
        ? Buffer.from(fields.body, 'base64').toString('utf8')
        : fields.body
      : undefined;
  if (text === undefined) return refuse(400, 'The body is missing.');
  if (Buffer.byteLength(text) > bodyLimitBytes) return refuse(413, 'The request is too large.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, 'The body is not JSON.');
  }
  const result = answerWebTurn(body);
  return {
    statusCode: result.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify(result.body),
  };
}
