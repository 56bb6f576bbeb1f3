import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import request from 'supertest';
import { recordedAlexaVisit } from '../../scripts/bench/conversation';
import { log } from '../../src/log';
import { createSkill } from '../../src/platforms/alexa';
import { isRequestEnvelope } from '../../src/platforms/alexa/isRequestEnvelope';
import { createApp } from '../../src/server/createApp';
import { MemoryStore } from '../../src/storage/memoryStore';
import { alexaResponseProblems } from '../support/alexa';
import {
  envelope,
  intentEnvelope,
  launchEnvelope,
  sessionEndedEnvelope,
  skillId,
} from '../support/envelopes';
import { brief, hostileBodies, mutatedFrom } from '../support/mutations';

/**
 * Thousands of hostile Alexa requests, made from real ones: every answer is a response Alexa would accept, or a
 * refusal (a 4xx over HTTP, a short rejection in-process); never a 5xx, a stack trace or a crash.
 */
jest.setTimeout(120_000);

let seeds: RequestEnvelope[];

beforeAll(async () => {
  const visit = await recordedAlexaVisit();
  seeds = [
    ...visit.map((recorded) => ({
      ...recorded,
      context: {
        ...recorded.context,
        System: { ...recorded.context.System, application: { applicationId: skillId } },
      },
      session: recorded.session && { ...recorded.session, application: { applicationId: skillId } },
    })),
    launchEnvelope({ hasScreen: true, locale: 'en-GB' }),
    intentEnvelope('LearnIntent', { topic: { value: 'resilience', id: 'benefit-resilience' } }),
    intentEnvelope('BreatheIntent', { pattern: 'box', rounds: '3', minutes: undefined }),
    intentEnvelope('SetReminderIntent', { time: '20:00' }),
    intentEnvelope('CrisisIntent', {}, { locale: 'en-AU' }),
    sessionEndedEnvelope('ERROR'),
    envelope({ type: 'AlexaSkillEvent.SkillDisabled' }),
    envelope({
      type: 'Connections.Response',
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      payload: { status: 'ACCEPTED', permissionScope: 'alexa::alerts:reminders:skill:readwrite' },
      token: '',
    }),
  ] as RequestEnvelope[];
});

const KiB = 1024;

/** What is wrong with a 200 answer, if anything: the envelope's shape, Alexa's speech rules, its 24 KB cap. */
async function answerProblems(answer: unknown): Promise<string[]> {
  const envelopeOut = answer as ResponseEnvelope;
  if (envelopeOut?.version !== '1.0' || typeof envelopeOut.response !== 'object')
    return [`not a response envelope: ${brief(answer)}`];
  const problems = await alexaResponseProblems(envelopeOut);
  if (Buffer.byteLength(JSON.stringify(envelopeOut)) > 24 * KiB) problems.push('over 24 KB');
  return problems;
}

const noDetail = (body: unknown) =>
  JSON.stringify(body) === JSON.stringify({ error: 'The request was refused.' }) ||
  JSON.stringify(body) === JSON.stringify({ error: 'The request is too large.' });

describe('hostile Alexa requests', () => {
  it('through the skill itself (3,000 cases): a valid response or a deliberate refusal, never a crash', async () => {
    const skill = createSkill({ skillId, store: new MemoryStore() });
    // A fault in a handler is caught and answered with an apology, so it shows only in the error log.
    const errors = jest.spyOn(log, 'error');
    await fc.assert(
      fc.asyncProperty(mutatedFrom(seeds), async (hostile) => {
        // The route and the Lambda handler refuse what does not have an envelope's shape, before the skill.
        if (!isRequestEnvelope(hostile)) return;
        errors.mockClear();
        let answer: unknown;
        try {
          answer = await skill.invoke(hostile);
        } catch (error) {
          // Only the ask-sdk's own refusals (another skill's id) may escape, never a TypeError.
          expect((error as Error).name).toMatch(/^AskSdk\./);
          return;
        }
        expect(await answerProblems(answer)).toEqual([]);
        const faults = errors.mock.calls.filter(
          ([, fields]) => !String(fields?.error ?? '').startsWith('AskSdk.'),
        );
        expect(faults).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    errors.mockRestore();
  });

  it('over HTTP (1,000 cases): 200 with a valid response, or a 4xx with no detail, never a 5xx', async () => {
    const app = createApp({
      isVerifying: false,
      skill: createSkill({ skillId, store: new MemoryStore() }),
    });
    await fc.assert(
      fc.asyncProperty(hostileBodies(seeds), async (body) => {
        const response = await request(app)
          .post('/alexa')
          .set('content-type', 'application/json')
          .send(body);
        if (response.status === 200) {
          expect(await answerProblems(response.body)).toEqual([]);
        } else {
          expect([400, 413]).toContain(response.status);
          expect(noDetail(response.body)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('through the Lambda handler (1,000 cases): a valid response, or the one short rejection', async () => {
    process.env.ALEXA_SKILL_ID = skillId;
    const { handler } = await import('../../src/handlers/alexa');
    await fc.assert(
      fc.asyncProperty(mutatedFrom(seeds), async (hostile) => {
        let answer: unknown;
        try {
          answer = await handler(hostile, {} as Context);
        } catch (error) {
          expect((error as Error).message).toBe('The request was refused.');
          return;
        }
        expect(await answerProblems(answer)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
