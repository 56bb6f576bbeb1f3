import request from 'supertest';
import { createApp } from '../../src/server/createApp';
import { webhookRequest } from '../support/webhookRequests';

const credentials = {
  mode: 'basicAuth',
  user: 'dialogflow',
  password: 'a long shared secret',
} as const;
const app = createApp({ isVerifying: true, dialogflowAccess: credentials });
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const welcome = webhookRequest('Default Welcome Intent');

describe('POST /dialogflow behind basic auth', () => {
  it('answers the right user and password', async () => {
    const response = await request(app)
      .post('/dialogflow')
      .set('authorization', basic('dialogflow', 'a long shared secret'))
      .send(welcome);
    expect(response.status).toBe(200);
    expect(response.body.fulfillmentText).toMatch(/Kind Recovery/);
  });

  it.each([
    ['no credentials', undefined],
    ['a wrong password', basic('dialogflow', 'guess')],
    ['a wrong user', basic('someone', 'a long shared secret')],
    ['an empty pair', basic('', '')],
    ['not basic auth', 'Bearer abc.def.ghi'],
    ['garbage', 'Basic !!!not-base64!!!'],
  ])('refuses %s with 401 and a challenge', async (_name, authorization) => {
    const call = request(app).post('/dialogflow');
    const response = await (authorization ? call.set('authorization', authorization) : call).send(
      welcome,
    );
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Basic realm="kind-recovery"/);
    expect(response.body).toEqual({ error: 'Authentication is required.' });
  });
});

describe('POST /dialogflow, whatever arrives', () => {
  const authorised = () =>
    request(app)
      .post('/dialogflow')
      .set('authorization', basic('dialogflow', 'a long shared secret'));

  it('refuses a body over 64 KiB with 413', async () => {
    const padded = { ...welcome, padding: 'x'.repeat(70_000) };
    const response = await authorised().send(padded);
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: 'The request is too large.' });
  });

  it.each([
    ['malformed JSON', '{"session": "projects/p/agent/sessions/s", "queryResult": '],
    ['JSON that is not a webhook request', '{"hello": "world"}'],
  ])('answers %s with a short 400', async (_name, body) => {
    const response = await authorised().set('content-type', 'application/json').send(body);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body)).toEqual(['error']);
    expect(JSON.stringify(response.body)).not.toMatch(/at |\.ts|stack/);
  });

  it('answers an unknown intent with the fallback, 200', async () => {
    const response = await authorised().send(
      webhookRequest('Weather Intent', { queryText: 'will it rain' }),
    );
    expect(response.status).toBe(200);
    expect(response.body.fulfillmentText).toMatch(/in danger, call 911/);
  });
});

describe('when the basic-auth pair is not configured', () => {
  it('production refuses the route', async () => {
    const production = createApp({ isVerifying: true, dialogflowAccess: { mode: 'refused' } });
    const response = await request(production).post('/dialogflow').send(welcome);
    expect(response.status).toBe(503);
  });

  it('local development leaves it open', async () => {
    const development = createApp({ isVerifying: false, dialogflowAccess: { mode: 'open' } });
    const response = await request(development).post('/dialogflow').send(welcome);
    expect(response.status).toBe(200);
  });

  it('reads the pair from the environment', async () => {
    process.env.DIALOGFLOW_WEBHOOK_USER = 'u';
    process.env.DIALOGFLOW_WEBHOOK_PASSWORD = 'p';
    try {
      const fromEnvironment = createApp({ isVerifying: true });
      expect((await request(fromEnvironment).post('/dialogflow').send(welcome)).status).toBe(401);
      expect(
        (
          await request(fromEnvironment)
            .post('/dialogflow')
            .set('authorization', basic('u', 'p'))
            .send(welcome)
        ).status,
      ).toBe(200);
    } finally {
      delete process.env.DIALOGFLOW_WEBHOOK_USER;
      delete process.env.DIALOGFLOW_WEBHOOK_PASSWORD;
    }
  });
});
