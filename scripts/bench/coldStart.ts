import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';
import { join } from 'node:path';
import { answerWebhook } from '../../src/platforms/dialogflow';
import { answerInFreshProcess } from '../lambda/freshProcess';
import type { PackagedService } from '../lambda/packageFunctions';
import { benchSkillId, recordedAlexaVisit, recordedFirstWordsTurn } from './conversation';
import { interleaved, median } from './statistics';
import { benchPassword, benchUser } from './webhookCredentials';

/**
 * The esbuild options serverless.yml gives serverless-esbuild (nothing left to the runtime), so every baseline is
 * built the same way; the skill's own alias for ask-sdk-model is its own work, not the baselines'.
 */
const lambdaBuildOptions: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: 'node22',
  platform: 'node',
  format: 'cjs',
  logLevel: 'error',
};

/** A baseline's Lambda bundle: where it was written and what it weighs. */
export interface Bundle {
  readonly path: string;
  readonly bytes: number;
}

/** The baselines' Lambda entries in scripts/bench/baselines, by what they are. */
const baselineEntries = {
  helloWorld: 'helloWorldHandler.ts',
  helloWorldWithDynamo: 'helloWorldDynamoHandler.ts',
  helloWebhook: 'helloWebhookHandler.ts',
} as const;
export type BaselineName = keyof typeof baselineEntries;

/** Builds one baseline's Lambda entry into `folder` as serverless.yml builds ours. */
export async function buildBaseline(folder: string, name: BaselineName): Promise<Bundle> {
  const path = join(folder, `${name}.js`);
  const result = await build({
    ...lambdaBuildOptions,
    entryPoints: [join(__dirname, 'baselines', baselineEntries[name])],
    outfile: path,
    metafile: true,
  });
  const bytes = Object.values(result.metafile?.outputs ?? {})[0]?.bytes ?? 0;
  return { path, bytes };
}

/** Ours against its baseline: the median of each over the same interleaved rounds, in milliseconds. */
export interface ColdStartPair {
  readonly oursMs: number;
  readonly baselineMs: number;
}

export interface ColdStarts {
  /** The Alexa bundle with its DynamoDB store, against the hello-world skill, to a LaunchRequest answer. */
  readonly alexa: ColdStartPair;
  /** The hello-world skill with Amazon's DynamoDB persistence adapter, against the same hello-world skill. */
  readonly peer: ColdStartPair;
  /** The webhook bundle answering a first turn with words, against a bare handler answering a canned reply. */
  readonly webhook: ColdStartPair;
  readonly rounds: number;
}

/** The tables the cold starts read and write, each keyed as its store expects. */
const benchTables = {
  ours: { name: 'kind-recovery-bench', key: 'userKey' },
  peer: { name: 'hello-world-bench', key: 'id' },
} as const;

/** The one thing the benchmark asks of the local server's client: to make a table. */
interface TableMaker {
  send(
    operation: 'CreateTable',
    input: {
      TableName: string;
      AttributeDefinitions: { AttributeName: string; AttributeType: 'S' }[];
      KeySchema: { AttributeName: string; KeyType: 'HASH' }[];
      BillingMode: 'PAY_PER_REQUEST';
    },
  ): Promise<unknown>;
}

/** Makes the tables before any cold start, so none pays for making one. */
export async function createBenchTables(client: TableMaker): Promise<void> {
  for (const { name, key } of Object.values(benchTables)) {
    await client.send('CreateTable', {
      TableName: name,
      AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
      KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
  }
}

export interface ColdStartBundles {
  readonly service: PackagedService;
  readonly helloWorld: Bundle;
  readonly helloWorldWithDynamo: Bundle;
  readonly helloWebhook: Bundle;
}

/** A subject: one fresh process answering one event, timed from the process's start to the answer. */
function answerTime(
  bundle: string,
  event: unknown,
  environment: Record<string, string>,
  isAnswer: (result: unknown) => boolean,
): () => Promise<number> {
  return async () => {
    const { firstAnsweredMs, results } = await answerInFreshProcess(bundle, [event], environment);
    if (!isAnswer(results[0])) {
      throw new Error(`${bundle} did not answer: ${JSON.stringify(results[0]).slice(0, 300)}`);
    }
    return firstAnsweredMs;
  };
}

const isSpokenAnswer = (result: unknown) => JSON.stringify(result).includes('outputSpeech');
const isWebhookAnswer = (result: unknown) =>
  (result as { statusCode?: number }).statusCode === 200 &&
  JSON.stringify(result).includes('fulfillmentText');

/**
 * Whole fresh processes (start Node, load the bundle, answer one request), as a cold Lambda container runs them,
 * each of ours taking turns with its baseline round after round (ours, the baseline, ours, …) after one round
 * unmeasured, so a noisy machine moves both; the median of each.
 */
export async function measureColdStarts(
  bundles: ColdStartBundles,
  dynamoEndpoint: string,
  rounds: number,
): Promise<ColdStarts> {
  // The welcome asks the Settings API for the device's time zone, over the network; the cold start measures the
  // bundle, so the launch carries no token for the API, as a request from a device without one would.
  const [recorded] = await recordedAlexaVisit();
  const { apiAccessToken: _token, ...system } = recorded!.context.System;
  const launch = { ...recorded, context: { ...recorded!.context, System: system } };
  const dynamo = { DYNAMODB_ENDPOINT: dynamoEndpoint, AWS_REGION: 'local' };

  const words = await recordedFirstWordsTurn();
  const authorization = `Basic ${Buffer.from(`${benchUser}:${benchPassword}`).toString('base64')}`;
  const body = JSON.stringify(words);
  const webhookEvent = {
    version: '2.0',
    routeKey: 'POST /dialogflow',
    rawPath: '/dialogflow',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', authorization },
    requestContext: { http: { method: 'POST', path: '/dialogflow', protocol: 'HTTP/1.1' } },
    isBase64Encoded: false,
    body,
  };
  const cannedReply = JSON.stringify(answerWebhook(words).body);

  const subjects = {
    alexa: answerTime(
      bundles.service.functions.alexa.bundlePath,
      launch,
      {
        ALEXA_SKILL_ID: benchSkillId,
        USER_STORE: 'dynamodb',
        DYNAMODB_TABLE: benchTables.ours.name,
        ...dynamo,
      },
      isSpokenAnswer,
    ),
    helloWorld: answerTime(bundles.helloWorld.path, launch, {}, isSpokenAnswer),
    peer: answerTime(
      bundles.helloWorldWithDynamo.path,
      launch,
      { DYNAMODB_TABLE: benchTables.peer.name, ...dynamo },
      isSpokenAnswer,
    ),
    webhook: answerTime(
      bundles.service.functions.dialogflow.bundlePath,
      webhookEvent,
      { DIALOGFLOW_WEBHOOK_USER: benchUser, DIALOGFLOW_WEBHOOK_PASSWORD: benchPassword },
      isWebhookAnswer,
    ),
    helloWebhook: answerTime(
      bundles.helloWebhook.path,
      webhookEvent,
      { BENCH_CANNED_REPLY: cannedReply },
      isWebhookAnswer,
    ),
  };
  // The first round reads every bundle from disk and makes the tables' first items: not measured.
  await interleaved(1, subjects, 'inOrder');
  const alexa = await interleaved(
    rounds,
    {
      ours: subjects.alexa,
      baseline: subjects.helloWorld,
      peer: subjects.peer,
    },
    'inOrder',
  );
  const webhook = await interleaved(
    rounds,
    {
      ours: subjects.webhook,
      baseline: subjects.helloWebhook,
    },
    'inOrder',
  );
  const baselineMs = median(alexa.baseline);
  return {
    alexa: { oursMs: median(alexa.ours), baselineMs },
    peer: { oursMs: median(alexa.peer), baselineMs },
    webhook: { oursMs: median(webhook.ours), baselineMs: median(webhook.baseline) },
    rounds,
  };
}
