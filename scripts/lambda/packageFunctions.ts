import AdmZip from 'adm-zip';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The project root, where serverless.yml lives. */
export const projectRoot = join(__dirname, '..', '..');

/** A well-formed skill id for packaging when no real one is given; Alexa never sends it. */
export const packagingSkillId = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The three Lambda functions serverless.yml declares. */
export const functionNames = ['alexa', 'dialogflow', 'web'] as const;
export type FunctionName = (typeof functionNames)[number];

/** One packaged function: its bundle, unzipped, and esbuild's record of what went into it. */
export interface PackagedFunction {
  readonly name: FunctionName;
  readonly zipPath: string;
  /** The file names inside the zip. */
  readonly entries: readonly string[];
  /** The bundle written out where a fresh Node process can load it. */
  readonly bundlePath: string;
  readonly bundleBytes: number;
  /** esbuild's metafile output: input paths and external imports. */
  readonly inputs: readonly string[];
  readonly externals: readonly string[];
}

/** What `serverless package` produced: the CloudFormation template, the functions, and what it printed. */
export interface PackagedService {
  readonly template: { Resources: Record<string, { Type: string; Properties?: unknown }> };
  readonly functions: Readonly<Record<FunctionName, PackagedFunction>>;
  readonly output: string;
}

interface Metafile {
  outputs: Record<
    string,
    { inputs: Record<string, unknown>; imports: { path: string; external?: boolean }[] }
  >;
}

function readFunction(name: FunctionName, outputFolder: string): PackagedFunction {
  const zipPath = join(outputFolder, `${name}.zip`);
  const zip = new AdmZip(zipPath);
  const entries = zip.getEntries().map((entry) => entry.entryName);
  const bundle = zip.readFile(`src/handlers/${name}.js`);
  if (!bundle) throw new Error(`${name}.zip has no src/handlers/${name}.js`);
  const bundlePath = join(outputFolder, 'bundles', `${name}.js`);
  mkdirSync(join(outputFolder, 'bundles'), { recursive: true });
  writeFileSync(bundlePath, bundle);
  const metaPath = join(projectRoot, '.esbuild', '.build', 'src', 'handlers', `${name}-meta.json`);
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Metafile;
  const outputs = Object.values(meta.outputs);
  return {
    name,
    zipPath,
    entries,
    bundlePath,
    bundleBytes: bundle.length,
    inputs: outputs.flatMap((output) => Object.keys(output.inputs)),
    externals: [
      ...new Set(
        outputs.flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)),
      ),
    ],
  };
}

/**
 * Runs `serverless package` offline into `outputFolder` (no AWS account or network needed), then reads what it
 * built. Serverless Framework's telemetry and update notices are switched off.
 */
export function packageFunctions(
  outputFolder: string,
  skillId: string = packagingSkillId,
): Promise<PackagedService> {
  const serverless = join(projectRoot, 'node_modules', 'serverless', 'bin', 'serverless.js');
  const args = [
    serverless,
    'package',
    '--package',
    outputFolder,
    `--param=alexaSkillId=${skillId}`,
  ];
  const env = {
    ...process.env,
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    CI: '1',
  };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: projectRoot, env }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error) {
        reject(new Error(`serverless package failed:\n${output}`));
        return;
      }
      const template = JSON.parse(
        readFileSync(join(outputFolder, 'cloudformation-template-update-stack.json'), 'utf8'),
      ) as PackagedService['template'];
      const functions = {
        alexa: readFunction('alexa', outputFolder),
        dialogflow: readFunction('dialogflow', outputFolder),
        web: readFunction('web', outputFolder),
      };
      resolve({ template, functions, output });
    });
  });
}
