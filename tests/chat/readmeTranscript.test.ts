import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The README's transcript: the command it came from and what was printed, between its markers. */
function readmeTranscript(): { args: string[]; printed: string } {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const found =
    /<!-- transcript: npm run chat -- (.*?) -->\s*```\n([\s\S]*?)```\s*<!-- \/transcript -->/.exec(
      readme,
    );
  if (!found) throw new Error('the README has no transcript between its markers');
  return { args: found[1]!.split(' '), printed: found[2]! };
}

describe("the README's transcript", () => {
  jest.setTimeout(30_000);

  it('is what the chat prints today for the same words, word for word', () => {
    const { args, printed } = readmeTranscript();
    // What the listener typed: every "You:" line but the opening, which the chat says itself.
    const typed = [...printed.matchAll(/^You: (.*)$/gm)]
      .map((match) => match[1]!)
      .filter((line) => line !== 'Alexa, open kind recovery');
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'src', 'chat', 'main.ts'),
        ...args,
      ],
      { input: `${typed.join('\n')}\n`, encoding: 'utf8', cwd: root },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(printed);
  });
});
