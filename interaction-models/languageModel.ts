import type { ModelIntent, SlotName } from '../src/core/intents';
import { modelIntents } from '../src/core/intents';
import {
  catchAll,
  freeSpeechCarriers,
  freeSpeechIntentName,
  freeSpeechSlot,
} from '../src/platforms/alexa/freeSpeech';
import { lengthNames, lessonTopicNames, patternNames, samples, themeNames } from './samples';

/** A slot an intent carries, and the type of its values. */
export interface SlotSpec {
  readonly name: SlotName;
  readonly type: string;
}

/** One intent of the platform-neutral language model. */
export interface IntentSpec {
  readonly intent: ModelIntent;
  readonly samples: readonly string[];
  readonly slots: readonly SlotSpec[];
}

/** One value of a custom slot type: the id the core sees, the spoken value and its synonyms. */
export interface SlotTypeValue {
  readonly id: string;
  readonly value: string;
  readonly synonyms: readonly string[];
}

/** A custom slot type. */
export interface SlotTypeSpec {
  readonly name: string;
  readonly values: readonly SlotTypeValue[];
}

/**
 * Where a person's own words arrive on a platform that hears only samples: a carrier word, then anything, in a
 * free-speech slot. Dialogflow needs none, since every request carries the words said (`queryText`).
 */
export interface FreeSpeechSpec {
  readonly carriers: readonly string[];
  readonly slot: string;
  /** The platform's intent name for a carrier. */
  readonly intentName: (carrier: string) => string;
  /** An intent whose one sample is the slot alone, of a custom type, for words that open with no carrier. */
  readonly catchAll: {
    readonly intentName: string;
    readonly slotType: string;
    readonly value: string;
  };
}

/** The one language model every platform's model is generated from. */
export interface LanguageModel {
  readonly invocationName: string;
  readonly intents: readonly IntentSpec[];
  readonly slotTypes: readonly SlotTypeSpec[];
  readonly freeSpeech: FreeSpeechSpec;
}

/** The slots each intent carries. */
const slotsByIntent: Partial<Record<ModelIntent, readonly SlotSpec[]>> = {
  breathe: [
    { name: 'rounds', type: 'AMAZON.NUMBER' },
    { name: 'minutes', type: 'AMAZON.NUMBER' },
    { name: 'pattern', type: 'BREATHING_PATTERN' },
  ],
  chooseNumber: [{ name: 'rounds', type: 'AMAZON.NUMBER' }],
  learn: [{ name: 'topic', type: 'LESSON_TOPIC' }],
  compassionBreak: [{ name: 'length', type: 'PRACTICE_LENGTH' }],
  affirmation: [{ name: 'theme', type: 'AFFIRMATION_THEME' }],
  setReminder: [{ name: 'time', type: 'AMAZON.TIME' }],
  windDown: [{ name: 'minutes', type: 'AMAZON.NUMBER' }],
};

/** A custom slot type from a table of ids and the ways people name them. */
const slotType = (
  name: string,
  names: Record<string, { value: string; synonyms: readonly string[] }>,
): SlotTypeSpec => ({
  name,
  values: Object.entries(names).map(([id, spoken]) => ({ id, ...spoken })),
});

/** Kind Recovery's language model. */
export const languageModel: LanguageModel = {
  invocationName: 'kind recovery',
  intents: modelIntents.map((intent) => ({
    intent,
    samples: samples[intent],
    slots: slotsByIntent[intent] ?? [],
  })),
  freeSpeech: {
    carriers: freeSpeechCarriers,
    slot: freeSpeechSlot,
    intentName: freeSpeechIntentName,
    catchAll,
  },
  slotTypes: [
    slotType('LESSON_TOPIC', lessonTopicNames),
    slotType('BREATHING_PATTERN', patternNames),
    slotType('AFFIRMATION_THEME', themeNames),
    slotType('PRACTICE_LENGTH', lengthNames),
  ],
};
