import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answerBody, dialogflowAccessFromEnvironment, refuseByHead } from '../platforms/dialogflow';
import { isObject } from '../platforms/isObject';

/**
 * The Dialogflow webhook Lambda function behind an HTTP API route (payload format 2.0). It applies the same
 * HTTP rules as the `/dialogflow` route of the server; without its basic-auth pair it refuses everything.
 */
const access = dialogflowAccessFromEnvironment(false);

/** The parts of an HTTP API event the webhook reads, each checked, since nothing else checks them. */
interface EventParts {
  readonly method: string;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly isBase64Encoded: boolean;
}

function partsOf(event: unknown): EventParts {
  const fields = isObject(event) ? event : {};
  const context = isObject(fields.requestContext) ? fields.requestContext : {};
  const http = isObject(context.http) ? context.http : {};
  return {
    method: typeof http.method === 'string' ? http.method : '',
    headers: isObject(fields.headers) ? fields.headers : {},
    body: fields.body,
    isBase64Encoded: fields.isBase64Encoded === true,
  };
}

/** The body as text, decoded when API Gateway sent it base64-encoded (API Gateway caps it at 10 MB). */
function bodyText({ body, isBase64Encoded }: EventParts): string | undefined {
  if (typeof body !== 'string') return undefined;
  return isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}

function header({ headers }: EventParts, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : undefined;
}

export async function handler(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const parts = partsOf(event);
  const refusal = refuseByHead(
    {
      method: parts.method,
      authorization: header(parts, 'authorization'),
      contentType: header(parts, 'content-type'),
    },
    access,
  );
  const answer = refusal ?? answerBody(bodyText(parts));
  return {
    statusCode: answer.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers },
    body: JSON.stringify(answer.body),
  };
}
