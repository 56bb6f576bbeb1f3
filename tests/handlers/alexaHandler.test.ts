import type { Context } from 'aws-lambda';
import { heard } from '../support/alexa';
import { intentEnvelope, launchEnvelope, skillId } from '../support/envelopes';

process.env.ALEXA_SKILL_ID = skillId;
// The skill is built once, when the container starts, as Lambda runs it.
let handler: typeof import('../../src/handlers/alexa').handler;
beforeAll(async () => {
  ({ handler } = await import('../../src/handlers/alexa'));
});

const context = {} as Context;

describe('the Alexa Lambda handler', () => {
  it('welcomes and guides a breath', async () => {
    expect(heard(await handler(launchEnvelope(), context))).toMatch(/Kind Recovery/);
    expect(heard(await handler(intentEnvelope('BreatheIntent'), context))).toMatch(/breath/i);
  });

  it.each([
    ['another skill', launchEnvelope({ applicationId: 'amzn1.ask.skill.someone-else' })],
    ['nothing', undefined],
    ['a string', 'LaunchRequest'],
    ['an array', [launchEnvelope()]],
    ['an envelope with no request', { ...launchEnvelope(), request: undefined }],
    ['a request with no type', { ...launchEnvelope(), request: { locale: 'en-US' } }],
    [
      'an envelope with neither context nor session',
      { version: '1.0', request: { type: 'LaunchRequest' } },
    ],
  ])('refuses %s with a short message and no detail', async (_name, event) => {
    await expect(handler(event, context)).rejects.toThrow(/^The request was refused\.$/);
  });
});
