import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynalite } from '../dynalite';
import { allModelBytes, codeBudgetKiB, modelBudgetKiB, modelBytes } from '../lambda/budgets';
import { packageFunctions } from '../lambda/packageFunctions';
import { buildHelloWorldBundle, measureColdStart } from './coldStart';
import { measureHttp } from './httpThroughput';
import { against, atMost, fixed, KiB, line, ratioOf, withinBudget } from './report';

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
  readonly screenOfOneStatement: { statements: number; medianMicroseconds: number };
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
    line('Bundle sizes (minified, serverless package)', 'size', 'ratio', 'budget');
    line('  hello-world ask-sdk-core skill', KiB(hello.bytes));
    withinBudget(
      '  Alexa function, code (all of it, against hello-world)',
      alexaBytes - allModelBytes,
      codeBudgetKiB.alexa,
      ratioOf(alexaBytes, hello.bytes),
    );
    withinBudget(
      '  Dialogflow function, code',
      service.functions.dialogflow.bundleBytes - allModelBytes,
      codeBudgetKiB.dialogflow,
    );
    withinBudget('  the screen model in each, weights', modelBytes.screen, modelBudgetKiB.screen);
    withinBudget(
      '  the feelings model in each, weights',
      modelBytes.feelings,
      modelBudgetKiB.feelings,
    );

    const turns = await measureTurnCost();
    const perTurn = turns.microsecondsPerTurn;
    const baseTurn = perTurn.helloWorld;
    console.log();
    line(`Turn cost in-process (${turns.turns}-turn visit, µs/turn)`, 'µs', 'ratio', 'target');
    line('  hello-world skill, skill.invoke', fixed(baseTurn));
    against('  Alexa skill, skill.invoke', fixed(perTurn.alexa), perTurn.alexa, baseTurn, {
      atMost: 2,
    });
    against(
      '  Dialogflow webhook, answerWebhook',
      fixed(perTurn.dialogflow),
      perTurn.dialogflow,
      baseTurn,
      { atMost: 2 },
    );
    against(
      '    of which the safety screen of the words',
      fixed(perTurn.screening),
      perTurn.screening,
      baseTurn,
      'reported',
    );

    const screen = turns.screenOfOneStatement;
    atMost(
      `  screen of one statement, median of ${screen.statements}`,
      screen.medianMicroseconds,
      50,
      'µs',
    );

    const cold = await measureColdStart(service, hello.path, dynamo.endpoint, isQuick ? 5 : 15);
    const baseCold = cold.helloWorldMs;
    console.log();
    line(
      `Cold start to a LaunchRequest answer (median of ${cold.rounds}, ms)`,
      'ms',
      'ratio',
      'target',
    );
    line('  hello-world bundle', fixed(baseCold));
    against(
      '  Alexa bundle, store in memory',
      fixed(cold.kindRecoveryMs),
      cold.kindRecoveryMs,
      baseCold,
      {
        atMost: 1.3,
      },
    );
    const withDynamo = cold.kindRecoveryWithDynamoMs;
    against(
      '  Alexa bundle, DynamoDB store (local)',
      fixed(withDynamo),
      withDynamo,
      baseCold,
      'reported',
    );

    const http = await measureHttp(folder, isQuick ? 2 : 5, isQuick ? 1 : 2);
    const ours = http['kind-recovery'];
    const { express, 'node-http': nodeHttp } = http;
    console.log();
    line('HTTP, POST /dialogflow, 10 connections', 'req/s', 'ratio', 'target');
    line(
      '  node:http, canned reply',
      fixed(nodeHttp.requestsPerSecond, 0),
      '',
      `p99 ${nodeHttp.p99Ms} ms`,
    );
    line(
      '  express, canned reply',
      fixed(express.requestsPerSecond, 0),
      '',
      `p99 ${express.p99Ms} ms`,
    );
    const perSecond = ours.requestsPerSecond;
    against(
      '  Kind Recovery (auth, screening, a turn)',
      fixed(perSecond, 0),
      perSecond,
      express.requestsPerSecond,
      {
        atLeast: 0.85,
      },
    );
    against('    against node:http', '', perSecond, nodeHttp.requestsPerSecond, 'reported');
    against('    p99, against express', `${ours.p99Ms} ms`, ours.p99Ms, express.p99Ms, 'reported');
    line('    errors and non-2xx answers', String(ours.errors + ours.non2xx), '', 'expected 0');
  } finally {
    await dynamo.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`The benchmark could not finish: ${(error as Error).message}`);
  process.exit(1);
});
