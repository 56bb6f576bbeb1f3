import autocannon from 'autocannon';
import { answerWebhook } from '../../src/platforms/dialogflow';
import { recordedWebhookVisit } from './conversation';
import { benchPassword, benchUser } from './webhookCredentials';
import type { RunningServer } from './servers';
import { buildServers, startServer } from './servers';
import { median } from './statistics';

const serverKinds = ['kind-recovery', 'express', 'node-http'] as const;
type ServerKind = (typeof serverKinds)[number];

export interface HttpFigures {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
}

/**
 * HTTP throughput and p99: autocannon replays the recorded Dialogflow visit over keep-alive connections against
 * the real app and against express and node:http answering a canned reply (the app's own welcome) on the same
 * route. Servers take turns, twice each, so none always runs on a warmer machine.
 */
export async function measureHttp(
  folder: string,
  seconds = 5,
  rounds = 2,
  connections = 10,
): Promise<Record<ServerKind, HttpFigures>> {
  const visit = await recordedWebhookVisit();
  const welcome = answerWebhook(visit[0]);
  const authorization = `Basic ${Buffer.from(`${benchUser}:${benchPassword}`).toString('base64')}`;
  const requests = visit.map((request) => ({
    method: 'POST' as const,
    path: '/dialogflow',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(request),
  }));
  const script = await buildServers(folder);
  const servers = {} as Record<ServerKind, RunningServer>;
  for (const kind of serverKinds) {
    servers[kind] = await startServer(script, kind, JSON.stringify(welcome.body));
  }
  const runs = Object.fromEntries(
    serverKinds.map((kind) => [kind, [] as autocannon.Result[]]),
  ) as Record<ServerKind, autocannon.Result[]>;
  try {
    for (const kind of serverKinds) {
      await autocannon({ url: servers[kind].url, requests, connections, duration: 1 });
    }
    for (let round = 0; round < rounds; round += 1) {
      for (let offset = 0; offset < serverKinds.length; offset += 1) {
        const kind = serverKinds[(round + offset) % serverKinds.length]!;
        runs[kind].push(
          await autocannon({ url: servers[kind].url, requests, connections, duration: seconds }),
        );
      }
    }
  } finally {
    for (const kind of serverKinds) servers[kind].child.kill('SIGTERM');
  }
  return Object.fromEntries(
    serverKinds.map((kind) => [
      kind,
      {
        requestsPerSecond: median(runs[kind].map((run) => run.requests.average)),
        p99Ms: median(runs[kind].map((run) => run.latency.p99)),
        errors: runs[kind].reduce((sum, run) => sum + run.errors + run.timeouts, 0),
        non2xx: runs[kind].reduce((sum, run) => sum + run.non2xx, 0),
      },
    ]),
  ) as Record<ServerKind, HttpFigures>;
}
