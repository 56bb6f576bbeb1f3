import autocannon from 'autocannon';
import { answerWebhook } from '../../src/platforms/dialogflow';
import { recordedWebhookVisit } from './conversation';
import { benchPassword, benchUser } from './webhookCredentials';
import type { RunningServer } from './servers';
import { buildServers, startServer } from './servers';
import { median, percentile } from './statistics';

const serverKinds = ['kind-recovery', 'express', 'node-http'] as const;
type ServerKind = (typeof serverKinds)[number];

export interface HttpFigures {
  readonly requestsPerSecond: number;
  /** The p99 of every answered request's latency over all rounds, unrounded (autocannon's rounds to the ms). */
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** What one autocannon run gives: its result, and each 2xx answer's latency as measured, unrounded. */
interface LoadRun {
  readonly result: autocannon.Result;
  readonly latenciesMs: readonly number[];
}

/** One autocannon run, keeping each 2xx answer's latency. */
function load(options: autocannon.Options): Promise<LoadRun> {
  const latenciesMs: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve({ result, latenciesMs }),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTime);
    });
  });
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
  const runs = Object.fromEntries(serverKinds.map((kind) => [kind, [] as LoadRun[]])) as Record<
    ServerKind,
    LoadRun[]
  >;
  try {
    for (const kind of serverKinds) {
      await autocannon({ url: servers[kind].url, requests, connections, duration: 1 });
    }
    for (let round = 0; round < rounds; round += 1) {
      for (let offset = 0; offset < serverKinds.length; offset += 1) {
        const kind = serverKinds[(round + offset) % serverKinds.length]!;
        runs[kind].push(
          await load({ url: servers[kind].url, requests, connections, duration: seconds }),
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
        requestsPerSecond: median(runs[kind].map(({ result }) => result.requests.average)),
        p99Ms: percentile(
          runs[kind].flatMap(({ latenciesMs }) => latenciesMs),
          0.99,
        ),
        errors: runs[kind].reduce((sum, { result }) => sum + result.errors + result.timeouts, 0),
        non2xx: runs[kind].reduce((sum, { result }) => sum + result.non2xx, 0),
      },
    ]),
  ) as Record<ServerKind, HttpFigures>;
}
