import type { RequestEnvelope } from 'ask-sdk-model';
import { newProfile } from '../../src/core';
import { createSkill } from '../../src/platforms/alexa';
import { MemoryStore } from '../../src/storage/memoryStore';
import { userKeyOf } from '../../src/storage/storeFromEnvironment';
import { heard, invokeChecked } from '../support/alexa';
import { intentEnvelope, launchEnvelope } from '../support/envelopes';
import { SettingsApiStandIn } from '../support/settingsApi';

/** The Alexa Settings API, answering with the device's time zone. */
const losAngeles = { status: 200, body: '"America/Los_Angeles"' };
const settingsApi = new SettingsApiStandIn(losAngeles);

beforeAll(() => settingsApi.start());
afterAll(() => settingsApi.stop());
beforeEach(() => {
  settingsApi.answer = losAngeles;
});

const userId = 'amzn1.ask.account.AF3Q7EXAMPLEUSERID';
let devices = 0;

/** A request from a device not seen before in this process, at `timestamp`, pointed at the stand-in API. */
function fromNewDevice(request: RequestEnvelope, timestamp: string): RequestEnvelope {
  devices += 1;
  const system = request.context.System;
  return {
    ...request,
    request: { ...request.request, timestamp },
    context: {
      ...request.context,
      System: {
        ...system,
        apiEndpoint: settingsApi.endpoint,
        device: { ...system.device, deviceId: `amzn1.ask.device.LOCAL${devices}` },
      },
    },
  } as RequestEnvelope;
}

const stored = async (store: MemoryStore<unknown>) =>
  (await store.get(userKeyOf(userId)))?.value as Record<string, unknown> | undefined;

describe("the listener's own day", () => {
  it('counts a practice at 6 pm in California on that day, not on the UTC tomorrow', async () => {
    const store = new MemoryStore();
    // 02:00 UTC on 29 November is 18:00 on 28 November in Los Angeles.
    await invokeChecked(
      fromNewDevice(intentEnvelope('AffirmationIntent'), '2026-11-29T02:00:00Z'),
      createSkill({ store }),
    );
    expect(await stored(store)).toMatchObject({
      practiceDays: ['2026-11-28'],
      timeZone: 'America/Los_Angeles',
    });
  });

  it.each([
    // A practice at 23:30 and another at 00:30 local are two days, though both fall on one UTC day.
    ['Asia/Kolkata', '2026-11-28T18:00:00Z', '2026-11-28T19:00:00Z', ['2026-11-28', '2026-11-29']],
    // A practice at 16:00 and at 20:00 local are one day, though UTC has moved on to the next.
    ['America/New_York', '2026-11-28T21:00:00Z', '2026-11-29T01:00:00Z', ['2026-11-28']],
  ])('in %s, practices at %s and %s fall on %p', async (zone, first, second, days) => {
    settingsApi.answer = { status: 200, body: JSON.stringify(zone) };
    const store = new MemoryStore();
    const skill = createSkill({ store });
    await invokeChecked(fromNewDevice(intentEnvelope('AffirmationIntent'), first), skill);
    await invokeChecked(fromNewDevice(intentEnvelope('AffirmationIntent'), second), skill);
    expect((await stored(store))?.practiceDays).toEqual(days);
  });

  it('says "this week" in local days', async () => {
    const store = new MemoryStore();
    await store.put(
      userKeyOf(userId),
      {
        ...newProfile('2026-11-01'),
        practiceDays: ['2026-11-21', '2026-11-28'],
        timeZone: 'America/Los_Angeles',
      },
      undefined,
    );
    // 05:00 UTC on 28 November is the evening of the 27th in Los Angeles: the 21st is within the week.
    const response = await invokeChecked(
      fromNewDevice(intentEnvelope('ProgressIntent'), '2026-11-28T05:00:00Z'),
      createSkill({ store }),
    );
    expect(heard(response)).toMatch(/on one day this week, and two days in all/);
  });
});

describe('the time zone kept in the profile', () => {
  it('is used by a fresh device when the Settings API fails, so the night is still known', async () => {
    const store = new MemoryStore();
    const skill = createSkill({ store });
    // First visit: the API says Sydney, and the profile keeps it.
    settingsApi.answer = { status: 200, body: '"Australia/Sydney"' };
    await invokeChecked(fromNewDevice(launchEnvelope(), '2026-11-28T04:00:00Z'), skill);
    expect((await stored(store))?.timeZone).toBe('Australia/Sydney');
    // Later the API fails; 15:00 UTC is 02:00 in Sydney, and the welcome knows it is night.
    settingsApi.answer = { status: 500, body: '{"code":"ERROR"}' };
    const night = await invokeChecked(
      fromNewDevice(launchEnvelope(), '2026-11-28T15:00:00Z'),
      skill,
    );
    expect(heard(night)).toMatch(/Nights can be/);
  });

  it('is not written again while it has not changed', async () => {
    const store = new MemoryStore();
    const skill = createSkill({ store });
    await invokeChecked(fromNewDevice(launchEnvelope(), '2026-11-28T18:00:00Z'), skill);
    const version = (await store.get(userKeyOf(userId)))?.version;
    await invokeChecked(
      fromNewDevice(intentEnvelope('AMAZON.HelpIntent'), '2026-11-28T18:01:00Z'),
      skill,
    );
    expect((await store.get(userKeyOf(userId)))?.version).toBe(version);
  });

  it('is ignored when it is not a zone a clock knows, and UTC is used quietly', async () => {
    const store = new MemoryStore();
    await store.put(
      userKeyOf(userId),
      { ...newProfile('2026-11-01'), timeZone: 'Mars/Olympus_Mons' },
      undefined,
    );
    settingsApi.answer = { status: 500, body: '{}' };
    const response = await invokeChecked(
      fromNewDevice(launchEnvelope(), '2026-11-28T02:00:00Z'),
      createSkill({ store }),
    );
    expect(heard(response)).toMatch(/Nights can be/);
  });
});
