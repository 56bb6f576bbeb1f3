import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createSkill } from '../../src/platforms/alexa';
import { createApp } from '../../src/server/createApp';
import { DynamoStore } from '../../src/storage/dynamoStore';
import { FileStore } from '../../src/storage/fileStore';
import { userKeyOf } from '../../src/storage/storeFromEnvironment';
import type { UserStore } from '../../src/storage/userStore';
import { heard } from '../support/alexa';
import { startDynalite } from '../../scripts/dynalite';
import { envelope, intentEnvelope, launchEnvelope } from '../support/envelopes';

const userId = 'amzn1.ask.account.AF3Q7EXAMPLEUSERID';
const onDay = (request: RequestEnvelope, day: string): RequestEnvelope => ({
  ...request,
  request: { ...request.request, timestamp: `${day}T20:15:00Z` },
});

let dynamo: Awaited<ReturnType<typeof startDynalite>>;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.stop());

let table = 0;
const stores: ReadonlyArray<readonly [string, () => Promise<UserStore>]> = [
  ['the file store', async () => new FileStore(await mkdtemp(join(tmpdir(), 'kind-recovery-')))],
  [
    'DynamoDB (dynalite)',
    async () => new DynamoStore(dynamo.client, `visits-${(table += 1)}`, true),
  ],
];

/** One visit through a freshly started server, as after a restart, over real HTTP. */
async function visit(store: UserStore, requests: RequestEnvelope[]): Promise<ResponseEnvelope[]> {
  const app = createApp({ isVerifying: false, skill: createSkill({ store }) });
  const responses: ResponseEnvelope[] = [];
  let attributes: Record<string, unknown> = {};
  for (const [index, next] of requests.entries()) {
    const withSession = {
      ...next,
      session: { ...next.session!, new: index === 0, attributes },
    } as RequestEnvelope;
    const response = await request(app).post('/alexa').send(JSON.stringify(withSession));
    expect(response.status).toBe(200);
    responses.push(response.body as ResponseEnvelope);
    attributes = (response.body as ResponseEnvelope).sessionAttributes ?? {};
  }
  return responses;
}

describe.each(stores)('on %s, with the server restarted between visits', (_name, makeStore) => {
  it('welcomes a listener back, tells them their progress, and erases everything when asked', async () => {
    const store = await makeStore();
    const [firstWelcome] = await visit(store, [
      onDay(launchEnvelope(), '2026-11-26'),
      onDay(intentEnvelope('CompassionBreakIntent'), '2026-11-26'),
    ]);
    expect(heard(firstWelcome!)).toMatch(/wellness companion/);

    await visit(store, [
      onDay(launchEnvelope(), '2026-11-27'),
      onDay(intentEnvelope('BreatheIntent', { rounds: '2', pattern: 'box' }), '2026-11-27'),
    ]);

    const [welcomeBack, progress, usual] = await visit(store, [
      onDay(launchEnvelope(), '2026-11-28'),
      onDay(intentEnvelope('ProgressIntent'), '2026-11-28'),
      onDay(intentEnvelope('MyUsualIntent'), '2026-11-28'),
    ]);
    expect(heard(welcomeBack!)).toMatch(/Welcome back|Hello again/);
    expect(heard(welcomeBack!)).not.toMatch(/wellness companion/);
    expect(heard(progress!)).toMatch(/practised on two days this week, and two days in all/);
    expect(heard(usual!)).toMatch(/Breathe in|self-compassion|not alone/);

    const [, asked, erased] = await visit(store, [
      onDay(launchEnvelope(), '2026-11-28'),
      onDay(intentEnvelope('ForgetMeIntent'), '2026-11-28'),
      onDay(intentEnvelope('AMAZON.YesIntent'), '2026-11-28'),
    ]);
    expect(heard(asked!)).toMatch(/Shall I forget all of it\?$/);
    expect(heard(erased!)).toMatch(/forgotten everything/);
    expect(erased!.response.shouldEndSession).toBe(true);
    expect(await store.get(userKeyOf(userId))).toBeUndefined();

    const [afresh] = await visit(store, [onDay(launchEnvelope(), '2026-11-29')]);
    expect(heard(afresh!)).toMatch(/wellness companion/);
  }, 30_000);

  it('keeps everything when the listener says no', async () => {
    const store = await makeStore();
    await visit(store, [launchEnvelope(), intentEnvelope('AffirmationIntent')]);
    await visit(store, [
      launchEnvelope(),
      intentEnvelope('ForgetMeIntent'),
      intentEnvelope('AMAZON.NoIntent'),
    ]);
    expect(await store.get(userKeyOf(userId))).toBeDefined();
  });

  it('erases the listener when they disable the skill', async () => {
    const store = await makeStore();
    await visit(store, [launchEnvelope(), intentEnvelope('AffirmationIntent')]);
    const disabled = envelope({
      type: 'AlexaSkillEvent.SkillDisabled',
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    });
    const skill = createSkill({ store });
    const response = await skill.invoke(disabled);
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await store.get(userKeyOf(userId))).toBeUndefined();
  });

  it('keeps no raw user id and nothing the listener said', async () => {
    const store = await makeStore();
    await visit(store, [
      launchEnvelope(),
      intentEnvelope('LearnIntent', { topic: { value: 'my secret words', id: 'mental-health' } }),
    ]);
    const stored = JSON.stringify(await store.get(userKeyOf(userId)));
    expect(stored).not.toContain('AF3Q7EXAMPLEUSERID');
    expect(stored).not.toContain('secret');
  });
});

describe('when the store fails', () => {
  it('still answers a crisis, with the numbers, if the record cannot be read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kind-recovery-'));
    await writeFile(join(folder, `${userKeyOf(userId)}.json`), '{"version": 3, "value": {"first');
    const response = await createSkill({ store: new FileStore(folder) }).invoke(
      intentEnvelope('CrisisIntent'),
    );
    expect(heard(response)).toMatch(/9\s?1\s?1/);
    expect(heard(response)).not.toMatch(/something went wrong/);
  });

  it('lands every one of several requests for one listener that arrive together', async () => {
    const store = new FileStore(await mkdtemp(join(tmpdir(), 'kind-recovery-')));
    const skill = createSkill({ store });
    const responses = await Promise.all([
      skill.invoke(onDay(intentEnvelope('CompassionBreakIntent'), '2026-11-26')),
      skill.invoke(onDay(intentEnvelope('AffirmationIntent'), '2026-11-27')),
      skill.invoke(onDay(intentEnvelope('UrgeSurfingIntent'), '2026-11-28')),
    ]);
    responses.forEach((response) => expect(heard(response)).not.toMatch(/something went wrong/));
    const stored = (await store.get(userKeyOf(userId)))?.value as { practiceDays: string[] };
    expect([...stored.practiceDays].sort()).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
  });
});

describe('affirmations over days', () => {
  it('do not repeat on the next day', async () => {
    const store = await new FileStore(await mkdtemp(join(tmpdir(), 'kind-recovery-')));
    const said = async (day: string) => {
      const [, affirmation] = await visit(store, [
        onDay(launchEnvelope(), day),
        onDay(intentEnvelope('AffirmationIntent'), day),
      ]);
      return heard(affirmation!);
    };
    const first = await said('2026-11-27');
    const second = await said('2026-11-28');
    expect(second).not.toBe(first);
  });
});
