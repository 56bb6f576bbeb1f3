import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createSkill } from '../../src/platforms/alexa';
import { heard, invokeChecked, repromptHeard } from '../support/alexa';
import { intentEnvelope, launchEnvelope } from '../support/envelopes';

/** One step of reaching a state: an Alexa intent and its slots, or the launch. */
type Step = 'launch' | readonly [string, Record<string, string>?];

/**
 * Every state the conversation core can be in, reached as a listener would reach it on Alexa. Alexa+ sends the
 * built-in intents more often, and in states where they used to be rare.
 */
const states: ReadonlyArray<readonly [string, readonly Step[]]> = [
  ['a fresh session with no launch', []],
  ['the welcome', ['launch']],
  ['the check-in after breathing', ['launch', ['BreatheIntent', { rounds: '1' }]]],
  ['the check-in after a self-compassion break', ['launch', ['CompassionBreakIntent']]],
  ['the next step offered after a check-in', ['launch', ['BreatheIntent'], ['AMAZON.NoIntent']]],
  ['after an affirmation', ['launch', ['AffirmationIntent']]],
  ['a lesson', ['launch', ['LearnIntent']]],
  ['the list of topics', ['launch', ['ListTopicsIntent']]],
  ['"what is urge surfing"', ['launch', ['ExplainUrgeSurfingIntent']]],
  ['which kind of help', ['launch', ['AMAZON.HelpIntent']]],
  ['how it works', ['launch', ['AMAZON.HelpIntent'], ['AMAZON.HelpIntent']]],
  ['the first miss', ['launch', ['AMAZON.FallbackIntent']]],
  ['the second miss', ['launch', ['AMAZON.FallbackIntent'], ['AMAZON.FallbackIntent']]],
  ['asked to forget', ['launch', ['ForgetMeIntent']]],
  ['a slip answered', ['launch', ['SlipIntent']]],
  ['the crisis answer', ['launch', ['CrisisIntent']]],
  ['the crisis answer, numbers declined', ['launch', ['CrisisIntent'], ['AMAZON.NoIntent']]],
  ['a medical emergency', ['launch', ['MedicalEmergencyIntent']]],
];

const builtIns = [
  'AMAZON.FallbackIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
] as const;

/** Plays the steps through one skill, carrying the session, and returns the session attributes reached. */
async function reach(steps: readonly Step[]): Promise<{
  attributes: Record<string, unknown>;
  isNew: boolean;
  last?: ResponseEnvelope;
}> {
  const skill = createSkill();
  let attributes: Record<string, unknown> = {};
  let last: ResponseEnvelope | undefined;
  for (const step of steps) {
    const request: RequestEnvelope =
      step === 'launch' ? launchEnvelope() : intentEnvelope(step[0], step[1] ?? {}, { attributes });
    last = await invokeChecked(request, skill);
    attributes = (last.sessionAttributes ?? {}) as Record<string, unknown>;
  }
  return { attributes, isNew: steps.length === 0, ...(last ? { last } : {}) };
}

const isCrisis = (attributes: Record<string, unknown>) =>
  (attributes.state as { activity?: { name?: string } } | undefined)?.activity?.name === 'crisis';

describe.each(states)('in %s', (_name, steps) => {
  it.each(builtIns)('%s is answered sensibly and validly', async (builtIn) => {
    const before = await reach(steps);
    const response = await invokeChecked(
      intentEnvelope(builtIn, {}, { attributes: before.attributes, isNewSession: before.isNew }),
      createSkill(),
    );
    const speech = heard(response);
    const { shouldEndSession, card, reprompt } = response.response;
    // Valid: checked by invokeChecked (SSML, question and reprompt when open); never silent, never two cards.
    expect(speech.trim()).not.toBe('');
    expect(Array.isArray(card)).toBe(false);
    if (shouldEndSession === false) {
      expect(speech).toMatch(/\?$/);
      expect(repromptHeard(response)).toMatch(/\?$/);
    } else {
      expect(reprompt).toBeUndefined();
    }
    // Sensible: a crisis is never closed without the number last, nor left for something else.
    if (isCrisis(before.attributes)) {
      if (shouldEndSession !== false) expect(speech).toMatch(/(988|911)[^?]*\.$/);
      else expect(`${speech} ${repromptHeard(response)}`).toMatch(/988|911/);
      // Breathing together is only ever what "yes" agreed to.
      if (builtIn !== 'AMAZON.YesIntent') expect(speech).not.toMatch(/Breathe in\./);
    }
    // Stop, cancel and pause end the session (a crisis too, with the number last).
    if (['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.PauseIntent'].includes(builtIn)) {
      expect(shouldEndSession).toBe(true);
    }
    // Nothing a listener did not ask for starts: no practice on a fallback, help or repeat.
    if (['AMAZON.FallbackIntent', 'AMAZON.HelpIntent', 'AMAZON.RepeatIntent'].includes(builtIn)) {
      expect(speech).not.toMatch(/Breathe in\./);
    }
  });
});
