import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/createApp';
import { benchPassword, benchUser } from './webhookCredentials';

/**
 * One server for the HTTP benchmark or the load run, in its own process: `kind-recovery` (the real app,
 * production settings), `kind-recovery-unverified` (the same with Alexa's signature checks off, as `npm run dev`
 * has them, since a load generator cannot sign as Amazon), `express` (express answering a canned reply on the
 * same route) or `node-http` (node:http doing the same). Prints {"port": n} once listening.
 */

function cannedReply(): string {
  return process.env.BENCH_CANNED_REPLY ?? '{"fulfillmentText":"Hello"}';
}

function kindRecovery(isVerifying: boolean) {
  return createApp({
    isVerifying,
    dialogflowAccess: { mode: 'basicAuth', user: benchUser, password: benchPassword },
  });
}

function expressCanned() {
  const app = express();
  const reply = cannedReply();
  app.post('/dialogflow', express.json({ limit: '64kb' }), (_request, response) => {
    response.type('application/json').send(reply);
  });
  return app;
}

function nodeHttpCanned() {
  const reply = cannedReply();
  return createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(reply);
    });
  });
}

const kind = process.argv[2];
const server =
  kind === 'kind-recovery'
    ? kindRecovery(true).listen(0, '127.0.0.1')
    : kind === 'kind-recovery-unverified'
      ? kindRecovery(false).listen(0, '127.0.0.1')
      : kind === 'express'
        ? expressCanned().listen(0, '127.0.0.1')
        : kind === 'node-http'
          ? nodeHttpCanned().listen(0, '127.0.0.1')
          : undefined;
if (!server) {
  process.stderr.write(`unknown server "${kind}"\n`);
  process.exit(1);
}
server.on('listening', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
