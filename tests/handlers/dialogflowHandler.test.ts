import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  basicAuthorization,
  httpApiEvent,
  webhookPassword,
  webhookUser,
} from '../support/httpApiEvents';
import { webhookProblems, webhookRequest } from '../support/webhookRequests';

process.env.DIALOGFLOW_WEBHOOK_USER = webhookUser;
process.env.DIALOGFLOW_WEBHOOK_PASSWORD = webhookPassword;
// The handler reads its basic-auth pair once, when the container starts, as Lambda runs it.
let handler: typeof import('../../src/handlers/dialogflow').handler;
beforeAll(async () => {
  ({ handler } = await import('../../src/handlers/dialogflow'));
});

const call = (event: APIGatewayProxyEventV2) =>
  handler(event) as Promise<APIGatewayProxyStructuredResultV2 & { body: string }>;
const welcome = JSON.stringify(webhookRequest('Default Welcome Intent'));
const json = { 'content-type': 'application/json' };

describe('the Dialogflow Lambda handler', () => {
  it('answers a welcome with a valid webhook response', async () => {
    const response = await call(httpApiEvent(welcome));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(response.body);
    expect(body.fulfillmentText).toMatch(/Kind Recovery/);
    expect(await webhookProblems(body)).toEqual([]);
  });

  it('reads a base64-encoded body as API Gateway may send it', async () => {
    const encoded = Buffer.from(welcome).toString('base64');
    const response = await call(
      httpApiEvent(encoded, {
        isBase64Encoded: true,
        headers: { ...json, Authorization: basicAuthorization() },
      }),
    );
    expect(response.statusCode).toBe(200);
  });

  const authorised = { ...json, authorization: basicAuthorization() };
  it.each([
    ['a GET', httpApiEvent(undefined, { method: 'GET', headers: authorised }), 405],
    ['no credentials', httpApiEvent(welcome, { headers: json }), 401],
    [
      'a wrong password',
      httpApiEvent(welcome, {
        headers: { ...json, authorization: basicAuthorization(webhookUser, 'guess') },
      }),
      401,
    ],
    [
      'a form instead of JSON',
      httpApiEvent('a=1', {
        headers: { ...authorised, 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
    ],
    [
      'no content type',
      httpApiEvent(welcome, { headers: { authorization: basicAuthorization() } }),
      415,
    ],
    ['no body', httpApiEvent(undefined, { headers: authorised }), 400],
    ['an empty body', httpApiEvent('', { headers: authorised }), 400],
    ['truncated JSON', httpApiEvent(welcome.slice(0, 40), { headers: authorised }), 400],
    ['JSON that is not a webhook request', httpApiEvent('[1, 2, 3]', { headers: authorised }), 400],
    ['a body over 64 KiB', httpApiEvent(`"${'x'.repeat(70_000)}"`, { headers: authorised }), 413],
    [
      'a base64 body that decodes to nonsense',
      httpApiEvent('%%%%', { headers: authorised, isBase64Encoded: true }),
      400,
    ],
    [
      'an event with no request context or headers',
      { body: welcome } as unknown as APIGatewayProxyEventV2,
      405,
    ],
  ])('refuses %s briefly, with %d', async (_name, event, status) => {
    const response = await call(event);
    expect(response.statusCode).toBe(status);
    const body = JSON.parse(response.body);
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).not.toMatch(/at |\.ts|stack|Error/);
    if (status === 401) expect(response.headers?.['WWW-Authenticate']).toMatch(/^Basic /);
    if (status === 405) expect(response.headers?.Allow).toBe('POST');
  });
});
