import { answerWebhook } from '../../src/platforms/dialogflow';
import { toPlainText } from '../../src/speech';
import { answerChecked, nextContexts, session, webhookRequest } from '../support/webhookRequests';
import type { OutputContext, WebhookResponse } from '../../src/platforms/dialogflow/webhookTypes';

const telephonySsml = (response: WebhookResponse) =>
  response.fulfillmentMessages.flatMap((message) =>
    'telephonySynthesizeSpeech' in message ? [message.telephonySynthesizeSpeech.ssml] : [],
  )[0] ?? '';

/** Plays a conversation through the webhook, carrying contexts as Dialogflow does. */
async function talk(
  ...turns: Array<[string, { queryText?: string; parameters?: Record<string, unknown> }?]>
) {
  let contexts: OutputContext[] = [];
  const responses: WebhookResponse[] = [];
  for (const [displayName, options] of turns) {
    const response = await answerChecked(webhookRequest(displayName, { ...options, contexts }));
    contexts = nextContexts(contexts, response);
    responses.push(response);
  }
  return { responses, contexts, last: responses[responses.length - 1] as WebhookResponse };
}

describe('the welcome', () => {
  it('answers the WELCOME event with the first-time welcome, as text and as telephony SSML', async () => {
    const { last } = await talk(['Default Welcome Intent', { queryText: 'WELCOME' }]);
    expect(last.fulfillmentText).toMatch(/wellness companion, not medical care/);
    expect(telephonySsml(last)).toMatch(/^<speak>.*<break time='500ms'\/>.*<\/speak>$/);
    expect(last.endInteraction).toBeUndefined();
    expect(last.outputContexts?.[0]).toMatchObject({
      name: `${session}/contexts/kind-recovery-state`,
      lifespanCount: 50,
    });
  });
});

describe('state in one output context', () => {
  it('carries a breathing practice across turns: a number said after it changes its length', async () => {
    const { responses } = await talk(
      ['Default Welcome Intent'],
      [
        'breathe',
        { queryText: 'help me breathe with box breathing', parameters: { pattern: 'box' } },
      ],
      ['choose-number', { queryText: 'nine', parameters: { rounds: 9 } }],
    );
    expect(responses[1]?.fulfillmentText.match(/Breathe in\./g)).toHaveLength(4);
    expect(responses[2]?.fulfillmentText).toMatch(/^Nine rounds of box breathing\./);
    expect(responses[2]?.fulfillmentText.match(/Breathe in\./g)).toHaveLength(9);
  });

  it('is rewritten only when it changes', async () => {
    const { responses } = await talk(
      ['Default Welcome Intent'],
      ['affirmation'],
      ['repeat', { queryText: 'say that again' }],
    );
    expect(responses[1]?.outputContexts).toHaveLength(1);
    expect(responses[2]?.outputContexts).toBeUndefined();
  });

  it('is cleared, and the interaction ended, after the goodbye', async () => {
    const { last, contexts } = await talk(
      ['Default Welcome Intent'],
      ['stop', { queryText: 'stop' }],
    );
    expect(last.endInteraction).toBe(true);
    expect(last.outputContexts).toEqual([
      { name: `${session}/contexts/kind-recovery-state`, lifespanCount: 0 },
    ]);
    expect(contexts).toEqual([]);
  });
});

describe('the words themselves are screened on every turn', () => {
  it('even when they arrive with the welcome', async () => {
    const response = await answerChecked(
      webhookRequest('Default Welcome Intent', { queryText: 'hi, I want to kill myself' }),
    );
    expect(response.fulfillmentText).toMatch(/call 911 now/);
  });

  it('not the WELCOME event name', async () => {
    const response = await answerChecked(
      webhookRequest('Default Welcome Intent', { queryText: 'WELCOME' }),
    );
    expect(response.fulfillmentText).toMatch(/Welcome to Kind Recovery|welcome to Kind Recovery/);
  });

  it.each([
    ['yes', 'yes and I took too many pills'],
    ['breathe', "I can't breathe and my chest hurts"],
  ])('%s with "%s" gets the emergency number first', async (displayName, queryText) => {
    const { last } = await talk(['Default Welcome Intent'], [displayName, { queryText }]);
    expect(last.fulfillmentText).toMatch(/^Call 911 now\./);
    expect(last.fulfillmentText).not.toMatch(/988/);
    expect(
      last.fulfillmentMessages.some(
        (message) => 'text' in message && message.text.text[0]?.startsWith('Call for help now'),
      ),
    ).toBe(true);
  });

  it.each([
    ['Default Fallback Intent', 'I want to end my life'],
    ['choose-number', 'five but honestly I want to kill myself'],
  ])('%s with "%s" gets the crisis answer', async (displayName, queryText) => {
    const { last } = await talk(['Default Welcome Intent'], [displayName, { queryText }]);
    expect(last.fulfillmentText).toMatch(/call 911 now/);
    expect(
      last.fulfillmentMessages.some(
        (message) => 'text' in message && message.text.text[0]?.startsWith('Help is available now'),
      ),
    ).toBe(true);
  });

  it.each([
    ['Default Fallback Intent', "I don't see the point in going on"],
    ['choose-number', 'five but honestly everyone would be better off without me'],
  ])(
    '%s with "%s" gets the crisis answer or the direct question',
    async (displayName, queryText) => {
      const { last } = await talk(['Default Welcome Intent'], [displayName, { queryText }]);
      expect(last.fulfillmentText).toMatch(
        /call 911 now|Are you having thoughts of ending your life\?/,
      );
    },
  );

  it('a medication question gets the prescriber, never a dose', async () => {
    const { last } = await talk(
      ['Default Welcome Intent'],
      ['Default Fallback Intent', { queryText: 'how many milligrams should I drop each week' }],
    );
    expect(last.fulfillmentText).toMatch(/prescriber or pharmacist/);
    expect(last.fulfillmentText).not.toMatch(/\d/);
  });
});

describe('locales', () => {
  it.each([
    ['en-gb', {}, '999'],
    ['en-au', {}, 'triple zero'],
    ['en', { telephony: { caller_id: '+441632960123' } }, '999'],
    ['en', { telephony: { caller_id: '+61 491 570 156' } }, 'triple zero'],
    ['en', { telephony: { caller_id: '+353 85 123 4567' } }, '116 123'],
    ['en', { telephony: { caller_id: '+64 21 123 4567' } }, '1737'],
    ['en', {}, 'local emergency number'],
  ])('language %s with %j hears %s', async (languageCode, payload, expected) => {
    delete process.env.DIALOGFLOW_DEFAULT_LOCALE;
    const response = await answerChecked(
      webhookRequest('crisis', { languageCode, payload, queryText: 'I need help' }),
    );
    expect(response.fulfillmentText).toContain(expected);
  });
});

it('plain English takes the locale the agent serves, when it is configured', async () => {
  process.env.DIALOGFLOW_DEFAULT_LOCALE = 'en-IN';
  try {
    const response = await answerChecked(
      webhookRequest('crisis', { languageCode: 'en', queryText: 'I need help' }),
    );
    expect(response.fulfillmentText).toContain('14416');
  } finally {
    delete process.env.DIALOGFLOW_DEFAULT_LOCALE;
  }
});

describe('requests that are not Dialogflow webhook requests', () => {
  it.each([
    ['nothing', undefined],
    ['an array', []],
    ['a string', 'hello'],
    ['no session', { queryResult: {} }],
    ['a session that is not a path', { session: 'hello', queryResult: {} }],
    ['no queryResult', { session }],
    ['queryText that is not text', { session, queryResult: { queryText: 42 } }],
    ['outputContexts without names', { session, queryResult: { outputContexts: [{}] } }],
    ['parameters that are a list', { session, queryResult: { parameters: [] } }],
    ['a responseId that is not text', { session, responseId: ['x'], queryResult: {} }],
  ])('%s gets a 400 with a short error', (_name, body) => {
    const result = answerWebhook(body);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      error: expect.stringMatching(/^The .{5,80}\.$/),
    });
  });

  it('an intent it does not know gets the gentle fallback', async () => {
    const response = await answerChecked(
      webhookRequest('Some Intent From Elsewhere', { queryText: 'what is the weather' }),
    );
    expect(response.fulfillmentText).toMatch(/in danger, call 911/);
  });

  it('a state context from elsewhere starts a fresh conversation', async () => {
    const contexts = [
      {
        name: `${session}/contexts/kind-recovery-state`,
        lifespanCount: 5,
        parameters: { state: 'tampered' },
      },
    ];
    const response = await answerChecked(webhookRequest('yes', { contexts }));
    expect(response.fulfillmentText).toMatch(/Which would you like/);
  });
});

it('plain text keeps pauses out and numbers readable', async () => {
  const response = await answerChecked(webhookRequest('crisis'));
  expect(response.fulfillmentText).not.toMatch(/\[pause/);
  expect(toPlainText([{ type: 'digits', digits: '911' }])).toBe('911');
});

describe('after a crisis answer on the US phone line', () => {
  const crisis: [string, { queryText: string }] = [
    'crisis',
    { queryText: 'I want to end my life' },
  ];

  it('offers to put the call through, and "yes" hands it to the Lifeline, valid against the v2beta1 protos', async () => {
    const { responses, last } = await talk(
      ['Default Welcome Intent', { queryText: 'WELCOME' }],
      crisis,
      ['yes', { queryText: 'yes please' }],
    );
    expect(responses[1]?.fulfillmentText).toMatch(/Shall I put you through to them now\?$/);
    expect(last.fulfillmentMessages).toContainEqual({
      platform: 'TELEPHONY',
      telephonyTransferCall: { phoneNumber: '+18002738255' },
    });
    expect(last.endInteraction).toBeUndefined();
    expect(telephonySsml(last)).toMatch(/Putting you through/);
  });

  it('never hangs up: "no", and "no" again, leave the line open with the number', async () => {
    const { responses } = await talk(
      ['Default Welcome Intent', { queryText: 'WELCOME' }],
      crisis,
      ['no', { queryText: 'no' }],
      ['no', { queryText: 'no thanks' }],
    );
    for (const response of responses.slice(1)) expect(response.endInteraction).toBeUndefined();
    expect(responses[3]?.fulfillmentText).toMatch(/I'm still here with you\. The number is 988/);
  });

  it('ends when the caller says goodbye, with the number last', async () => {
    const { last } = await talk(['Default Welcome Intent', { queryText: 'WELCOME' }], crisis, [
      'stop',
      { queryText: 'goodbye' },
    ]);
    expect(last.endInteraction).toBe(true);
    expect(last.fulfillmentText).toMatch(/988, call or text, any time\.$/);
  });

  it('is not offered in a chat window, which has no call to put through', async () => {
    const response = await answerChecked(
      webhookRequest('crisis', {
        queryText: 'I want to end my life',
        source: 'DIALOGFLOW_CONSOLE',
      }),
    );
    expect(response.fulfillmentText).toMatch(/Would you like me to say them again\?$/);
    expect(JSON.stringify(response)).not.toMatch(/telephonyTransferCall/);
  });
});
