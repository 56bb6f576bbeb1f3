import type { RequestEnvelope } from 'ask-sdk-model';
import { join } from 'node:path';
import request from 'supertest';
import { middayToday, newSession } from '../../src/chat/alexaRequests';
import { Conversation } from '../../src/chat/conversation';
import { agentAsModel } from '../../src/chat/dialogflowAgentModel';
import { DialogflowConversation } from '../../src/chat/dialogflowConversation';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import type { WebhookRequest } from '../../src/platforms/dialogflow';
import { createSkill } from '../../src/platforms/alexa';
import { createApp } from '../../src/server/createApp';
import { MemoryStore } from '../../src/storage/memoryStore';
import { generatedModel } from '../support/alexa';

/**
 * The logs of whole conversations, on both platforms and over real HTTP, at the most talkative level, carry
 * request ids, intents and timings, and nothing the person said: no words, no slot values, no user ids.
 */

const whatWasSaid = [
  'help me breathe',
  'nine',
  'I relapsed last night',
  'teach me about resilience',
  'tell me more',
  'give me an affirmation about self-worth',
  'I keep thinking about my husband Gareth',
  'remind me every day at 8 pm',
  'how am I doing',
  'honestly everything feels hopeless and I do not trust myself tonight',
  'no',
  'I took too many pills',
  'yes',
  'forget me',
  'yes',
] as const;

/** Words from what was said that no log line has any business holding. */
const telltales = [
  ...whatWasSaid.filter((words) => words.split(' ').length > 1),
  'Gareth',
  'husband',
  'honestly',
  'hopeless',
  'relapsed',
  'pills',
  'self-worth',
  'resilience',
  '8 pm',
  '20:00',
];

let lines: string[] = [];
let restore: () => void;

beforeEach(() => {
  lines = [];
  process.env.LOG_LEVEL = 'debug';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((line) => line !== ''),
    );
    return true;
  });
  restore = () => spy.mockRestore();
});

afterEach(() => {
  restore();
  process.env.LOG_LEVEL = 'silent';
});

function expectNothingSaid(identifiers: readonly string[]): void {
  const everything = lines.join('\n').toLowerCase();
  for (const telltale of [...telltales, ...identifiers]) {
    expect(everything.includes(telltale.toLowerCase()) ? telltale : 'absent').toBe('absent');
  }
}

const turnLines = () =>
  lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.message === 'turn');

describe('the logs of a whole conversation', () => {
  it('on Alexa: a line per turn with its id, a one-way user tag, the intent and the time; nothing said', async () => {
    const session = newSession({ clock: middayToday });
    const skill = createSkill({ store: new MemoryStore() });
    const conversation = new Conversation(
      session,
      (envelope: RequestEnvelope) => skill.invoke(envelope),
      new UtteranceResolver(generatedModel()),
    );
    await conversation.open();
    for (const words of whatWasSaid) await conversation.say(words);

    const turns = turnLines();
    expect(turns.length).toBe(whatWasSaid.length + 1);
    for (const turn of turns) {
      expect(turn).toMatchObject({ level: 'info', platform: 'alexa' });
      expect(turn.requestId).toMatch(/^amzn1\.echo-api\.request\./);
      expect(turn.user).toMatch(/^[0-9a-f]{16}$/);
      expect(typeof turn.durationMs).toBe('number');
    }
    expect(turns.map((turn) => turn.intent)).toContain('SlipIntent');
    // A free-speech intent's name carries the first word said ("SaidHonestlyIntent"): all log as one.
    expect(turns.map((turn) => turn.intent)).toContain('FreeSpeech');
    expect(turns.filter((turn) => String(turn.intent).startsWith('Said'))).toEqual([]);
    expectNothingSaid([session.userId, session.sessionId]);
  });

  it('through the Dialogflow webhook over HTTP: the same, with the raw words screened and never written', async () => {
    const app = createApp({
      isVerifying: true,
      dialogflowAccess: { mode: 'basicAuth', user: 'u', password: 'p' },
    });
    const sessions: string[] = [];
    const conversation = new DialogflowConversation(
      async (webhook: WebhookRequest) => {
        sessions.push(webhook.session);
        const response = await request(app).post('/dialogflow').auth('u', 'p').send(webhook);
        expect(response.status).toBe(200);
        return response.body;
      },
      new UtteranceResolver(
        agentAsModel(join(__dirname, '..', '..', 'interaction-models', 'dialogflow', 'agent')),
      ),
      'en-us',
    );
    await conversation.open();
    for (const words of whatWasSaid) await conversation.say(words);

    const turns = turnLines();
    expect(turns.length).toBe(whatWasSaid.length + 1);
    for (const turn of turns) {
      expect(turn).toMatchObject({ level: 'info', platform: 'dialogflow' });
      expect(turn.conversation).toMatch(/^[0-9a-f]{16}$/);
      expect(typeof turn.durationMs).toBe('number');
    }
    const sessionId = sessions[0]!.split('/').pop()!;
    expectNothingSaid([sessionId]);
  });

  it('a forged request cannot write words into the logs through its ids or intent name', async () => {
    const skill = createSkill();
    const forged = {
      version: '1.0',
      session: {
        new: true,
        sessionId: 's',
        application: { applicationId: 'a' },
        user: { userId: 'u' },
      },
      context: {
        System: { application: { applicationId: 'a' }, user: { userId: 'u' }, device: {} },
      },
      request: {
        type: 'IntentRequest',
        requestId: 'I relapsed last night',
        locale: 'en-US',
        intent: { name: 'I took too many pills', confirmationStatus: 'NONE' },
      },
    } as unknown as RequestEnvelope;
    await skill.invoke(forged).catch(() => undefined);
    expect(lines.length).toBeGreaterThan(0);
    expectNothingSaid([]);
  });
});
