import { createHash } from 'node:crypto';
import type { ModelIntent } from '../src/core/intents';
import {
  dialogflowNameOf,
  noInputEvents,
  noInputIntentName,
  welcomeIntentName,
} from '../src/platforms/dialogflow/intentNames';
import { builtInPhrases, welcomePhrases } from './builtInPhrases';
import type { IntentSpec, LanguageModel, SlotSpec } from './languageModel';
import { normaliseSample } from './validate';

/** The agent's language; Dialogflow ES English agents answer every English locale. */
const language = 'en';

/** Dialogflow's system entity for each platform-neutral slot type, and custom types by name. */
const systemEntities: Readonly<Record<string, string>> = {
  'AMAZON.NUMBER': '@sys.number',
  'AMAZON.TIME': '@sys.time',
};
const entityName = (slotType: string): string =>
  systemEntities[slotType] ?? `@${slotType.toLowerCase().replace(/_/g, '-')}`;

/** Example words for a slot in a training phrase, so Dialogflow learns where the slot sits. */
function exampleValue(slot: SlotSpec, model: LanguageModel, index: number): string {
  if (slot.type === 'AMAZON.NUMBER')
    return ['five', 'three', 'eight', 'two', 'six', 'ten'][index % 6] ?? 'four';
  // Short names make natural training phrases; the long questions stay as entity synonyms.
  const names = (
    model.slotTypes
      .find((type) => type.name === slot.type)
      ?.values.flatMap((value) => [value.value, ...value.synonyms]) ?? []
  ).filter((name) => name.split(' ').length <= 4);
  return names[(index * 7) % Math.max(names.length, 1)] ?? 'self compassion';
}

/** A stable id from a name, shaped like a UUID, so regenerating the agent changes nothing. */
function stableId(name: string): string {
  const hex = createHash('sha1').update(`kind-recovery:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function trainingPhrase(sample: string, spec: IntentSpec, model: LanguageModel, index: number) {
  const pieces = sample.split(/(\{[a-zA-Z_]+\})/).filter((piece) => piece !== '');
  const data = pieces.map((piece) => {
    const slotName = /^\{([a-zA-Z_]+)\}$/.exec(piece)?.[1];
    const slot = spec.slots.find((candidate) => candidate.name === slotName);
    if (!slot) return { text: piece, userDefined: false };
    return {
      text: exampleValue(slot, model, index),
      alias: slot.name,
      meta: entityName(slot.type),
      userDefined: true,
    };
  });
  return {
    id: stableId(`${spec.intent}:${sample}`),
    data,
    isTemplate: false,
    count: 0,
    lang: language,
    updated: 0,
  };
}

function intentFile(
  displayName: string,
  spec: IntentSpec | undefined,
  options: { events?: string[]; isFallback?: boolean },
) {
  return {
    id: stableId(displayName),
    name: displayName,
    auto: true,
    contexts: [],
    responses: [
      {
        resetContexts: false,
        action: options.isFallback
          ? 'input.unknown'
          : options.events?.includes('WELCOME')
            ? 'input.welcome'
            : '',
        affectedContexts: [],
        parameters: (spec?.slots ?? []).map((slot) => ({
          id: stableId(`${displayName}:${slot.name}`),
          name: slot.name,
          required: false,
          dataType: entityName(slot.type),
          value: `$${slot.name}`,
          defaultValue: '',
          isList: false,
          prompts: [],
          promptMessages: [],
          noMatchPromptMessages: [],
          noInputPromptMessages: [],
          outputDialogContexts: [],
        })),
        messages: [{ type: '0', title: '', textToSpeech: '', lang: language, speech: [] }],
        speech: [],
      },
    ],
    priority: 500000,
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent: options.isFallback ?? false,
    events: (options.events ?? []).map((name) => ({ name })),
    conditionalResponses: [],
    condition: '',
    conditionalFollowupEvents: [],
  };
}

/** Training phrases for an intent: its samples, then the built-in phrases Alexa would have understood. */
function phrasesOf(spec: IntentSpec): string[] {
  const seen = new Set<string>();
  return [...spec.samples, ...(builtInPhrases[spec.intent] ?? [])].filter((sample) => {
    const key = normaliseSample(sample);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Intents that exist only on Alexa devices. */
const alexaOnly: readonly ModelIntent[] = ['navigateHome'];

/** The Dialogflow ES agent folder, as relative paths and their text, from the shared language model. */
export function toDialogflowAgent(model: LanguageModel): Map<string, string> {
  const files = new Map<string, string>();
  files.set('package.json', json({ version: '1.0.0' }));
  files.set(
    'agent.json',
    json({
      description:
        'Kind Recovery: kind words, breathing and self-compassion for people recovering from benzodiazepine dependence. A wellness companion, not medical care or an emergency service.',
      language,
      shortDescription: 'Kindness for benzodiazepine recovery',
      examples: '',
      linkToDocs: '',
      disableInteractionLogs: true,
      disableStackdriverLogs: true,
      defaultTimezone: 'Europe/London',
      webhook: {
        url: '',
        username: '',
        headers: {},
        available: true,
        useForDomains: false,
        cloudFunctionsEnabled: false,
        cloudFunctionsInitialized: false,
      },
      isPrivate: true,
      mlMinConfidence: 0.3,
      supportedLanguages: [],
      enableOnePlatformResponses: true,
      onePlatformApiVersion: 'v2',
      analyzeQueryTextSentiment: false,
      enabledKnowledgeBaseNames: [],
      knowledgeServiceConfidenceAdjustment: 0,
      dialogBuilderMode: false,
      baseActionPackagesUrl: '',
      enableSpellCorrection: true,
    }),
  );
  files.set(
    `intents/${welcomeIntentName}.json`,
    json(intentFile(welcomeIntentName, undefined, { events: ['WELCOME'] })),
  );
  files.set(
    `intents/${welcomeIntentName}_usersays_${language}.json`,
    json(
      welcomePhrases.map((phrase) => ({
        id: stableId(`welcome:${phrase}`),
        data: [{ text: phrase, userDefined: false }],
        isTemplate: false,
        count: 0,
        lang: language,
        updated: 0,
      })),
    ),
  );
  // A telephony gateway reports a caller's silence as an event; this intent carries it to the webhook.
  files.set(
    `intents/${noInputIntentName}.json`,
    json(intentFile(noInputIntentName, undefined, { events: [...noInputEvents] })),
  );
  for (const spec of model.intents.filter((candidate) => !alexaOnly.includes(candidate.intent))) {
    const displayName = dialogflowNameOf[spec.intent];
    const isFallback = spec.intent === 'fallback';
    files.set(`intents/${displayName}.json`, json(intentFile(displayName, spec, { isFallback })));
    const phrases = phrasesOf(spec).map((sample, index) =>
      trainingPhrase(sample, spec, model, index),
    );
    if (phrases.length > 0)
      files.set(`intents/${displayName}_usersays_${language}.json`, json(phrases));
  }
  for (const type of model.slotTypes) {
    const name = entityName(type.name).slice(1);
    files.set(
      `entities/${name}.json`,
      json({
        id: stableId(name),
        name,
        isOverridable: true,
        isEnum: false,
        isRegexp: false,
        automatedExpansion: false,
        allowFuzzyExtraction: true,
      }),
    );
    files.set(
      `entities/${name}_entries_${language}.json`,
      json(
        type.values.map((value) => ({
          value: value.id,
          synonyms: [value.value, ...value.synonyms],
        })),
      ),
    );
  }
  return files;
}
