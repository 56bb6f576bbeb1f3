import { build } from 'esbuild';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** A server of serve.ts running in its own process. */
export interface RunningServer {
  readonly url: string;
  readonly child: ChildProcess;
}

/** The servers compiled to one plain JavaScript file, as production runs compiled code, not a TypeScript loader. */
export async function buildServers(folder: string): Promise<string> {
  const outfile = join(folder, 'serve.js');
  await build({
    entryPoints: [join(__dirname, 'serve.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

/** Starts one of serve.ts's servers, logging on as in production and written to nowhere. */
export function startServer(
  script: string,
  kind: string,
  cannedReply = '',
): Promise<RunningServer> {
  const child = spawn(process.execPath, [script, kind], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      USER_STORE: 'memory',
      BENCH_CANNED_REPLY: cannedReply,
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited (${code})`)));
    child.stdout?.once('data', (chunk: Buffer) => {
      const { port } = JSON.parse(chunk.toString()) as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, child });
    });
  });
}
