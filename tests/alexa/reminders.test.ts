import type { RequestEnvelope } from 'ask-sdk-model';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSkill } from '../../src/platforms/alexa';
import { MemoryStore } from '../../src/storage/memoryStore';
import { userKeyOf } from '../../src/storage/storeFromEnvironment';
import { heard, invokeChecked } from '../support/alexa';
import { envelope, intentEnvelope } from '../support/envelopes';

/** A local HTTP server standing in for the Alexa Reminders and Settings APIs at the request's apiEndpoint. */
interface ReceivedCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

let server: Server;
let apiEndpoint: string;
let calls: ReceivedCall[] = [];
let nextStatus = 201;
/** The device's time zone, as the Settings API tells it: 10:00 UTC on 28 November is midnight on the 29th there. */
const deviceZone = 'Pacific/Kiritimati';

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url?.endsWith('/settings/System.timeZone')) {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(deviceZone));
        return;
      }
      calls.push({
        method: request.method ?? '',
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body: body ? JSON.parse(body) : undefined,
      });
      response.statusCode = request.method === 'DELETE' ? 200 : nextStatus;
      response.setHeader('content-type', 'application/json');
      response.end(
        nextStatus >= 400 && request.method !== 'DELETE'
          ? JSON.stringify({ code: 'ERROR', message: 'Service unavailable' })
          : JSON.stringify({ alertToken: 'reminder-token-1', status: 'ON' }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiEndpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  calls = [];
  nextStatus = 201;
});

const userId = 'amzn1.ask.account.AF3Q7EXAMPLEUSERID';

/** A request pointed at the stand-in API, with or without the reminders permission granted. */
function withApi(request: RequestEnvelope, isGranted: boolean): RequestEnvelope {
  const system = request.context.System;
  return {
    ...request,
    request: { ...request.request, timestamp: '2026-11-28T10:00:00Z' },
    context: {
      ...request.context,
      System: {
        ...system,
        apiEndpoint,
        apiAccessToken: 'api-access-token',
        user: {
          ...system.user,
          ...(isGranted
            ? {
                permissions: {
                  consentToken: 'consent',
                  scopes: { 'alexa::alerts:reminders:skill:readwrite': { status: 'GRANTED' } },
                },
              }
            : {}),
        },
      },
    },
  } as RequestEnvelope;
}

const setReminder = (time: string | undefined, isGranted: boolean) =>
  withApi(intentEnvelope('SetReminderIntent', time ? { time } : { time: undefined }), isGranted);

describe('a daily reminder', () => {
  it('asks for permission by voice when it has none, with the time as the token', async () => {
    const response = await createSkill({ store: new MemoryStore() }).invoke(
      setReminder('20:00', false),
    );
    expect(response.response.directives).toEqual([
      expect.objectContaining({
        type: 'Connections.SendRequest',
        name: 'AskFor',
        token: '20:00',
        payload: expect.objectContaining({
          permissionScopes: [
            { permissionScope: 'alexa::alerts:reminders:skill:readwrite', consentLevel: 'ACCOUNT' },
          ],
        }),
      }),
    ]);
    expect(calls).toEqual([]);
  });

  it('creates a daily reminder at the apiEndpoint once permission is accepted, and confirms it aloud', async () => {
    const store = new MemoryStore();
    const accepted = withApi(
      envelope({
        type: 'Connections.Response',
        name: 'AskFor',
        status: { code: '200', message: 'OK' },
        token: '20:00',
        payload: { status: 'ACCEPTED', permissionScope: 'alexa::alerts:reminders:skill:readwrite' },
      }),
      true,
    );
    const response = await invokeChecked(accepted, createSkill({ store }));
    expect(heard(response)).toMatch(/every day at 8 PM/);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/v1/alerts/reminders',
      authorization: 'Bearer api-access-token',
    });
    expect(calls[0]?.body).toMatchObject({
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'] },
      },
      alertInfo: {
        spokenInfo: { content: [{ locale: 'en-US', text: expect.stringMatching(/kind moment/) }] },
      },
    });
    // The listener's own today, in their own zone: in Kiritimati it is already the 29th.
    expect(calls[0]?.body).toMatchObject({
      trigger: {
        timeZoneId: deviceZone,
        recurrence: { startDateTime: '2026-11-29T20:00:00.000' },
      },
    });
    expect((await store.get(userKeyOf(userId)))?.value).toMatchObject({
      reminder: { time: '20:00', alertToken: 'reminder-token-1' },
    });
  });

  it('creates it straight away when permission was already granted, and cancels it on request', async () => {
    const store = new MemoryStore();
    const skill = createSkill({ store });
    expect(heard(await invokeChecked(setReminder('EV', true), skill))).toMatch(/every day at 7 PM/);
    const cancelled = await invokeChecked(
      withApi(intentEnvelope('CancelReminderIntent'), true),
      skill,
    );
    expect(heard(cancelled)).toMatch(/cancelled your daily reminder/);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /v1/alerts/reminders',
      'DELETE /v1/alerts/reminders/reminder-token-1',
    ]);
    expect((await store.get(userKeyOf(userId)))?.value).not.toHaveProperty('reminder');
  });

  it('replaces an earlier reminder rather than leaving it to fire, and removes it when the listener is forgotten', async () => {
    const store = new MemoryStore();
    const skill = createSkill({ store });
    await invokeChecked(setReminder('20:00', true), skill);
    await invokeChecked(setReminder('07:30', true), skill);
    const forgetting = await invokeChecked(withApi(intentEnvelope('ForgetMeIntent'), true), skill);
    await invokeChecked(
      withApi(
        intentEnvelope('AMAZON.YesIntent', {}, { attributes: forgetting.sessionAttributes }),
        true,
      ),
      skill,
    );
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /v1/alerts/reminders',
      'DELETE /v1/alerts/reminders/reminder-token-1',
      'POST /v1/alerts/reminders',
      'DELETE /v1/alerts/reminders/reminder-token-1',
    ]);
    expect(await store.get(userKeyOf(userId))).toBeUndefined();
  });

  it('meets a refusal kindly, with a card to grant permission later', async () => {
    const denied = withApi(
      envelope({
        type: 'Connections.Response',
        name: 'AskFor',
        status: { code: '200', message: 'OK' },
        token: '20:00',
        payload: { status: 'DENIED' },
      }),
      false,
    );
    const response = await invokeChecked(denied, createSkill({ store: new MemoryStore() }));
    expect(heard(response)).toMatch(/That's alright/);
    expect(response.response.card).toMatchObject({
      type: 'AskForPermissionsConsent',
      permissions: ['alexa::alerts:reminders:skill:readwrite'],
    });
    expect(calls).toEqual([]);
  });

  it.each([
    [500, /couldn't reach the reminders service/],
    [403, /this device can't keep reminders/],
  ])('answers an API error %i kindly', async (status, expected) => {
    nextStatus = status;
    const response = await invokeChecked(
      setReminder('08:00', true),
      createSkill({ store: new MemoryStore() }),
    );
    expect(heard(response)).toMatch(expected);
  });

  it('asks what time, when none was heard', async () => {
    const response = await invokeChecked(
      setReminder(undefined, true),
      createSkill({ store: new MemoryStore() }),
    );
    expect(heard(response)).toMatch(/What time each day would you like it\?$/);
  });

  it('says so kindly when there is no reminder to cancel', async () => {
    const response = await invokeChecked(
      withApi(intentEnvelope('CancelReminderIntent'), true),
      createSkill({ store: new MemoryStore() }),
    );
    expect(heard(response)).toMatch(/don't have a reminder/);
    expect(calls).toEqual([]);
  });
});
