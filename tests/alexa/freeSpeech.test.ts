import { en } from '../../src/content/en';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { offerFor } from '../../src/core/activities/listening';
import { freeSpeechIntentName } from '../../src/platforms/alexa/freeSpeech';
import { CheckedConversation, generatedModel, heard, invokeChecked } from '../support/alexa';
import { intentEnvelope, launchEnvelope } from '../support/envelopes';

/** The session attributes after "Alexa, open kind recovery". */
async function opened(): Promise<Record<string, unknown>> {
  return (await invokeChecked(launchEnvelope())).sessionAttributes ?? {};
}

/** What the listener hears after saying `words` after `carrier`, as Alexa sends a free-speech intent. */
async function saying(carrier: string, words: string): Promise<string> {
  const response = await invokeChecked(
    intentEnvelope(freeSpeechIntentName(carrier), { words }, { attributes: await opened() }),
  );
  return heard(response);
}

/** The crisis answer says the numbers again; the medical-emergency answer opens with the number. */
const isCrisisAnswer = (speech: string) => /Here it is again|^Call 911 now\./.test(speech);
const isQuestion = (speech: string) =>
  /Are you having thoughts of (ending your life|hurting yourself)\?$/.test(speech);
const fallbackLines = [...en.fallback.first, ...en.fallback.again].map((line) => line.slice(0, 15));

describe("a person's own words on Alexa, after a carrier", () => {
  it.each([
    ['I', 'want to end my life tonight'],
    ["I've", 'got the pills lined up and I wrote letters to my kids'],
    ['my', 'husband took all his tablets and he will not wake up'],
    ['honestly', 'everyone would be better off if I was not here'],
    ['tonight', "I'm going to take all of them at once"],
  ])('"%s %s" is heard as the danger it is', async (carrier, words) => {
    const speech = await saying(carrier, words);
    expect(isCrisisAnswer(speech) || isQuestion(speech)).toBe(true);
    expect(speech).not.toMatch(/Breathe in/);
  });

  it('puts the carrier back: "I don\'t" is not "I"', async () => {
    const withCarrier = await saying("don't", 'want to live anymore');
    expect(isCrisisAnswer(withCarrier) || isQuestion(withCarrier)).toBe(true);
    const speech = await saying('I', 'want to live by the sea one day');
    expect(isCrisisAnswer(speech) || isQuestion(speech)).toBe(false);
  });

  it('"I would never hurt myself, I just need a moment to breathe" is not a crisis', async () => {
    const speech = await saying('I', 'would never hurt myself, I just need a moment to breathe');
    expect(isCrisisAnswer(speech) || isQuestion(speech)).toBe(false);
  });

  it.each([
    ['my', 'back is killing me after that long shift'],
    ['my', 'sister is coming over for tea on sunday'],
  ])('"%s %s" is not a crisis, and meets the gentle fallback', async (carrier, words) => {
    const speech = await saying(carrier, words);
    expect(isCrisisAnswer(speech) || isQuestion(speech)).toBe(false);
    expect(fallbackLines.some((line) => speech.startsWith(line))).toBe(true);
  });

  it.each([
    ['I', 'feel so ashamed of how I treated my kids', 'shame'],
    ['nobody', 'understands what withdrawal is like', 'loneliness'],
    ['I', 'had such a lovely walk with the dog today', 'pride'],
  ] as const)(
    '"%s %s" is heard as a feeling: reflected, and offered what fits',
    async (carrier, words, family) => {
      const speech = await saying(carrier, words);
      expect(en.listening.families[family].reflect.some((line) => speech.startsWith(line))).toBe(
        true,
      );
      expect(speech.endsWith(en.listening.offers[offerFor[family]])).toBe(true);
    },
  );

  it('a medication question said freely gets the prescriber, never a dose', async () => {
    const speech = await saying('should', 'I cut my diazepam dose faster than my doctor said');
    expect(speech).toMatch(/prescriber or pharmacist/);
    expect(speech.replace(/\[pause [\d.]+s\]/g, '')).not.toMatch(/\d/);
  });

  it('a slip said freely is met with compassion', async () => {
    const speech = await saying('I', 'relapsed last weekend and took some of my old pills');
    expect(speech).toMatch(/doesn't undo/);
  });

  it('a carrier alone is the fallback, not a crash', async () => {
    const response = await invokeChecked(
      intentEnvelope(freeSpeechIntentName('I'), {}, { attributes: await opened() }),
    );
    expect(fallbackLines.some((line) => heard(response).startsWith(line))).toBe(true);
  });
});

describe("a slot value Alexa could not match is the person's own words", () => {
  it.each([
    ['BreatheIntent', 'pattern'],
    ['LearnIntent', 'topic'],
    ['AffirmationIntent', 'theme'],
    ['CompassionBreakIntent', 'length'],
  ])('in %s {%s} they are screened, whatever the intent', async (intent, slot) => {
    const response = await invokeChecked(
      intentEnvelope(
        intent,
        { [slot]: { value: 'I hurt myself again tonight' } },
        { attributes: await opened() },
      ),
    );
    expect(isCrisisAnswer(heard(response)) || isQuestion(heard(response))).toBe(true);
    expect(heard(response)).not.toMatch(/Breathe in/);
  });

  /** The fallback's openings, or, for a topic, the honest "no lesson on that" with the topics to choose from. */
  const missed = (text: string) => fallbackLines.some((line) => text.startsWith(line));
  const noSuchLesson = (text: string) =>
    /^I don't have a lesson on that yet\..*Want to hear more topics\?$/s.test(text);

  it.each([
    ['BreatheIntent', 'pattern', /Breathe in|How many rounds/, missed],
    ['LearnIntent', 'topic', /Self-compassion means|Want to hear more\?$/, noSuchLesson],
    ['AffirmationIntent', 'theme', /another one\?$/, missed],
  ])(
    'in %s {%s} they never start a practice, a lesson or a theme',
    async (intent, slot, started, answered) => {
      const response = await invokeChecked(
        intentEnvelope(
          intent,
          { [slot]: { value: 'the purple one with stripes' } },
          { attributes: await opened() },
        ),
      );
      expect(heard(response)).not.toMatch(started);
      expect(answered(heard(response))).toBe(true);
    },
  );

  it('a matched value still starts what it names', async () => {
    const response = await invokeChecked(
      intentEnvelope(
        'BreatheIntent',
        { pattern: { value: 'box', id: 'box' }, rounds: '3' },
        { attributes: await opened() },
      ),
    );
    expect(heard(response)).toMatch(/Breathe in/);
  });
});

describe('by voice, through the generated model', () => {
  const resolver = new UtteranceResolver(generatedModel());

  it.each([
    ['honestly everyone would be better off if I was gone', 'SaidHonestlyIntent'],
    ['tonight I wrote letters to my kids and I have the rope ready', 'SaidTonightIntent'],
    ['nobody would even notice if I just stopped existing', 'SaidNobodyIntent'],
  ])('"%s" reaches %s with the words after the carrier', (utterance, intent) => {
    const resolved = resolver.resolve(utterance);
    expect(resolved.name).toBe(intent);
    expect(utterance.toLowerCase()).toContain(resolved.slots?.words?.value);
  });

  it.each([
    'honestly everyone would be better off if I was gone',
    'tonight I wrote letters to my kids and I have the rope ready',
    'my brother took a whole box of pills and he is not waking up',
  ])('"%s" is heard as danger in a whole conversation', async (utterance) => {
    const talking = new CheckedConversation();
    await talking.conversation.open();
    const answer = await talking.conversation.say(utterance);
    expect(isCrisisAnswer(answer.speech) || isQuestion(answer.speech)).toBe(true);
  });

  it('what already had a sample still goes where it went', () => {
    expect(resolver.resolve('help me breathe').name).toBe('BreatheIntent');
    expect(resolver.resolve('I want to end it all').name).toBe('CrisisIntent');
    expect(resolver.resolve('give me an affirmation about resilience').name).toBe(
      'AffirmationIntent',
    );
  });
});
