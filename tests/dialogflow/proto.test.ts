import { webhookResponseProblems } from '../support/dialogflowProto';

describe("the strict check against Dialogflow's WebhookResponse proto", () => {
  it('accepts a well-formed response', () => {
    expect(
      webhookResponseProblems({
        fulfillmentText: 'Hello.',
        fulfillmentMessages: [
          { text: { text: ['Hello.'] } },
          { platform: 'TELEPHONY', telephonySynthesizeSpeech: { ssml: '<speak>Hello.</speak>' } },
        ],
        outputContexts: [
          {
            name: 'projects/p/agent/sessions/s/contexts/c',
            lifespanCount: 5,
            parameters: { state: { a: [1] } },
          },
        ],
        endInteraction: true,
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'an unknown field',
      { fulfillmentText: 'x', shouldEndSession: true },
      /no field "shouldEndSession"/,
    ],
    [
      'a wrong enum',
      { fulfillmentMessages: [{ platform: 'ALEXA', text: { text: ['x'] } }] },
      /not a Platform/,
    ],
    ['a wrong type', { endInteraction: 'yes' }, /expected bool/],
    [
      'a list that is not a list',
      { fulfillmentMessages: { text: { text: ['x'] } } },
      /expected a list/,
    ],
    [
      'two messages in one',
      {
        fulfillmentMessages: [{ text: { text: ['x'] }, simpleResponses: { simpleResponses: [] } }],
      },
      /more than one/,
    ],
    [
      'a lifespan that is not a whole number',
      { outputContexts: [{ name: 'n', lifespanCount: 1.5 }] },
      /expected int32/,
    ],
  ])('rejects %s', (_name, response, expected) => {
    expect(webhookResponseProblems(response).join('\n')).toMatch(expected);
  });
});
