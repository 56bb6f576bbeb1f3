import type { Skill } from 'ask-sdk-core';
import { TimestampVerifier } from 'ask-sdk-express-adapter';
import request from 'supertest';
import { createSkill } from '../../src/platforms/alexa';
import { createApp } from '../../src/server/createApp';
import { heard } from '../support/alexa';
import { launchEnvelope, skillId } from '../support/envelopes';

/** The real skill, counting the requests that reach it. */
function countingSkill(options: { skillId?: string } = {}): {
  skill: Skill;
  reached: () => number;
} {
  const real = createSkill(options);
  let count = 0;
  const skill = Object.assign(Object.create(Object.getPrototypeOf(real)), real, {
    invoke: (...args: Parameters<Skill['invoke']>) => {
      count += 1;
      return real.invoke(...args);
    },
  }) as Skill;
  return { skill, reached: () => count };
}

describe('GET /healthz', () => {
  it('answers 200 with {"status":"ok"}', async () => {
    const response = await request(createApp({ isVerifying: true })).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });
});

describe('POST /alexa in production', () => {
  const body = JSON.stringify(launchEnvelope());

  it.each([
    ['no signature headers', {}],
    [
      "a certificate URL that is not Amazon's",
      {
        SignatureCertChainUrl: 'https://evil.example.com/echo.api/echo-api-cert.pem',
        'Signature-256': 'bm90IGEgc2lnbmF0dXJl',
      },
    ],
    [
      'a certificate URL over plain HTTP',
      {
        SignatureCertChainUrl: 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
        'Signature-256': 'bm90IGEgc2lnbmF0dXJl',
      },
    ],
  ])(
    'refuses a request with %s: 400, no detail, and the skill never sees it',
    async (_name, headers) => {
      const { skill, reached } = countingSkill();
      const response = await request(createApp({ isVerifying: true, skill }))
        .post('/alexa')
        .set('content-type', 'application/json')
        .set(headers)
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: 'The request was refused.' });
      expect(reached()).toBe(0);
    },
  );
});

describe('POST /alexa in local development (verification off)', () => {
  const app = createApp({ isVerifying: false, skill: createSkill() });

  it('answers a launch with the welcome', async () => {
    const response = await request(app)
      .post('/alexa')
      .set('content-type', 'application/json')
      .send(JSON.stringify(launchEnvelope()));
    expect(response.status).toBe(200);
    expect(heard(response.body)).toMatch(/Kind Recovery/);
    expect(response.body.response.shouldEndSession).toBe(false);
  });

  it.each([
    ['malformed JSON', '{"version": "1.0", "request": '],
    ['an empty body', ''],
    ['JSON that is not a request', '[1, 2, 3]'],
    ['a request with no request', '{"version":"1.0"}'],
  ])('answers %s with a short 400 and no internal detail', async (_name, text) => {
    const response = await request(app)
      .post('/alexa')
      .set('content-type', 'application/json')
      .send(text);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'The request was refused.' });
  });

  it('refuses an oversized body with 413', async () => {
    const response = await request(app)
      .post('/alexa')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ ...launchEnvelope(), padding: 'x'.repeat(200_000) }));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: 'The request is too large.' });
  });

  it('refuses a request for another skill when a skill id is configured', async () => {
    const { skill, reached } = countingSkill({ skillId });
    const response = await request(createApp({ isVerifying: false, skill }))
      .post('/alexa')
      .send(JSON.stringify(launchEnvelope({ applicationId: 'amzn1.ask.skill.not-ours' })));
    expect(response.status).toBe(400);
    expect(reached()).toBe(1);
  });

  it('answers unknown routes with 404', async () => {
    const response = await request(app).get('/admin');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: 'Not found.' });
  });
});

describe("POST /alexa: each of production's checks refuses on its own", () => {
  const stale = () => {
    const envelope = launchEnvelope({ timestamp: new Date().toISOString() });
    return {
      ...envelope,
      request: { ...envelope.request, timestamp: new Date(Date.now() - 10 * 60_000).toISOString() },
    };
  };

  it('a timestamp ten minutes old: 400, no detail, and the skill never sees it', async () => {
    const { skill, reached } = countingSkill({ skillId });
    const app = createApp({ isVerifying: true, skill, alexaVerifiers: [new TimestampVerifier()] });
    const refused = await request(app).post('/alexa').send(JSON.stringify(stale()));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: 'The request was refused.' });
    expect(reached()).toBe(0);
    // The same request, fresh, is answered: the timestamp alone was the reason.
    const fresh = await request(app)
      .post('/alexa')
      .send(JSON.stringify(launchEnvelope({ timestamp: new Date().toISOString() })));
    expect(fresh.status).toBe(200);
  });

  it("another skill's id, on time: 400, no detail, and no answer from the skill", async () => {
    const { skill } = countingSkill({ skillId });
    const app = createApp({ isVerifying: true, skill, alexaVerifiers: [new TimestampVerifier()] });
    const response = await request(app)
      .post('/alexa')
      .send(
        JSON.stringify(
          launchEnvelope({
            applicationId: 'amzn1.ask.skill.not-ours',
            timestamp: new Date().toISOString(),
          }),
        ),
      );
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'The request was refused.' });
  });
});
