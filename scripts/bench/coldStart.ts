import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';
import { join } from 'node:path';
import { answerInFreshProcess } from '../lambda/freshProcess';
import type { PackagedService } from '../lambda/packageFunctions';
import { benchSkillId, recordedAlexaVisit } from './conversation';
import { interleaved, median } from './statistics';

/** The esbuild options serverless.yml gives serverless-esbuild, so the baseline is built the same way. */
const lambdaBuildOptions: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: 'node22',
  platform: 'node',
  format: 'cjs',
  external: ['@aws-sdk/*'],
};

/** Builds the hello-world skill's Lambda entry into `folder`, returning the bundle's path and size. */
export async function buildHelloWorldBundle(
  folder: string,
): Promise<{ path: string; bytes: number }> {
  const path = join(folder, 'helloWorld.js');
  const result = await build({
    ...lambdaBuildOptions,
    entryPoints: [join(__dirname, 'baselines', 'helloWorldHandler.ts')],
    outfile: path,
    metafile: true,
  });
  const bytes = Object.values(result.metafile?.outputs ?? {})[0]?.bytes ?? 0;
  return { path, bytes };
}

export interface ColdStart {
  /** Median milliseconds from process start until the LaunchRequest was answered. */
  readonly helloWorldMs: number;
  readonly kindRecoveryMs: number;
  /** The same for Kind Recovery with its DynamoDB store (against a local DynamoDB-compatible server). */
  readonly kindRecoveryWithDynamoMs: number;
  readonly rounds: number;
}

/**
 * A fresh Node process loads a bundle and answers "Alexa, open kind recovery", as a cold Lambda container
 * would, alternating with the hello-world bundle so both see the same machine.
 */
export async function measureColdStart(
  service: PackagedService,
  helloWorldPath: string,
  dynamoEndpoint: string,
  rounds = 15,
): Promise<ColdStart> {
  // The welcome asks the Settings API for the device's time zone, over the network; the cold start measures the
  // bundle, so the launch carries no token for the API, as a request from a device without one would.
  const [recorded] = await recordedAlexaVisit();
  const { apiAccessToken: _token, ...system } = recorded!.context.System;
  const launch = { ...recorded, context: { ...recorded!.context, System: system } };
  const answerTime = (bundle: string, environment: Record<string, string>) => async () => {
    const { firstAnsweredMs, results } = await answerInFreshProcess(bundle, [launch], environment);
    if (!JSON.stringify(results[0]).includes('outputSpeech'))
      throw new Error(`${bundle} did not answer`);
    return firstAnsweredMs;
  };
  const alexa = service.functions.alexa.bundlePath;
  const results = await interleaved(rounds, {
    helloWorld: answerTime(helloWorldPath, {}),
    kindRecovery: answerTime(alexa, { ALEXA_SKILL_ID: benchSkillId, USER_STORE: 'memory' }),
    kindRecoveryWithDynamo: answerTime(alexa, {
      ALEXA_SKILL_ID: benchSkillId,
      USER_STORE: 'dynamodb',
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      DYNAMODB_TABLE: 'kind-recovery-bench',
      AWS_REGION: 'local',
    }),
  });
  return {
    helloWorldMs: median(results.helloWorld),
    kindRecoveryMs: median(results.kindRecovery),
    kindRecoveryWithDynamoMs: median(results.kindRecoveryWithDynamo),
    rounds,
  };
}
