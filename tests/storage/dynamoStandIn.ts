import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in does with one request: answer it, never answer, or drop the connection. */
export type Answer = { status: number; body: unknown } | 'hang' | 'drop';

/** One request as the stand-in received it. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** DynamoDB's error answer for an error type, as the service writes it. */
export const dynamoError = (type: string, message: string, status = 400): Answer => ({
  status,
  body: { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message },
});

/**
 * A local HTTP server standing in for DynamoDB: it answers requests in turn from a script (then `{}` with 200),
 * and keeps every request it received, so a test sees exactly what went over the wire.
 */
export async function startStandIn(): Promise<{
  endpoint: string;
  received: Received[];
  script: (...answers: Answer[]) => void;
  stop: () => Promise<void>;
}> {
  const received: Received[] = [];
  let answers: Answer[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const answer = answers.shift() ?? { status: 200, body: {} };
      if (answer === 'hang') return;
      if (answer === 'drop') {
        request.socket.destroy();
        return;
      }
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    script: (...next) => {
      answers = next;
      received.length = 0;
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
