import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { basicAuthorization, webhookPassword, webhookUser } from '../support/httpApiEvents';
import { webhookRequest } from '../support/webhookRequests';

/** The production entry point in its own process, as `npm start` runs it, shut down the way a platform does. */
jest.setTimeout(30_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

function startProduction(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '..', '..', 'src', 'server', 'main.ts')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: 'info',
        USER_STORE: 'memory',
        DIALOGFLOW_WEBHOOK_USER: webhookUser,
        DIALOGFLOW_WEBHOOK_PASSWORD: webhookPassword,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the server exited early (${code})`)));
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('SIGTERM', () => {
  it('stops taking connections, finishes the request in flight, and exits cleanly', async () => {
    const port = await freePort();
    const server = await startProduction(port);
    const exited = exitOf(server);
    const body = JSON.stringify(webhookRequest('Breathe Intent', { queryText: 'help me breathe' }));

    // A request whose body is still arriving when the signal comes.
    const inFlight = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/dialogflow',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: basicAuthorization(),
      },
    });
    const answered = new Promise<{ status: number; text: string; connection?: string }>(
      (resolve, reject) => {
        inFlight.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              text,
              connection: response.headers.connection,
            }),
          );
        });
        inFlight.on('error', reject);
      },
    );
    inFlight.write(body.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));

    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const refused = await new Promise<string>((resolve) => {
      const late = httpRequest({ host: '127.0.0.1', port, method: 'GET', path: '/healthz' });
      late.on('response', () => resolve('answered'));
      late.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      late.end();
    });
    expect(refused).toBe('ECONNREFUSED');

    inFlight.end(body.slice(20));
    const { status, text, connection } = await answered;
    const answeredAt = Date.now();
    expect(status).toBe(200);
    // The answer tells the client not to send anything more down this connection.
    expect(connection).toBe('close');
    expect(JSON.parse(text).fulfillmentText).toMatch(/breath/i);
    // Exits cleanly, and promptly: not after a keep-alive timeout, nor after the 10-second limit (which exits 1).
    expect(await exited).toBe(0);
    expect(Date.now() - answeredAt).toBeLessThan(1500);
  });
});
