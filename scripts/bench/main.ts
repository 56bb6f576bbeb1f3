import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageFunctions } from '../lambda/packageFunctions';
import { buildHelloWorldBundle, measureColdStart } from './coldStart';
import { measureHttp } from './httpThroughput';

/**
 * `npm run bench`: every figure is a ratio against a baseline measured in the same run on the same machine,
 * so a busy or slow machine moves both sides together. Targets come from the shipping issue.
 */

interface TurnCost {
  readonly turns: number;
  readonly microsecondsPerTurn: {
    helloWorld: number;
    alexa: number;
    dialogflow: number;
    screening: number;
  };
}

/** Turn cost runs in its own process, with turn logging on (as in production) and written to nowhere. */
function measureTurnCost(): Promise<TurnCost> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'turnCost.ts')], {
    env: { ...process.env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(output) as TurnCost)
        : reject(new Error(`turn cost exited ${code}`)),
    );
  });
}

// dynalite ships no types; it is a DynamoDB-compatible server in memory.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

async function startDynalite(): Promise<{ endpoint: string; server: Server }> {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const ratio = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}x`;
const verdict = (isMet: boolean) => (isMet ? 'met' : 'MISSED');
const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function line(...cells: string[]): void {
  const widths = [58, 12, 10, 22];
  console.log(cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(''));
}

async function main(): Promise<void> {
  // Recording the visits runs turns in this process too; only the measured processes log.
  process.env.LOG_LEVEL = 'silent';
  const isQuick = process.argv.includes('--quick');
  const folder = mkdtempSync(join(tmpdir(), 'kind-recovery-bench-'));
  const dynamo = await startDynalite();
  try {
    console.log(
      `Kind Recovery benchmark: Node ${process.version}, ${cpus().length} cores, ${isQuick ? 'quick' : 'full'} run.`,
    );
    console.log('Ratios are Kind Recovery against the baseline measured in this same run.\n');

    const service = await packageFunctions(folder);
    const hello = await buildHelloWorldBundle(folder);
    const alexaBytes = service.functions.alexa.bundleBytes;
    const webhookBytes = service.functions.dialogflow.bundleBytes;
    line('Bundle sizes (minified, serverless package)', 'size', 'ratio', 'budget');
    line('  hello-world ask-sdk-core skill', KiB(hello.bytes));
    line(
      '  Alexa function',
      KiB(alexaBytes),
      ratio(alexaBytes, hello.bytes),
      `≤ 300 KiB ${verdict(alexaBytes <= 300 * 1024)}`,
    );
    line(
      '  Dialogflow function',
      KiB(webhookBytes),
      '',
      `≤ 200 KiB ${verdict(webhookBytes <= 200 * 1024)}`,
    );

    const turns = await measureTurnCost();
    const perTurn = turns.microsecondsPerTurn;
    console.log();
    line(`Turn cost in-process (${turns.turns}-turn visit, µs/turn)`, 'µs', 'ratio', 'target');
    line('  hello-world skill, skill.invoke', fixed(perTurn.helloWorld));
    line(
      '  Alexa skill, skill.invoke',
      fixed(perTurn.alexa),
      ratio(perTurn.alexa, perTurn.helloWorld),
      `≤ 2x ${verdict(perTurn.alexa <= 2 * perTurn.helloWorld)}`,
    );
    line(
      '  Dialogflow webhook, answerWebhook',
      fixed(perTurn.dialogflow),
      ratio(perTurn.dialogflow, perTurn.helloWorld),
      `≤ 2x ${verdict(perTurn.dialogflow <= 2 * perTurn.helloWorld)}`,
    );
    line(
      '    of which the safety screen of the words',
      fixed(perTurn.screening),
      ratio(perTurn.screening, perTurn.helloWorld),
      'reported',
    );

    const cold = await measureColdStart(service, hello.path, dynamo.endpoint, isQuick ? 5 : 15);
    console.log();
    line(
      `Cold start to a LaunchRequest answer (median of ${cold.rounds}, ms)`,
      'ms',
      'ratio',
      'target',
    );
    line('  hello-world bundle', fixed(cold.helloWorldMs));
    line(
      '  Alexa bundle, store in memory',
      fixed(cold.kindRecoveryMs),
      ratio(cold.kindRecoveryMs, cold.helloWorldMs),
      `≤ 1.3x ${verdict(cold.kindRecoveryMs <= 1.3 * cold.helloWorldMs)}`,
    );
    line(
      '  Alexa bundle, DynamoDB store (local)',
      fixed(cold.kindRecoveryWithDynamoMs),
      ratio(cold.kindRecoveryWithDynamoMs, cold.helloWorldMs),
      'reported',
    );

    const http = await measureHttp(folder, isQuick ? 2 : 5, isQuick ? 1 : 2);
    const ours = http['kind-recovery'];
    console.log();
    line('HTTP, POST /dialogflow, 10 connections', 'req/s', 'ratio', 'target');
    line(
      '  node:http, canned reply',
      fixed(http['node-http'].requestsPerSecond, 0),
      '',
      `p99 ${http['node-http'].p99Ms} ms`,
    );
    line(
      '  express, canned reply',
      fixed(http.express.requestsPerSecond, 0),
      '',
      `p99 ${http.express.p99Ms} ms`,
    );
    line(
      '  Kind Recovery (auth, screening, a turn)',
      fixed(ours.requestsPerSecond, 0),
      ratio(ours.requestsPerSecond, http.express.requestsPerSecond),
      `≥ 0.85x ${verdict(ours.requestsPerSecond >= 0.85 * http.express.requestsPerSecond)}`,
    );
    line(
      '    against node:http',
      '',
      ratio(ours.requestsPerSecond, http['node-http'].requestsPerSecond),
      'reported',
    );
    line('    p99', `${ours.p99Ms} ms`, ratio(ours.p99Ms, http.express.p99Ms), 'against express');
    line('    errors and non-2xx answers', String(ours.errors + ours.non2xx), '', 'expected 0');
  } finally {
    dynamo.server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`The benchmark could not finish: ${(error as Error).message}`);
  process.exit(1);
});
