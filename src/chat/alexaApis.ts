import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the skill made to the Alexa APIs, as the stand-in received it. */
export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A local stand-in for the Alexa APIs a request's `apiEndpoint` names, and what the skill asked of it. */
export interface AlexaApis {
  /** The base URL to send as `context.System.apiEndpoint`. */
  readonly endpoint: string;
  /** The calls received since the last time they were taken. */
  takeCalls(): ApiCall[];
  close(): Promise<void>;
}

const remindersPath = '/v1/alerts/reminders';

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        resolve(text);
      }
    });
  });
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(body));
}

/**
 * Starts the stand-in on a free local port. It keeps reminders as the Reminders API does (create answers 201 with an
 * alert token, delete answers 200); anything else, such as the Settings API's time zone, is not known here (404), so
 * the skill goes on as it does when that API is away.
 */
export async function startAlexaApis(): Promise<AlexaApis> {
  let calls: ApiCall[] = [];
  let reminderCount = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const method = request.method ?? 'GET';
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      calls.push({ method, path, body });
      if (method === 'POST' && path === remindersPath) {
        reminderCount += 1;
        const now = new Date().toISOString();
        answer(response, 201, {
          alertToken: `chat-reminder-${reminderCount}`,
          createdTime: now,
          updatedTime: now,
          status: 'ON',
          version: '1',
          href: `${remindersPath}/chat-reminder-${reminderCount}`,
        });
      } else if (method === 'DELETE' && path.startsWith(`${remindersPath}/`)) {
        answer(response, 200, {});
      } else {
        answer(response, 404, { code: 'NOT_FOUND', message: 'Not kept by the chat.' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The chat ends when the conversation does, whatever the stand-in is doing.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    takeCalls: () => {
      const taken = calls;
      calls = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
