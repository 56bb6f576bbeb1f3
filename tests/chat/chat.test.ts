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

  it('talks through the Dialogflow webhook adapter with --platform dialogflow, as a phone call', async () => {
    const { output, code } = await chat(
      ['--platform', 'dialogflow', '--locale', 'en-GB'],
      'help me breathe\nthree\nI need help\nno\nno\n',
    );
    expect(code).toBe(0);
    expect(output).toMatch(/\(The call connects\.\)/);
    expect(output).toMatch(/\(understood: choose-number rounds=3\)/);
    expect(output).toMatch(/Phone: Three rounds of long exhale breathing\./);
    expect(output).toMatch(/999/);
    // A call is never ended by the skill after a crisis answer: it stays on the line, with the number.
    expect(output).toMatch(/Phone: I'm still here with you\. The number is 116 123/);
    expect(output).not.toMatch(/\(The session has ended\.\)/);
    expect(output).toMatch(/\(You left the conversation\.\)/);
  });

  it("labels the phone line's fallback with Dialogflow's own name", async () => {
    const { output } = await chat(['--platform', 'dialogflow'], 'purple monkey dishwasher\n');
    expect(output).toMatch(/\(understood: Default Fallback Intent\)/);
    expect(output).not.toMatch(/AMAZON\./);
  });

  it('hears two silences on the phone line as the gateway sends them: the question again, then a kind close', async () => {
    const { output, code } = await chat(['--platform', 'dialogflow'], '\n\n');
    expect(code).toBe(0);
    const [, first = '', second = ''] = output.split(
      /\(understood: no-input \(event TELEPHONY_NO_INPUT\)\)/,
    );
    expect(first).toMatch(/Phone: (I'm still here|No hurry)\..*Which would you like\?/);
    expect(first).not.toMatch(/The session has ended/);
    expect(second).toMatch(/Phone: .*(let you go|goodbye)/);
    expect(second).toMatch(/\(The session has ended\.\)/);
  });

  it('after a crisis answer, never hangs up on a silent caller: the number again each time', async () => {
    const { output } = await chat(
      ['--platform', 'dialogflow', '--locale', 'en-GB'],
      'I want to end my life\n\n\n',
    );
    const spoken = output.match(/^Phone: .*$/gm) ?? [];
    spoken.slice(-2).forEach((line) => expect(line).toMatch(/116 123/));
    expect(output).not.toMatch(/\(The session has ended\.\)/);
  });

  it('refuses a locale it does not speak, listing the ones it does', async () => {
    const { output, code } = await chat(['--locale', 'fr-FR'], '');
    expect(code).toBe(1);
    expect(output).toMatch(/--locale "fr-FR" is not one Kind Recovery speaks on Alexa/);
    expect(output).toMatch(/en-US, en-GB, en-CA, en-AU, en-IN/);
    expect(output).not.toMatch(/Alexa: /);
  });

  it('--ask speaks once and exits, without offering Ctrl-D', async () => {
    const { output, code } = await chat(['--ask', 'for an affirmation'], '');
    expect(code).toBe(0);
    expect(output).toMatch(/You: Alexa, ask kind recovery for an affirmation/);
    expect(output).toMatch(/Alexa: .+/);
    expect(output).toMatch(/\(The session has ended\.\)/);
    expect(output).not.toMatch(/Ctrl-D/);
    expect(output).not.toMatch(/You left the conversation/);
  });

  describe('a reminder, asked for by voice', () => {
    it('asks for permission in plain words, and a grant shows the reminder the skill created', async () => {
      const { output, code } = await chat([], 'remind me every day at 8 pm\ny\n');
      expect(code).toBe(0);
      expect(output).toMatch(
        /\(Alexa asks for permission to set reminders\. Grant it\? \[y\/n\]\)/,
      );
      expect(output).toMatch(/\(understood: Connections\.Response AskFor ACCEPTED\)/);
      expect(output).toMatch(/Alexa: .*every day at 8 PM/);
      expect(output).toMatch(/\(A daily reminder is set for 20:00: "[^"]*kind moment[^"]*"\)/);
      expect(output).not.toMatch(/The session has ended/);
    });

    it('--grant no refuses it: the kind answer, a card in the app, and no reminder', async () => {
      const { output, code } = await chat(
        ['--ask', 'to remind me every day at 8 pm', '--grant', 'no'],
        '',
      );
      expect(code).toBe(0);
      expect(output).toMatch(/Grant it\? \[y\/n\]\)\s+You: no/);
      expect(output).toMatch(/\(understood: Connections\.Response AskFor DENIED\)/);
      expect(output).toMatch(/Alexa: That's alright\./);
      expect(output).toMatch(
        /\[card\] In the Alexa app: a request for permission to set reminders\./,
      );
      expect(output).not.toMatch(/reminder is set/);
    });
  });

  it('--screen shows the breathing circle in time with the cues, and the words of a break', async () => {
    const { output } = await chat(
      ['--screen'],
      'three rounds of box breathing\ngive me a self-compassion break\n',
    );
    expect(output).toMatch(/\[screen\] box breathing · Rounds 1 to 3 of 3/i);
    expect(output).toMatch(
      /circle: grow 4 s, hold 4 s, shrink 4 s, hold 4 s, × 3 \(starting after [\d.]+ s\)/,
    );
    expect(output).toMatch(
      /\[screen\] Self-compassion break\n\s+\S.{200,}You can stop at any time\./,
    );
  });

  it('shows no screen on a device without one', async () => {
    const { output } = await chat([], 'three rounds of box breathing\n');
    expect(output).not.toMatch(/\[screen\]/);
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
