import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './packageFunctions';

/** What a fresh Node process reports after loading a handler and answering events in turn. */
export interface FreshAnswer {
  readonly results: readonly unknown[];
  /** Milliseconds from the process's start until the bundle had loaded. */
  readonly loadedMs: number;
  /** Milliseconds from the process's start until the first event was answered. */
  readonly firstAnsweredMs: number;
  /** What the process wrote to stderr: its logs. */
  readonly stderr: string;
}

/** The child's program: load the bundle, answer each event from stdin, report results and timings. */
const program = `
const { handler } = require(process.argv[1]);
const loadedMs = performance.now();
const events = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const results = [];
  let firstAnsweredMs = 0;
  for (const event of events) {
    try {
      results.push(await handler(event, {}));
    } catch (error) {
      results.push({ thrown: String(error && error.message) });
    }
    firstAnsweredMs ||= performance.now();
  }
  process.stdout.write(JSON.stringify({ results, loadedMs, firstAnsweredMs }));
})();
`;

/**
 * Loads a Lambda bundle in a new Node process, as a cold Lambda container would, and answers the events in
 * order. Packages the runtime provides (the AWS SDK) resolve from this project's node_modules.
 */
export function answerInFreshProcess(
  bundlePath: string,
  events: readonly unknown[],
  environment: Record<string, string> = {},
): Promise<FreshAnswer> {
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_PATH: join(projectRoot, 'node_modules'),
    LOG_LEVEL: 'silent',
    ...environment,
  };
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', program, bundlePath],
      { env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the bundle failed: ${stderr || error.message}`));
        else resolve({ ...(JSON.parse(stdout) as Omit<FreshAnswer, 'stderr'>), stderr });
      },
    );
    child.stdin?.end(JSON.stringify(events));
  });
}
