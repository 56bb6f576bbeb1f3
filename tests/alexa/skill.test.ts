import type { ResponseEnvelope } from 'ask-sdk-model';
import { createSkill } from '../../src/platforms/alexa';
import { alexaIntents } from '../../src/platforms/alexa/intentNames';
import { heard, invokeChecked, repromptHeard } from '../support/alexa';
import {
  intentEnvelope,
  launchEnvelope,
  sessionEndedEnvelope,
  skillId,
} from '../support/envelopes';

/** The session attributes after a launch and, optionally, more intents. */
async function stateAfter(
  ...intents: Parameters<typeof intentEnvelope>[]
): Promise<Record<string, unknown>> {
  let response = await invokeChecked(launchEnvelope());
  for (const [name, slots] of intents) {
    response = await invokeChecked(
      intentEnvelope(name, slots, { attributes: response.sessionAttributes }),
    );
  }
  return response.sessionAttributes ?? {};
}

describe('LaunchRequest', () => {
  it('welcomes, offers three choices and listens', async () => {
    const response = await invokeChecked(launchEnvelope());
    expect(heard(response)).toMatch(/wellness companion, not medical care/);
    expect(response.response.shouldEndSession).toBe(false);
    expect(repromptHeard(response)).toMatch(/\?$/);
    expect(response.sessionAttributes?.state).toMatchObject({ version: 1, hasBeenWelcomed: true });
  });
});

describe('every intent in the model reaches its handler', () => {
  it.each([
    ['BreatheIntent', {}, /^Four rounds of long exhale breathing\..*How are you feeling now\?$/s],
    ['CompassionBreakIntent', {}, /not alone/],
    ['AffirmationIntent', {}, /another one\?$/],
    ['LearnIntent', {}, /self-compassion/],
    ['TellMeMoreIntent', {}, /in danger, call 911/],
    ['NextIntent', {}, /in danger, call 911/],
    ['RoundsIntent', { rounds: '3' }, /in danger, call 911/],
    ['CrisisIntent', {}, /9\s?1\s?1/],
    ['AMAZON.HelpIntent', {}, /help using Kind Recovery, or support right now\?$/],
    ['AMAZON.FallbackIntent', {}, /in danger, call 911/],
    ['AMAZON.RepeatIntent', {}, /wellness companion|Welcome|welcome/],
    ['AMAZON.YesIntent', {}, /Which would you like/],
    ['AMAZON.StartOverIntent', {}, /back at the start|beginning again/],
    ['AMAZON.NavigateHomeIntent', {}, /back at the start|beginning again/],
  ] as const)('%s', async (name, slots, expected) => {
    const attributes = await stateAfter();
    const response = await invokeChecked(intentEnvelope(name, slots, { attributes }));
    expect(heard(response)).toMatch(expected);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent'])(
    '%s ends the session',
    async (name) => {
      const response = await invokeChecked(
        intentEnvelope(name, {}, { attributes: await stateAfter() }),
      );
      expect(response.response.shouldEndSession).toBe(true);
      expect(response.sessionAttributes).toEqual({});
    },
  );

  it.each(Object.keys(alexaIntents))(
    '%s is answered by its own handler, never the error apology',
    async (name) => {
      const response = await invokeChecked(
        intentEnvelope(name, {}, { attributes: await stateAfter() }),
      );
      expect(heard(response)).not.toMatch(/something went wrong/);
    },
  );
});

describe('slot values as Alexa sends them', () => {
  it.each([
    ['a number', { rounds: '5' }, /^Five rounds of long exhale breathing\./],
    ['a missing value', { rounds: undefined }, /^Four rounds of/],
    ['an unheard number', { rounds: '?' }, /^Four rounds of/],
    ['nonsense', { rounds: 'purple' }, /^Four rounds of/],
    ['too many', { rounds: '1000' }, /^I can guide from one to ten rounds\. Ten rounds of/],
    ['zero', { rounds: '0' }, /^I can guide from one to ten rounds\. One round of/],
  ])('BreatheIntent with %s', async (_name, slots, expected) => {
    const response = await invokeChecked(
      intentEnvelope('BreatheIntent', slots, { attributes: await stateAfter() }),
    );
    expect(heard(response)).toMatch(expected);
  });

  it.each([
    ['a resolved topic', { value: 'fear of relapse', id: 'challenge-fear-of-relapse' }, /relapse/i],
    [
      'an unresolved topic (the words are heard, but start no lesson)',
      { value: 'knitting' },
      /^I don't have a lesson on that yet\. Here are three topics/,
    ],
    ['no topic', undefined, /one short topic at a time/],
  ])('LearnIntent with %s', async (_name, topic, expected) => {
    const response = await invokeChecked(
      intentEnvelope('LearnIntent', { topic }, { attributes: await stateAfter() }),
    );
    expect(heard(response)).toMatch(expected);
  });
});

describe('requests the skill does not expect', () => {
  it('an intent name it has never heard of gets the gentle fallback', async () => {
    const response = await invokeChecked(
      intentEnvelope('AMAZON.ShuffleOnIntent', {}, { attributes: await stateAfter() }),
    );
    expect(heard(response)).toMatch(/in danger, call 911/);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('session attributes from elsewhere start a fresh conversation', async () => {
    const response = await invokeChecked(
      intentEnvelope(
        'AMAZON.YesIntent',
        {},
        { attributes: { state: { version: 99, activity: 'x' }, other: true } },
      ),
    );
    expect(heard(response)).toMatch(/Which would you like/);
  });

  it.each(['ERROR', 'USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS'])(
    'SessionEndedRequest (%s) gets an empty response',
    async (reason) => {
      const response = await invokeChecked(
        sessionEndedEnvelope(reason, { attributes: await stateAfter() }),
      );
      expect(response.response).toEqual({});
    },
  );

  it.each([
    'System.ExceptionEncountered',
    'AlexaSkillEvent.SkillEnabled',
    'CanFulfillIntentRequest',
  ])('%s is acknowledged without speech', async (type) => {
    const launch = launchEnvelope();
    const event = { ...launch, request: { ...launch.request, type } };
    const response = await invokeChecked(event as typeof launch);
    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.reprompt).toBeUndefined();
  });

  it.each([
    ['a launch', launchEnvelope()],
    ['an affirmation', intentEnvelope('AffirmationIntent', {}, { isNewSession: true })],
  ])('%s with no session object is answered, not apologised for', async (_name, request) => {
    const { session: _session, ...withoutSession } = request;
    const response = await invokeChecked(withoutSession as typeof request);
    expect(heard(response)).not.toMatch(/something went wrong/);
    expect(heard(response).length).toBeGreaterThan(20);
  });

  it.each(['en-us', 'EN_GB', 'en-au'])(
    'understands the locale "%s" whatever its case',
    async (locale) => {
      const response = await invokeChecked(intentEnvelope('CrisisIntent', {}, { locale }));
      expect(heard(response)).not.toMatch(/local emergency number/);
    },
  );
});

describe('one-shot requests from outside the skill', () => {
  it.each([
    ['AffirmationIntent', /Come back whenever|here whenever/],
    ['BreatheIntent', /Breathe in\./],
    ['CompassionBreakIntent', /not alone/],
  ])('%s is delivered, then the session ends', async (name, expected) => {
    const response = await invokeChecked(intentEnvelope(name, {}, { isNewSession: true }));
    expect(heard(response)).toMatch(expected);
    expect(response.response.shouldEndSession).toBe(true);
  });
});

describe('skill id', () => {
  it('refuses a request for another skill when ALEXA_SKILL_ID is set', async () => {
    const skill = createSkill({ skillId });
    await expect(
      skill.invoke(launchEnvelope({ applicationId: 'amzn1.ask.skill.someone-else' })),
    ).rejects.toThrow();
    const accepted: ResponseEnvelope = await skill.invoke(launchEnvelope());
    expect(heard(accepted)).toMatch(/Kind Recovery/);
  });
});

describe('locales', () => {
  it.each([
    ['en-GB', /999/, /999/],
    ['en-AU', /triple zero/, /000/],
    ['en-IN', /112/, /112/],
    ['en-CA', /911/, /911/],
  ])('%s hears its own emergency number', async (locale, spoken, shown) => {
    const response = await invokeChecked(intentEnvelope('CrisisIntent', {}, { locale }));
    expect(heard(response).replace(/(\d) (?=\d)/g, '$1')).toMatch(spoken);
    expect(response.response.card).toMatchObject({
      type: 'Simple',
      content: expect.stringMatching(shown),
    });
  });
});
