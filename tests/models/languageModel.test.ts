import { readFileSync } from 'node:fs';
import type { LanguageModel } from '../../interaction-models/languageModel';
import { alexaLocales } from '../../interaction-models/alexaModel';
import { generatedFiles } from '../../interaction-models/generate';
import { languageModel } from '../../interaction-models/languageModel';
import { validateLanguageModel } from '../../interaction-models/validate';
import { modelIntents } from '../../src/core/intents';
import { carrierOfIntent, freeSpeechIntentName } from '../../src/platforms/alexa/freeSpeech';
import { lessonIds } from '../../src/content/types';
import { alexaIntents } from '../../src/platforms/alexa/intentNames';
import { generatedModel } from '../support/alexa';

const tiny: LanguageModel = {
  invocationName: 'kind recovery',
  intents: [
    {
      intent: 'breathe',
      samples: ['help me breathe', 'breathe for {rounds} rounds'],
      slots: [{ name: 'rounds', type: 'AMAZON.NUMBER' }],
    },
    { intent: 'affirmation', samples: ['an affirmation'], slots: [] },
    { intent: 'fallback', samples: [], slots: [] },
  ],
  slotTypes: [],
  freeSpeech: {
    carriers: ['I', "I'm"],
    slot: 'words',
    intentName: freeSpeechIntentName,
    catchAll: { intentName: 'SaidAnythingIntent', slotType: 'FREE_WORDS', value: 'just talking' },
  },
};

const withCarriers = (...carriers: string[]): LanguageModel => ({
  ...tiny,
  freeSpeech: { ...tiny.freeSpeech, carriers },
});

function withSamples(
  intent: 'breathe' | 'affirmation' | 'fallback',
  samples: string[],
): LanguageModel {
  return {
    ...tiny,
    intents: tiny.intents.map((spec) => (spec.intent === intent ? { ...spec, samples } : spec)),
  };
}

describe('the generator refuses what Alexa would reject', () => {
  it('accepts a good model', () => {
    expect(validateLanguageModel(tiny)).toEqual([]);
  });

  it.each([
    ['an uppercase invocation name', { ...tiny, invocationName: 'Kind Recovery' }, /lowercase/],
    ['a one-word invocation name', { ...tiny, invocationName: 'kindness' }, /two words/],
    [
      'a wake word in the invocation name',
      { ...tiny, invocationName: 'alexa kindness' },
      /launch or wake word/,
    ],
    [
      'a launch word in the invocation name',
      { ...tiny, invocationName: 'open kindness' },
      /launch or wake word/,
    ],
    [
      'digits in the invocation name',
      { ...tiny, invocationName: 'kind recovery two' + '0' },
      /lowercase/,
    ],
    [
      'the same sample in two intents',
      withSamples('affirmation', ['help me breathe']),
      /sample of both breathe and affirmation/,
    ],
    [
      'the same sample twice, in another case',
      withSamples('affirmation', ['an affirmation', 'An  Affirmation']),
      /sample of both/,
    ],
    [
      'digits in a sample',
      withSamples('affirmation', ['give me 3 affirmations']),
      /contains digits/,
    ],
    [
      'a slot used but not declared',
      withSamples('affirmation', ['an affirmation about {theme}']),
      /does not declare/,
    ],
    [
      'punctuation in a sample',
      withSamples('affirmation', ['an affirmation, please?']),
      /characters Alexa rejects/,
    ],
    [
      'samples on the fallback intent',
      withSamples('fallback', ['whatever']),
      /may not carry samples/,
    ],
    [
      'a slot glued to a word',
      withSamples('breathe', ['breathe{rounds} rounds']),
      /spaces around its slots/,
    ],
    [
      'a slot with an undeclared type',
      {
        ...tiny,
        intents: [
          {
            intent: 'learn',
            samples: ['teach me {topic}'],
            slots: [{ name: 'topic', type: 'LESSON_TOPIC' }],
          },
        ],
      },
      /undeclared type LESSON_TOPIC/,
    ],
    ['two carriers with one intent name', withCarriers("I'm", 'Im'), /share SaidImIntent/],
    ['a carrier with digits', withCarriers('I2'), /not a carrier/],
    [
      'a free-speech sample that is already a sample',
      {
        ...withCarriers('breathe for'),
        intents: [{ intent: 'breathe', samples: ['breathe for {words}'], slots: [] }],
      },
      /already a sample/,
    ],
  ] as const)('refuses %s', (_name, model, expected) => {
    const errors = validateLanguageModel(model as LanguageModel);
    expect(errors.join('\n')).toMatch(expected);
  });
});

describe("Kind Recovery's language model", () => {
  it('passes every rule', () => {
    expect(validateLanguageModel(languageModel)).toEqual([]);
  });

  it('has an intent for every neutral intent a platform names, and an Alexa handler for each', () => {
    expect(languageModel.intents.map((spec) => spec.intent).sort()).toEqual(
      [...modelIntents].sort(),
    );
    const modelNames = generatedModel()
      .interactionModel.languageModel.intents.map((intent) => intent.name)
      .filter((name) => !carrierOfIntent.has(name))
      .sort();
    expect(modelNames).toEqual(Object.keys(alexaIntents).sort());
  });

  it('gives each free-speech carrier an intent with one AMAZON.SearchQuery slot after the carrier', () => {
    const freeSpeech = generatedModel().interactionModel.languageModel.intents.filter((intent) =>
      carrierOfIntent.has(intent.name),
    );
    const carried = freeSpeech.filter((intent) => intent.name !== 'SaidAnythingIntent');
    expect(carried.length).toBe(languageModel.freeSpeech.carriers.length);
    expect(carried.length).toBeGreaterThanOrEqual(30);
    for (const intent of carried) {
      expect(intent.slots).toEqual([{ name: 'words', type: 'AMAZON.SearchQuery' }]);
      expect(intent.samples).toEqual([`${carrierOfIntent.get(intent.name)} {words}`]);
    }
  });

  it('gives words with no carrier a catch-all: a custom slot alone, of a type with one value', () => {
    const { intents, types } = generatedModel().interactionModel.languageModel;
    const catchAll = intents.find((intent) => intent.name === 'SaidAnythingIntent');
    expect(catchAll?.samples).toEqual(['{words}']);
    expect(catchAll?.slots).toEqual([{ name: 'words', type: 'FREE_WORDS' }]);
    expect(types.find((type) => type.name === 'FREE_WORDS')?.values).toHaveLength(1);
    expect(intents.length).toBeLessThanOrEqual(250);
  });

  it.each([
    ['breathe', 30],
    ['compassionBreak', 20],
    ['affirmation', 20],
    ['learn', 20],
    ['crisis', 40],
    ['bodyInDanger', 40],
    ['someoneInDanger', 10],
    ['medication', 40],
    ['slip', 15],
    ['feelingUnwell', 10],
  ] as const)('gives %s many natural phrasings (at least %i)', (intent, minimum) => {
    expect(
      languageModel.intents.find((spec) => spec.intent === intent)?.samples.length,
    ).toBeGreaterThanOrEqual(minimum);
  });

  it('names every lesson in the topic slot type', () => {
    const ids = languageModel.slotTypes
      .find((type) => type.name === 'LESSON_TOPIC')
      ?.values.map((value) => value.id);
    expect(ids).toEqual(expect.arrayContaining([...lessonIds]));
  });

  it.each(alexaLocales)(
    'has an up-to-date generated model for %s with invocation name "kind recovery"',
    (locale) => {
      const files = generatedFiles();
      const [path, expected] = [...files].find(([file]) => file.endsWith(`${locale}.json`)) ?? [];
      expect(path).toBeDefined();
      expect(readFileSync(path ?? '', 'utf8')).toBe(expected);
      expect(generatedModel(locale).interactionModel.languageModel).toMatchObject({
        invocationName: 'kind recovery',
      });
    },
  );
});
