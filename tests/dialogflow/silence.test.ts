import { en } from '../../src/content/en';
import type { OutputContext, WebhookResponse } from '../../src/platforms/dialogflow/webhookTypes';
import { answerChecked, nextContexts, webhookRequest } from '../support/webhookRequests';

type Said = [string, { queryText?: string; languageCode?: string }?];

/** Plays a phone call through the webhook, each response checked against the proto, contexts carried. */
async function call(...turns: Said[]): Promise<WebhookResponse[]> {
  let contexts: OutputContext[] = [];
  const responses: WebhookResponse[] = [];
  for (const [displayName, options] of turns) {
    const response = await answerChecked(webhookRequest(displayName, { ...options, contexts }));
    contexts = nextContexts(contexts, response);
    responses.push(response);
  }
  return responses;
}

const welcome: Said = ['Default Welcome Intent', { queryText: 'WELCOME' }];
/** The phone gateway's no-input event, as the agent's no-input intent receives it. */
const silence: Said = ['no-input', { queryText: 'TELEPHONY_NO_INPUT' }];

describe('silence on the phone line', () => {
  it('is met first with the waiting question again, gently, then with a kind close', async () => {
    const [asked, first, second] = await call(welcome, silence, silence);
    expect(asked?.fulfillmentText).toMatch(/Would you like .*\?$/);
    expect(first?.fulfillmentText).toMatch(/^(I'm still here|No hurry)\./);
    expect(first?.fulfillmentText).toContain(en.whatNext.reprompt);
    expect(first?.endInteraction).toBeUndefined();
    expect(second?.fulfillmentText).toMatch(/goodbye|let you go/i);
    expect(second?.endInteraction).toBe(true);
  });

  it('says the question that is waiting, not a fallback: a no-input is not a miss', async () => {
    const [, offered, first] = await call(
      welcome,
      ['affirmation', { queryText: 'say something kind' }],
      silence,
    );
    expect(offered?.fulfillmentText).toMatch(/\?$/);
    expect(first?.fulfillmentText).not.toMatch(/missed that|didn't quite catch/);
    expect(first?.fulfillmentText).not.toMatch(/in danger, call/);
  });

  it('counts silences in a row only: words between them start the count again', async () => {
    const responses = await call(
      welcome,
      silence,
      ['affirmation', { queryText: 'an affirmation please' }],
      silence,
    );
    expect(responses.map((response) => response.endInteraction)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    ['the NO_INPUT event of other gateways', 'Default Fallback Intent', 'NO_INPUT'],
    ['the fallback with no words at all', 'Default Fallback Intent', ''],
  ])('is heard in %s', async (_name, displayName, queryText) => {
    const [, first] = await call(welcome, [displayName, { queryText }]);
    expect(first?.fulfillmentText).toMatch(/^(I'm still here|No hurry)\./);
  });

  describe('after a crisis answer', () => {
    const crisis: Said = ['crisis', { queryText: 'I want to end my life' }];

    it('never hangs up: each silence says the number again, and the call stays open', async () => {
      const [, , ...silences] = await call(welcome, crisis, silence, silence, silence, silence);
      expect(silences).toHaveLength(4);
      silences.forEach((answer) => {
        expect(answer?.fulfillmentText).toMatch(/988/);
        expect(answer?.endInteraction).toBeUndefined();
      });
    });

    it('in another country, with its own number last', async () => {
      const gb: Said[] = [
        ['Default Welcome Intent', { queryText: 'WELCOME', languageCode: 'en-gb' }],
        ['crisis', { queryText: 'I want to end my life', languageCode: 'en-gb' }],
        ['no-input', { queryText: 'TELEPHONY_NO_INPUT', languageCode: 'en-gb' }],
        ['no-input', { queryText: 'TELEPHONY_NO_INPUT', languageCode: 'en-gb' }],
      ];
      const responses = await call(...gb);
      expect(responses[2]?.fulfillmentText).toMatch(/116 123/);
      expect(responses[3]?.fulfillmentText).toMatch(/116 123/);
      expect(responses[3]?.endInteraction).toBeUndefined();
    });

    it('a medical emergency stays on the emergency number, with no crisis line', async () => {
      const [, , first, second] = await call(
        welcome,
        ['medical-emergency', { queryText: 'I took too many pills' }],
        silence,
        silence,
      );
      expect(first?.fulfillmentText).toMatch(/911/);
      expect(second?.fulfillmentText).toMatch(/911/);
      expect(`${first?.fulfillmentText} ${second?.fulfillmentText}`).not.toMatch(/988/);
      expect(second?.endInteraction).toBeUndefined();
    });
  });
});
