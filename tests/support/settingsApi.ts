import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in answers: a zone, a failure, or an answer too slow to wait for. */
export interface SettingsAnswer {
  status: number;
  body: string;
  delayMs?: number;
}

/**
 * A local HTTP server standing in for the Alexa Settings API at a request's apiEndpoint: it answers every path
 * with `answer` (which a test may change between requests) and records the paths asked for.
 */
export class SettingsApiStandIn {
  answer: SettingsAnswer;
  readonly paths: string[] = [];
  endpoint = '';
  private server: Server | undefined;

  constructor(answer: SettingsAnswer) {
    this.answer = answer;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      this.paths.push(request.url ?? '');
      const { status, body, delayMs } = this.answer;
      setTimeout(() => {
        response.statusCode = status;
        response.setHeader('content-type', 'application/json');
        response.end(body);
      }, delayMs ?? 0);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }
}
