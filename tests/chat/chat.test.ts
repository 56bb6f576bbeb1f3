import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ssmlToText } from '../../src/chat/ssmlToText';
import { createApp } from '../../src/server/createApp';

const root = join(__dirname, '..', '..');

/** Runs `npm run chat` with the lines typed on stdin (then Ctrl-D), and returns what it printed. */
function chat(args: string[], typed: string): Promise<{ output: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/chat/main.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, LOG_LEVEL: 'silent' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ output, code }));
    child.stdin.end(typed);
  });
}

describe('ssmlToText', () => {
  it.each([
    ["<speak>Breathe in. <break time='3200ms'/> Hold.</speak>", 'Breathe in. [pause 3.2s] Hold.'],
    [
      "<speak>Rest. <break time='10000ms'/> <break time='5000ms'/> Back.</speak>",
      'Rest. [pause 15s] Back.',
    ],
    ["<speak><prosody rate='90%'>Slowly.</prosody></speak>", 'Slowly.'],
    ["<speak>Call <say-as interpret-as='digits'>988</say-as> .</speak>", 'Call 988.'],
    ['<speak>I&apos;m &quot;here&quot; &amp; listening</speak>', 'I\'m "here" & listening'],
    ["<speak>One <break time='300ms'/> two</speak>", 'One two'],
  ])('%s reads as %s', (ssml, text) => {
    expect(ssmlToText(ssml)).toBe(text);
  });
});

describe('npm run chat', () => {
  jest.setTimeout(30_000);

  it('holds a conversation in-process, showing pauses, and "stop" ends it cleanly', async () => {
    const { output, code } = await chat([], 'let us do box breathing\nstop\n');
    expect(code).toBe(0);
    expect(output).toMatch(/Alexa: .*[Ww]elcome to Kind Recovery/);
    expect(output).toMatch(/Breathe in\. \[pause \d(\.\d)?s\] Hold\./);
    expect(output).toMatch(/\(The session has ended\.\)/);
  });

  it('Ctrl-D leaves the conversation cleanly', async () => {
    const { output, code } = await chat(['--locale', 'en-GB'], 'give me an affirmation\n');
    expect(code).toBe(0);
    expect(output).toMatch(/Kind Recovery chat \(Alexa, en-GB\)/);
    expect(output).toMatch(/\(You left the conversation\.\)/);
  });

  it('talks through the Dialogflow webhook adapter with --platform dialogflow', async () => {
    const { output, code } = await chat(
      ['--platform', 'dialogflow', '--locale', 'en-GB'],
      'help me breathe\nthree\nI need help\nno\nno\n',
    );
    expect(code).toBe(0);
    expect(output).toMatch(/\(The call connects\.\)/);
    expect(output).toMatch(/\(understood: choose-number rounds=3\)/);
    expect(output).toMatch(/Phone: Three rounds of long exhale breathing\./);
    expect(output).toMatch(/999/);
    expect(output).toMatch(/\(The session has ended\.\)/);
  });

  it('refuses a platform it does not know', async () => {
    const { output, code } = await chat(['--platform', 'google-home'], '');
    expect(code).toBe(1);
    expect(output).toMatch(/--platform is "alexa" or "dialogflow"/);
  });

  describe('with --url, against a running development server', () => {
    let server: Server;
    let url: string;

    beforeAll(async () => {
      server = createApp({ isVerifying: false }).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('talks over HTTP', async () => {
      const { output, code } = await chat(['--url', url], 'I need help\nno\nno\n');
      expect(code).toBe(0);
      expect(output).toMatch(/911/);
      expect(output).toMatch(/\[card\] Help is available now/);
      expect(output).toMatch(/\(The session has ended\.\)/);
    });

    it('talks to the webhook over HTTP with --platform dialogflow', async () => {
      const { output, code } = await chat(
        ['--platform', 'dialogflow', '--url', url],
        'give me an affirmation\nstop\n',
      );
      expect(code).toBe(0);
      expect(output).toMatch(/Phone: .*(Here's|Take this one)/);
      expect(output).toMatch(/\(The session has ended\.\)/);
    });

    it('says kindly when nothing is listening', async () => {
      const { output, code } = await chat(['--url', 'http://127.0.0.1:9'], '');
      expect(code).toBe(1);
      expect(output).toMatch(/Could not reach .*Is `npm run dev` running\?/);
    });
  });
});
