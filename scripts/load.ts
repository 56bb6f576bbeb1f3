import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchSkillId, recordedAlexaVisit, recordedWebhookVisit } from './bench/conversation';
import { buildServers, startServer } from './bench/servers';
import { benchPassword, benchUser } from './bench/webhookCredentials';

/**
 * `npm run load`: autocannon against the local server, replaying whole visits on both routes (Alexa with its
 * signature checks off, as `npm run dev` has them, since a load generator cannot sign as Amazon; Dialogflow
 * behind basic auth). A short probe finds what the server can take on this machine; the run then holds a rate
 * it sustains (60% of that, or `--rate`) for 30 seconds (or `--seconds`). Exits non-zero on any error.
 */

function option(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : undefined;
  if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
    throw new Error(`--${name} takes a positive number.`);
  }
  return value;
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL = 'silent';
  const seconds = option('seconds') ?? 30;
  const alexa = await recordedAlexaVisit();
  const webhook = await recordedWebhookVisit();
  const authorization = `Basic ${Buffer.from(`${benchUser}:${benchPassword}`).toString('base64')}`;
  const requests = [
    ...alexa.map((request) => ({
      method: 'POST' as const,
      path: '/alexa',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })),
    ...webhook.map((request) => ({
      method: 'POST' as const,
      path: '/dialogflow',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(request),
    })),
  ];
  const folder = mkdtempSync(join(tmpdir(), 'kind-recovery-load-'));
  process.env.ALEXA_SKILL_ID = benchSkillId;
  const server = await startServer(await buildServers(folder), 'kind-recovery-unverified');
  try {
    let rate = option('rate');
    if (rate === undefined) {
      const probe = await autocannon({ url: server.url, requests, connections: 10, duration: 5 });
      rate = Math.max(1, Math.floor(probe.requests.average * 0.6));
      console.log(
        `Probe: ${Math.round(probe.requests.average)} requests a second at most; holding ${rate}.`,
      );
    }
    const run = await autocannon({
      url: server.url,
      requests,
      connections: 10,
      overallRate: rate,
      duration: seconds,
    });
    const errors = run.errors + run.timeouts + run.non2xx;
    console.log(`Load: ${seconds} s at ${rate} requests a second, both routes, 10 connections`);
    console.log(`  requests a second  ${Math.round(run.requests.average)}`);
    console.log(
      `  latency            p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, max ${run.latency.max} ms`,
    );
    console.log(`  requests           ${run.requests.total}`);
    console.log(
      `  errors             ${run.errors} connection, ${run.timeouts} timeouts, ${run.non2xx} non-2xx`,
    );
    if (errors > 0) process.exitCode = 1;
  } finally {
    server.child.kill('SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`The load run could not finish: ${(error as Error).message}`);
  process.exit(1);
});
