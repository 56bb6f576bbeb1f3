import type { RequestEnvelope } from 'ask-sdk-model';
import type { AlexaApis } from '../../src/chat/alexaApis';
import { startAlexaApis } from '../../src/chat/alexaApis';
import { middayToday, newSession } from '../../src/chat/alexaRequests';
import { Conversation } from '../../src/chat/conversation';
import { describeApiCall, describeScreen } from '../../src/chat/deviceView';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { en } from '../../src/content/en';
import type { BreathingVisual } from '../../src/core/reply';
import { createSkill } from '../../src/platforms/alexa';
import { breathingDocument } from '../../src/platforms/alexa/apl/breathingDocument';
import { textDocument } from '../../src/platforms/alexa/apl/textDocument';
import { generatedModel, invokeChecked } from '../support/alexa';

const remindersScope = 'alexa::alerts:reminders:skill:readwrite';

let apis: AlexaApis;
beforeAll(async () => {
  apis = await startAlexaApis();
});
afterAll(() => apis.close());

/** A conversation with the real skill, its apiEndpoint at the chat's stand-in, and every request kept. */
function conversationWithApis(options: { hasScreen?: boolean } = {}) {
  const skill = createSkill();
  const requests: RequestEnvelope[] = [];
  const session = newSession({ ...options, clock: middayToday, apiEndpoint: apis.endpoint });
  const conversation = new Conversation(
    session,
    (request) => {
      requests.push(request);
      return invokeChecked(request, skill);
    },
    new UtteranceResolver(generatedModel()),
    apis,
  );
  return { conversation, requests, last: () => requests[requests.length - 1] };
}

describe("Alexa's permission question for a reminder", () => {
  it('is shown in plain words, and the session waits on the answer rather than ending', async () => {
    const { conversation } = conversationWithApis();
    await conversation.open();
    const asked = await conversation.say('remind me every day at 8 pm');
    expect(asked.asks).toBe('Alexa asks for permission to set reminders.');
    expect(asked.isSessionOver).toBe(false);
    expect(conversation.isAskingPermission).toBe(true);
  });

  it('granted: the skill receives the Connections.Response Alexa sends, then creates the reminder shown', async () => {
    const { conversation, last } = await (async () => {
      const flow = conversationWithApis();
      await flow.conversation.open();
      await flow.conversation.say('remind me every day at 8 pm');
      return flow;
    })();
    const granted = await conversation.say('yes');
    expect(last()?.request).toMatchObject({
      type: 'Connections.Response',
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      token: '20:00',
      payload: { status: 'ACCEPTED', permissionScope: remindersScope },
    });
    expect(last()?.session?.new).toBe(false);
    expect(last()?.context.System.user.permissions?.scopes?.[remindersScope]?.status).toBe(
      'GRANTED',
    );
    expect(last()?.context.System.apiEndpoint).toBe(apis.endpoint);
    expect(granted.speech).toMatch(/every day at 8 PM/);
    expect(granted.notes).toEqual([
      `A daily reminder is set for 20:00: "${en.reminders.reminderText}"`,
    ]);
  });

  it('granted once, it is not asked again', async () => {
    const { conversation } = conversationWithApis();
    await conversation.open();
    await conversation.say('remind me every day at 8 pm');
    await conversation.answerPermission('ACCEPTED');
    const again = await conversation.say('remind me every day at 7 am');
    expect(again.asks).toBeUndefined();
    expect(again.notes).toContainEqual(
      expect.stringMatching(/^A daily reminder is set for 07:00: /),
    );
  });

  it.each([
    ['no', 'DENIED'],
    ['', 'NOT_ANSWERED'],
    ['what is this', 'NOT_ANSWERED'],
  ])(
    'answered "%s": the skill hears %s, with no permission, and answers kindly',
    async (words, status) => {
      const { conversation, last } = conversationWithApis();
      await conversation.open();
      await conversation.say('remind me every day at 8 pm');
      const refused = await conversation.say(words);
      expect(last()?.request).toMatchObject({ type: 'Connections.Response', payload: { status } });
      expect(last()?.context.System.user.permissions).toBeUndefined();
      expect(refused.speech).toMatch(/^That's alright\./);
      expect(refused.card).toBe('In the Alexa app: a request for permission to set reminders.');
      expect(refused.notes).toBeUndefined();
    },
  );
});

describe('what a screen shows', () => {
  const visual = (phases: BreathingVisual['phases']): BreathingVisual => ({
    kind: 'breathing',
    title: 'a pattern',
    phases,
    leadInSeconds: 6.4,
    firstRound: 1,
    rounds: 4,
    totalRounds: 4,
  });

  it.each([
    [
      '4-7-8',
      [
        { phase: 'breatheIn', seconds: 4 },
        { phase: 'holdIn', seconds: 7 },
        { phase: 'breatheOut', seconds: 8 },
      ],
      'circle: grow 4 s, hold 7 s, shrink 8 s, × 4 (starting after 6.4 s)',
    ],
    [
      'cyclic sighing',
      [
        { phase: 'breatheIn', seconds: 2.5 },
        { phase: 'topUp', seconds: 1 },
        { phase: 'breatheOut', seconds: 6 },
      ],
      'circle: grow 2.5 s, grow 1 s, shrink 6 s, × 4 (starting after 6.4 s)',
    ],
  ] as const)('the circle of %s, from the APL commands', (_name, phases, circle) => {
    expect(describeScreen(breathingDocument(visual(phases)))).toEqual([
      'a pattern · Rounds 1 to 4 of 4',
      circle,
    ]);
  });

  it("a practice's words, line by line", () => {
    expect(
      describeScreen(textDocument({ kind: 'text', title: 'Title', text: 'One.\nTwo.' })),
    ).toEqual(['Title', 'One.', 'Two.']);
  });

  it('is shown only on a device with a screen', async () => {
    const withScreen = conversationWithApis({ hasScreen: true }).conversation;
    const without = conversationWithApis().conversation;
    await withScreen.open();
    await without.open();
    expect((await withScreen.say('an affirmation')).screen?.[0]).toBe('Affirmation');
    expect((await without.say('an affirmation')).screen).toBeUndefined();
  });
});

it('a reminder the skill posts reads as the listener would find it', () => {
  const body = {
    requestTime: '2026-11-28T10:00:00.000',
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'Europe/London',
      recurrence: {
        startDateTime: '2026-11-28T07:30:00.000',
        recurrenceRules: ['FREQ=DAILY;BYHOUR=7;BYMINUTE=30;BYSECOND=0;INTERVAL=1;'],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale: 'en-GB', text: 'Time for a kind moment.' }] } },
    pushNotification: { status: 'ENABLED' },
  };
  expect(describeApiCall({ method: 'POST', path: '/v1/alerts/reminders', body })).toBe(
    'A daily reminder is set for 07:30: "Time for a kind moment."',
  );
  expect(
    describeApiCall({ method: 'DELETE', path: '/v1/alerts/reminders/token-1', body: undefined }),
  ).toBe('The reminder token-1 is deleted.');
  expect(
    describeApiCall({
      method: 'GET',
      path: '/v2/devices/x/settings/System.timeZone',
      body: undefined,
    }),
  ).toBeUndefined();
});
