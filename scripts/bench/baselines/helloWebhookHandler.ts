import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * The webhook's cold-start baseline: a bare Lambda handler behind the same HTTP API route, shaped like
 * src/handlers/dialogflow.ts, that reads the request and answers a canned webhook reply (the benchmark passes the
 * app's own answer to the same request in `BENCH_CANNED_REPLY`).
 */
const reply = process.env.BENCH_CANNED_REPLY ?? '{"fulfillmentText":"Hello"}';

export async function handler(
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const request = JSON.parse(event.body ?? '{}') as { queryResult?: unknown };
  return request.queryResult === undefined
    ? { statusCode: 400, body: '{"error":"no queryResult"}' }
    : {
        statusCode: 200,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: reply,
      };
}
