import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import request from 'supertest';
import { recordedWebhookVisit } from '../../scripts/bench/conversation';
import type { WebhookRequest } from '../../src/platforms/dialogflow';
import { answerBody } from '../../src/platforms/dialogflow';
import { createApp } from '../../src/server/createApp';
import { webhookResponseProblems } from '../support/dialogflowProto';
import {
  basicAuthorization,
  httpApiEvent,
  webhookPassword,
  webhookUser,
} from '../support/httpApiEvents';
import { brief, hostileBodies, mutatedFrom, oddValue } from '../support/mutations';
import { webhookRequest } from '../support/webhookRequests';

/**
 * Thousands of hostile Dialogflow webhook requests, made from real ones: every answer is a response that passes
 * Dialogflow's own WebhookResponse message, or a 4xx with one short error; never a 5xx or a stack trace.
 */
jest.setTimeout(120_000);

let seeds: WebhookRequest[];

beforeAll(async () => {
  seeds = [
    ...(await recordedWebhookVisit()),
    webhookRequest('Crisis Intent', { queryText: 'I need help', languageCode: 'en-gb' }),
    webhookRequest('Default Fallback Intent', { queryText: 'purple monkey dishwasher' }),
    webhookRequest('Learn Intent', {
      queryText: 'teach me about mindfulness',
      parameters: { topic: 'mindfulness' },
      source: 'GOOGLE_TELEPHONY',
      payload: { telephony: { caller_id: '+447700900123' } },
    }),
  ];
});

const KiB = 1024;
const shortErrors = new Set([400, 405, 413, 415]);
const withUnauthenticated = new Set([...shortErrors, 401]);

function answerIsSound(status: number, body: unknown, refusals = shortErrors): void {
  if (status === 200) {
    expect(webhookResponseProblems(body)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThan(64 * KiB);
    return;
  }
  if (!refusals.has(status)) throw new Error(`status ${status}: ${brief(body)}`);
  expect(Object.keys(body as object)).toEqual(['error']);
  expect((body as { error: string }).error).toMatch(/^[A-Z][^\n]{0,80}\.$/);
}

describe('hostile Dialogflow webhook requests', () => {
  it('through the webhook rules (3,000 cases): a valid response, or a short 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBodies(seeds), async (body) => {
        const answer = answerBody(body);
        answerIsSound(answer.status, answer.body);
      }),
      { numRuns: 3000 },
    );
  });

  it('over HTTP behind basic auth (1,000 cases): never a 5xx', async () => {
    const app = createApp({
      isVerifying: true,
      dialogflowAccess: { mode: 'basicAuth', user: webhookUser, password: webhookPassword },
    });
    await fc.assert(
      fc.asyncProperty(hostileBodies(seeds), async (body) => {
        const response = await request(app)
          .post('/dialogflow')
          .set('authorization', basicAuthorization())
          .set('content-type', 'application/json')
          .send(body);
        answerIsSound(response.status, response.body);
      }),
      { numRuns: 1000 },
    );
  });

  it('through the Lambda handler, the event itself mangled too (1,000 cases): never a 5xx', async () => {
    process.env.DIALOGFLOW_WEBHOOK_USER = webhookUser;
    process.env.DIALOGFLOW_WEBHOOK_PASSWORD = webhookPassword;
    const { handler } = await import('../../src/handlers/dialogflow');
    const events = fc.oneof(
      hostileBodies(seeds).map((body) => httpApiEvent(body)),
      fc.tuple(hostileBodies(seeds), fc.boolean()).map(([body, isBase64Encoded]) =>
        httpApiEvent(isBase64Encoded ? Buffer.from(body).toString('base64') : body, {
          isBase64Encoded,
        }),
      ),
      mutatedFrom([httpApiEvent(JSON.stringify(seeds[0]))]),
      oddValue,
    );
    await fc.assert(
      fc.asyncProperty(events, async (event) => {
        const result = (await handler(
          event as APIGatewayProxyEventV2,
        )) as APIGatewayProxyStructuredResultV2 & { body: string };
        // A mangled event may have lost its credentials: 401 is a sound answer here too.
        answerIsSound(result.statusCode ?? 0, JSON.parse(result.body), withUnauthenticated);
      }),
      { numRuns: 1000 },
    );
  });
});
