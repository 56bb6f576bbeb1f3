import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answerBody, dialogflowAccessFromEnvironment, refuseByHead } from '../platforms/dialogflow';

/**
 * The Dialogflow webhook Lambda function behind an HTTP API route (payload format 2.0). It applies the same
 * HTTP rules as the `/dialogflow` route of the server; without its basic-auth pair it refuses everything.
 */
const access = dialogflowAccessFromEnvironment(false);

/** The body as text, decoded when API Gateway sent it base64-encoded (API Gateway caps it at 10 MB). */
function bodyText(event: APIGatewayProxyEventV2): string | undefined {
  const { body } = event;
  if (typeof body !== 'string') return undefined;
  return event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const headers: Record<string, string | undefined> =
    typeof event.headers === 'object' && event.headers !== null ? event.headers : {};
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

export async function handler(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const refusal = refuseByHead(
    {
      method: String(event?.requestContext?.http?.method ?? ''),
      authorization: header(event, 'authorization'),
      contentType: header(event, 'content-type'),
    },
    access,
  );
  const answer = refusal ?? answerBody(bodyText(event));
  return {
    statusCode: answer.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers },
    body: JSON.stringify(answer.body),
  };
}
