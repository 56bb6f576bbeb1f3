import type { RequestEnvelope } from 'ask-sdk-model';
import { createSkill } from '../../src/platforms/alexa';
import { heard, invokeChecked } from '../support/alexa';
import { launchEnvelope } from '../support/envelopes';
import { SettingsApiStandIn } from '../support/settingsApi';

/** The Alexa Settings API at the request's apiEndpoint: a zone, a failure, or an answer too slow to wait for. */
const settingsApi = new SettingsApiStandIn({ status: 200, body: '"UTC"' });

beforeAll(() => settingsApi.start());
afterAll(() => settingsApi.stop());
beforeEach(() => {
  settingsApi.paths.length = 0;
});

let devices = 0;

/** "Alexa, open kind recovery" from a new device, at `timestamp`, pointed at the stand-in API. */
function launchAt(timestamp: string, options: { deviceId?: string; hasToken?: boolean } = {}) {
  devices += 1;
  const request = launchEnvelope({ timestamp });
  const system = request.context.System;
  const { apiAccessToken: _token, ...withoutToken } = system;
  return {
    ...request,
    context: {
      ...request.context,
      System: {
        ...(options.hasToken === false ? withoutToken : system),
        apiEndpoint: settingsApi.endpoint,
        device: {
          ...system.device,
          deviceId: options.deviceId ?? `amzn1.ask.device.NIGHT${devices}`,
        },
      },
    },
  } as RequestEnvelope;
}

const skill = createSkill();
const welcomed = async (request: RequestEnvelope) => heard(await invokeChecked(request, skill));
const atNight = /Nights can be (long, and )?the hardest part\. I'm glad/;

describe("the welcome, in the listener's time zone from the Settings API", () => {
  it.each([
    // 15:00 UTC in late November is 02:00 in Sydney and 07:00 in Los Angeles.
    ['Australia/Sydney', '2026-11-28T15:00:00Z', true],
    ['America/Los_Angeles', '2026-11-28T15:00:00Z', false],
    // 04:00 UTC is 23:00 in New York, and 04:00 in London.
    ['America/New_York', '2026-11-28T04:00:00Z', true],
    ['Europe/London', '2026-11-28T04:00:00Z', true],
    // 05:30 UTC is 11:00 in Kolkata.
    ['Asia/Kolkata', '2026-11-28T05:30:00Z', false],
  ])('in %s at %s: late at night is %p', async (zone, timestamp, isNight) => {
    settingsApi.answer = { status: 200, body: JSON.stringify(zone) };
    const speech = await welcomed(launchAt(timestamp));
    expect(atNight.test(speech)).toBe(isNight);
    if (isNight) expect(speech).toMatch(/wind-down to help you rest\?$/);
    expect(settingsApi.paths).toHaveLength(1);
    expect(settingsApi.paths[0]).toMatch(/^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/);
  });

  it('asks once a day for a device, not on every visit', async () => {
    settingsApi.answer = { status: 200, body: '"Australia/Sydney"' };
    const deviceId = 'amzn1.ask.device.CACHED';
    await welcomed(launchAt('2026-11-28T15:00:00Z', { deviceId }));
    const second = await welcomed(launchAt('2026-11-28T15:05:00Z', { deviceId }));
    expect(atNight.test(second)).toBe(true);
    expect(settingsApi.paths).toHaveLength(1);
  });
});

describe('where the time zone cannot be known, the welcome goes by UTC', () => {
  it.each([
    ['the API fails', { status: 500, body: '{"code":"ERROR"}' }],
    ['the API names no zone a clock knows', { status: 200, body: '"Mars/Olympus_Mons"' }],
    ['the API answers with nothing', { status: 200, body: '""' }],
  ])('%s: at 02:00 UTC it is night, at 14:00 UTC it is day', async (_name, failing) => {
    settingsApi.answer = failing;
    expect(await welcomed(launchAt('2026-11-28T02:00:00Z'))).toMatch(atNight);
    expect(await welcomed(launchAt('2026-11-28T14:00:00Z'))).not.toMatch(atNight);
  });

  it('the API too slow: the welcome does not wait for it', async () => {
    settingsApi.answer = { status: 200, body: '"Australia/Sydney"', delayMs: 2000 };
    const started = Date.now();
    const speech = await welcomed(launchAt('2026-11-28T02:00:00Z'));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(speech).toMatch(atNight);
  });

  it('a request with no API token: no call, and UTC', async () => {
    settingsApi.answer = { status: 200, body: '"Australia/Sydney"' };
    expect(await welcomed(launchAt('2026-11-28T14:00:00Z', { hasToken: false }))).not.toMatch(
      atNight,
    );
    expect(settingsApi.paths).toHaveLength(0);
  });
});
