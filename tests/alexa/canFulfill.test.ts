import type { RequestEnvelope, ResponseEnvelope, canfulfill } from 'ask-sdk-model';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { en } from '../../src/content/en';
import { createSkill } from '../../src/platforms/alexa';
import { nameFreeClaims } from '../../src/platforms/alexa/canFulfill';
import { carrierOfIntent, catchAll, freeSpeechSlot } from '../../src/platforms/alexa/freeSpeech';
import { alexaIntents } from '../../src/platforms/alexa/intentNames';
import type { UserStore } from '../../src/storage/userStore';
import { alexaResponseProblems, generatedModel, heard, invokeChecked } from '../support/alexa';
import { canFulfillEnvelope, intentEnvelope } from '../support/envelopes';

/** A user store that counts every call and answers none: a can-fulfil question must never reach it. */
function watchedStore(): UserStore & { calls: number } {
  const store = {
    calls: 0,
    get: () => {
      store.calls += 1;
      return Promise.reject(new Error('the user store was read'));
    },
    put: () => {
      store.calls += 1;
      return Promise.reject(new Error('the user store was written'));
    },
    delete: () => {
      store.calls += 1;
      return Promise.reject(new Error('the user store was erased'));
    },
  };
  return store;
}

/** A stand-in for the Alexa Settings API (and any other Alexa API) at the request's apiEndpoint, counting calls. */
let server: Server;
let apiEndpoint: string;
let apiCalls = 0;
beforeAll(async () => {
  server = createServer((_request, response) => {
    apiCalls += 1;
    response.setHeader('content-type', 'application/json');
    response.end('"America/Los_Angeles"');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiEndpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

const store = watchedStore();
const skill = createSkill({ store });

/** Asks the real skill, as Alexa does, whether it can serve `name` with `slots`; every answer is checked. */
async function ask(
  name: string,
  slots: Parameters<typeof canFulfillEnvelope>[1] = {},
  options: Parameters<typeof canFulfillEnvelope>[2] = {},
): Promise<ResponseEnvelope> {
  const request = canFulfillEnvelope(name, slots, options);
  request.context.System.apiEndpoint = apiEndpoint;
  return invokeChecked(request, skill);
}

const answerTo = async (...args: Parameters<typeof ask>) =>
  (await ask(...args)).response.canFulfillIntent;

afterEach(() => {
  // Whatever a test asked, the skill touched neither the listener's record nor any Alexa API.
  expect(store.calls).toBe(0);
  expect(apiCalls).toBe(0);
});

/** What a request said without the skill's name may be routed to; everything else stays Alexa's. */
const claimed = new Set([
  'BreatheIntent',
  'CompassionBreakIntent',
  'UrgeSurfingIntent',
  'GroundingIntent',
  'WindDownIntent',
  'AffirmationIntent',
  'LearnIntent',
]);

const safetyIntents = [
  'CrisisIntent',
  'MedicalEmergencyIntent',
  'SomeoneInDangerIntent',
  'MedicationIntent',
  'SlipIntent',
  'FeelingUnwellIntent',
];

describe('a CanFulfillIntentRequest, intent by intent', () => {
  it.each(Object.keys(alexaIntents).map((name) => [name, claimed.has(name) ? 'YES' : 'NO']))(
    '%s, with no slot said, is a %s',
    async (name, expected) => {
      expect(await answerTo(name)).toEqual({ canFulfill: expected });
    },
  );

  it.each(safetyIntents)(
    '%s is never claimed: Alexa answers danger, medication, a slip or feeling unwell itself',
    async (name) => {
      expect((await answerTo(name))?.canFulfill).toBe('NO');
      expect('never' in nameFreeClaims[alexaIntents[name as keyof typeof alexaIntents]]).toBe(true);
    },
  );

  it.each([...carrierOfIntent.keys()])(
    '%s (a person’s own words) is never claimed, whatever the words',
    async (name) => {
      const words = name === catchAll.intentName ? 'breathing please' : 'need a breathing exercise';
      expect(await answerTo(name, { [freeSpeechSlot]: words })).toEqual({ canFulfill: 'NO' });
    },
  );

  it.each([
    'AMAZON.PauseIntent',
    'AMAZON.ResumeIntent',
    'AMAZON.SearchAction<object@WeatherForecast>',
    'PlaySoundIntent',
    '',
    '__proto__',
    'constructor',
  ])('"%s", an intent the skill does not have, is a NO', async (name) => {
    expect(await answerTo(name)).toEqual({ canFulfill: 'NO' });
  });

  it('answers every carrier and the catch-all of the generated model', () => {
    const { intents } = generatedModel().interactionModel.languageModel;
    const modelNames = intents.map((intent) => intent.name);
    const known = new Set([...Object.keys(alexaIntents), ...carrierOfIntent.keys()]);
    expect(modelNames.filter((name) => !known.has(name))).toEqual([]);
  });

  it('has a judge for every slot the generated model gives an intent it claims', () => {
    const { intents } = generatedModel().interactionModel.languageModel;
    const unjudged = intents.flatMap((intent) => {
      const neutral = alexaIntents[intent.name as keyof typeof alexaIntents];
      const claim = neutral ? nameFreeClaims[neutral] : undefined;
      if (!claim || 'never' in claim) return [];
      return (intent.slots ?? [])
        .filter((slot) => !Object.hasOwn(claim.slots, slot.name))
        .map((slot) => `${intent.name}.${slot.name}`);
    });
    expect(unjudged).toEqual([]);
  });
});

type SlotAnswers = Record<string, canfulfill.CanFulfillSlot>;
const yes = { canUnderstand: 'YES', canFulfill: 'YES' } as const;
const unclear = { canUnderstand: 'MAYBE', canFulfill: 'NO' } as const;
const notAsSaid = { canUnderstand: 'YES', canFulfill: 'NO' } as const;
const refused = { canUnderstand: 'NO', canFulfill: 'NO' } as const;

/** What was said, the intent, its slots, the answer due and each slot's answer (none when no slot was said). */
const slotCases: [string, string, Parameters<typeof ask>[1], string, SlotAnswers | undefined][] = [
  [
    'a known pattern',
    'BreatheIntent',
    { pattern: { value: 'box', id: 'box' } },
    'YES',
    { pattern: yes },
  ],
  [
    'a pattern said with a synonym',
    'BreatheIntent',
    { pattern: { value: 'four seven eight', id: 'four-seven-eight' } },
    'YES',
    { pattern: yes },
  ],
  [
    'an unknown pattern (ER_SUCCESS_NO_MATCH): words about something else, not claimed',
    'BreatheIntent',
    { pattern: { value: 'triangle' } },
    'NO',
    { pattern: refused },
  ],
  [
    'a pattern Alexa resolved to an id this code does not play',
    'BreatheIntent',
    { pattern: { value: 'triangle', id: 'triangle' } },
    'MAYBE',
    { pattern: notAsSaid },
  ],
  [
    'a missing pattern: the gentle default starts at once',
    'BreatheIntent',
    { pattern: undefined },
    'YES',
    undefined,
  ],
  ['a number of rounds it plays', 'BreatheIntent', { rounds: '6' }, 'YES', { rounds: yes }],
  ['more rounds than it plays', 'BreatheIntent', { rounds: '50' }, 'MAYBE', { rounds: notAsSaid }],
  [
    'a number Alexa could not make out',
    'BreatheIntent',
    { rounds: '?' },
    'MAYBE',
    { rounds: unclear },
  ],
  ['minutes it plays', 'BreatheIntent', { minutes: '5' }, 'YES', { minutes: yes }],
  [
    'a pattern and a length, both known',
    'BreatheIntent',
    { pattern: { value: 'resonance', id: 'resonance' }, minutes: '3', rounds: undefined },
    'YES',
    { pattern: yes, minutes: yes },
  ],
  [
    'a known pattern and too many rounds',
    'BreatheIntent',
    { pattern: { value: 'box', id: 'box' }, rounds: '40' },
    'MAYBE',
    { pattern: yes, rounds: notAsSaid },
  ],
  [
    'a slot the intent does not have',
    'BreatheIntent',
    { colour: 'blue' },
    'NO',
    { colour: refused },
  ],
  [
    'a long compassion break',
    'CompassionBreakIntent',
    { length: { value: 'long', id: 'long' } },
    'YES',
    { length: yes },
  ],
  [
    'a length that is no length',
    'CompassionBreakIntent',
    { length: { value: 'purple' } },
    'NO',
    { length: refused },
  ],
  ['a wind-down of fifteen minutes', 'WindDownIntent', { minutes: '15' }, 'YES', { minutes: yes }],
  [
    'a wind-down shorter than it plays',
    'WindDownIntent',
    { minutes: '2' },
    'MAYBE',
    { minutes: notAsSaid },
  ],
  [
    'an affirmation with a known theme',
    'AffirmationIntent',
    { theme: { value: 'self criticism', id: 'self-criticism' } },
    'YES',
    { theme: yes },
  ],
  ['an affirmation with no theme', 'AffirmationIntent', { theme: undefined }, 'YES', undefined],
  [
    'an affirmation with an unknown theme',
    'AffirmationIntent',
    { theme: { value: 'astrology' } },
    'NO',
    { theme: refused },
  ],
  [
    'a known lesson',
    'LearnIntent',
    { topic: { value: 'fear of relapse', id: 'challenge-fear-of-relapse' } },
    'YES',
    { topic: yes },
  ],
  [
    'a group of lessons',
    'LearnIntent',
    { topic: { value: 'the benefits', id: 'benefits' } },
    'YES',
    { topic: yes },
  ],
  [
    'a topic with no lesson',
    'LearnIntent',
    { topic: { value: 'astrophysics' } },
    'NO',
    { topic: refused },
  ],
];

describe('a CanFulfillIntentRequest, slot by slot', () => {
  it.each(
    slotCases.map(
      ([said, name, slots, expected, answers]) => [said, name, expected, slots, answers] as const,
    ),
  )('%s: %s is a %s', async (_said, name, expected, slots, slotAnswers) => {
    expect(await answerTo(name, slots)).toEqual({
      canFulfill: expected,
      ...(slotAnswers ? { slots: slotAnswers } : {}),
    });
  });

  it('plays every value the generated model lists for a slot of an intent it claims', async () => {
    const { intents, types } = generatedModel().interactionModel.languageModel;
    const cases = intents
      .filter((intent) => claimed.has(intent.name))
      .flatMap((intent) =>
        (intent.slots ?? []).flatMap((slot) =>
          (types.find((type) => type.name === slot.type)?.values ?? []).map((value) => ({
            name: intent.name,
            slot: slot.name,
            value: { value: value.name.value, id: value.id },
          })),
        ),
      );
    expect(cases.length).toBeGreaterThan(20);
    const notPlayed: string[] = [];
    for (const { name, slot, value } of cases) {
      const answer = await answerTo(name, { [slot]: value });
      if (answer?.canFulfill !== 'YES') notPlayed.push(`${name} ${slot}=${value.id}`);
    }
    expect(notPlayed).toEqual([]);
  });

  it.each([
    ['LearnIntent', 'topic', 'I want to end my life tonight'],
    ['LearnIntent', 'topic', 'my friend took all his pills and will not wake up'],
    ['BreatheIntent', 'pattern', 'how fast can I cut my dose'],
    ['BreatheIntent', 'pattern', 'I took an extra pill last night'],
    ['AffirmationIntent', 'theme', 'mixing my pills with alcohol'],
  ])(
    '%s with unmatched words in %s ("%s") is a NO: words of danger, medication or a slip stay Alexa’s',
    async (name, slot, words) => {
      expect(await answerTo(name, { [slot]: { value: words } })).toEqual({
        canFulfill: 'NO',
        slots: { [slot]: refused },
      });
    },
  );
});

describe('what Alexa receives for a CanFulfillIntentRequest', () => {
  it('is the answer alone: no speech, reprompt, card, directive, session decision or state', async () => {
    const response = await ask('BreatheIntent', { pattern: { value: 'box', id: 'box' } });
    expect(response.response).toEqual({
      canFulfillIntent: { canFulfill: 'YES', slots: { pattern: yes } },
    });
    expect(response.sessionAttributes).toBeUndefined();
    expect(heard(response)).toBe('');
  });

  it('leaves session attributes as they came, when a request carries a session after all', async () => {
    const attributes = { state: { version: 1, hasBeenWelcomed: true } };
    const response = await ask('GroundingIntent', {}, { hasSession: true, attributes });
    expect(response.response).toEqual({ canFulfillIntent: { canFulfill: 'YES' } });
    expect(response.sessionAttributes).toEqual(attributes);
  });

  it('answers a request that names no user', async () => {
    const response = await ask('UrgeSurfingIntent', {}, { hasUser: false });
    expect(response.response).toEqual({ canFulfillIntent: { canFulfill: 'YES' } });
  });

  it('turns a failure into a silent NO, never an apology', async () => {
    const request = canFulfillEnvelope('BreatheIntent');
    Object.defineProperty(request.request, 'intent', {
      get: () => {
        throw new TypeError('a damaged request');
      },
    });
    const response = await invokeChecked(request, skill);
    expect(response.response).toEqual({ canFulfillIntent: { canFulfill: 'NO' } });
  });
});

/** How the skill opens when it has not served what was asked: a missed request, or its own failure. */
const notServed = [...en.fallback.first, ...en.fallback.again, en.error].map((line) =>
  line.slice(0, 20),
);

describe('what a claimed intent does when Alexa then sends it', () => {
  it.each([...claimed])(
    '%s, with no slot, is served at once, as the YES promised',
    async (name) => {
      const response = await invokeChecked(intentEnvelope(name, {}, { isNewSession: true }));
      const speech = heard(response);
      expect(speech).not.toBe('');
      expect(notServed.filter((line) => speech.startsWith(line))).toEqual([]);
    },
  );
});

/** The checker the other tests lean on refuses a can-fulfil answer that says anything. */
describe('the response checker, for this request type', () => {
  it('refuses a can-fulfil answer that speaks or decides the session', async () => {
    const request: RequestEnvelope = canFulfillEnvelope('BreatheIntent');
    const spoken: ResponseEnvelope = {
      version: '1.0',
      response: {
        canFulfillIntent: { canFulfill: 'YES' },
        outputSpeech: { type: 'SSML', ssml: '<speak>Hello</speak>' },
        shouldEndSession: true,
      },
    };
    expect(await alexaResponseProblems(spoken, request)).toEqual([
      'a can-fulfil answer carries outputSpeech',
      'a can-fulfil answer carries shouldEndSession',
    ]);
    const silent: ResponseEnvelope = { version: '1.0', response: {} };
    expect(await alexaResponseProblems(silent, request)).toEqual([
      'a CanFulfillIntentRequest met no canFulfillIntent answer',
    ]);
  });
});
