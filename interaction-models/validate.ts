import type { IntentSpec, LanguageModel } from './languageModel';

/** Slot types every platform provides, so a model need not declare them. */
const builtInSlotTypes = new Set(['AMAZON.NUMBER', 'AMAZON.TIME']);

/** Words Alexa does not allow in an invocation name. */
const forbiddenInvocationWords = new Set([
  'alexa',
  'amazon',
  'echo',
  'computer',
  'skill',
  'app',
  'launch',
  'ask',
  'tell',
  'open',
  'load',
  'begin',
  'start',
  'resume',
  'run',
  'enable',
  'use',
  'play',
  'talk',
  'to',
  'for',
  'from',
  'by',
  'with',
]);

/** Intents the platform defines that may not carry samples. */
const intentsWithoutSamples = new Set(['fallback']);

/** How a sample is compared with others: case and spacing do not make two samples different. */
export const normaliseSample = (sample: string): string =>
  sample.trim().replace(/\s+/g, ' ').toLowerCase();

function invocationNameErrors(name: string): string[] {
  const errors: string[] = [];
  if (!/^[a-z][a-z ]*[a-z]$/.test(name) || /\s{2,}/.test(name)) {
    errors.push(`invocation name "${name}" must be lowercase letters and single spaces`);
  }
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2) errors.push(`invocation name "${name}" must have at least two words`);
  const forbidden = words.filter((word) => forbiddenInvocationWords.has(word));
  if (forbidden.length > 0) {
    errors.push(
      `invocation name "${name}" contains a launch or wake word: ${forbidden.join(', ')}`,
    );
  }
  return errors;
}

function sampleErrors(spec: IntentSpec, sample: string): string[] {
  const where = `${spec.intent}: "${sample}"`;
  const errors: string[] = [];
  if (/\d/.test(sample))
    errors.push(`${where} contains digits; write numbers as words or use a slot`);
  const withoutSlots = sample.replace(/\{[A-Za-z_]+\}/g, '');
  if (/[^A-Za-z '.\s]/.test(withoutSlots))
    errors.push(`${where} contains characters Alexa rejects`);
  if (sample.trim() === '') errors.push(`${spec.intent}: an empty sample`);
  if (sample.split(/\s+/).length > 20) errors.push(`${where} is too long`);
  const declared = new Set(spec.slots.map((slot) => slot.name));
  const used = [...sample.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
  used
    .filter((slot) => !declared.has(slot as never))
    .forEach((slot) => {
      errors.push(`${where} uses the slot {${slot}}, which the intent does not declare`);
    });
  if (new Set(used).size !== used.length) errors.push(`${where} uses a slot twice`);
  if (/\}\{|[A-Za-z']\{|\}[A-Za-z']/.test(sample))
    errors.push(`${where} needs spaces around its slots`);
  return errors;
}

/**
 * Alexa's rules for free speech: an `AMAZON.SearchQuery` slot needs a carrier phrase, may not share a sample with
 * another slot, and an intent may hold only one; intent names are letters and underscores, each used once.
 */
function freeSpeechErrors(model: LanguageModel, ownerOf: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  const names = new Map<string, string>();
  for (const carrier of model.freeSpeech.carriers) {
    const name = model.freeSpeech.intentName(carrier);
    if (!/^[A-Za-z_]+$/.test(name))
      errors.push(`free speech: "${name}" is not a valid intent name`);
    const earlier = names.get(name);
    if (earlier !== undefined)
      errors.push(`free speech: "${carrier}" and "${earlier}" share ${name}`);
    names.set(name, carrier);
    if (!/^[A-Za-z][A-Za-z' ]*$/.test(carrier))
      errors.push(`free speech: "${carrier}" is not a carrier`);
    if (ownerOf.has(normaliseSample(`${carrier} {${model.freeSpeech.slot}}`))) {
      errors.push(`free speech: "${carrier} {${model.freeSpeech.slot}}" is already a sample`);
    }
  }
  const { catchAll } = model.freeSpeech;
  if (!/^[A-Za-z_]+$/.test(catchAll.intentName) || names.has(catchAll.intentName)) {
    errors.push(`free speech: the catch-all "${catchAll.intentName}" needs a name of its own`);
  }
  if (model.slotTypes.some((type) => type.name === catchAll.slotType)) {
    errors.push(`free speech: the catch-all's type ${catchAll.slotType} is already a slot type`);
  }
  // Alexa allows at most 250 intents in a model.
  const intentCount = model.intents.length + model.freeSpeech.carriers.length + 1;
  if (intentCount > 250) errors.push(`the model has ${intentCount} intents; Alexa allows 250`);
  return errors;
}

/** Everything in a language model that Alexa would reject; an empty list means it is fine. */
export function validateLanguageModel(model: LanguageModel): string[] {
  const errors = invocationNameErrors(model.invocationName);
  const ownerOf = new Map<string, string>();
  const slotTypes = new Set(model.slotTypes.map((type) => type.name));
  for (const spec of model.intents) {
    if (intentsWithoutSamples.has(spec.intent) && spec.samples.length > 0) {
      errors.push(`${spec.intent} may not carry samples`);
    }
    spec.slots
      .filter((slot) => !builtInSlotTypes.has(slot.type) && !slotTypes.has(slot.type))
      .forEach((slot) =>
        errors.push(`${spec.intent}: slot {${slot.name}} has the undeclared type ${slot.type}`),
      );
    for (const sample of spec.samples) {
      errors.push(...sampleErrors(spec, sample));
      const key = normaliseSample(sample);
      const owner = ownerOf.get(key);
      if (owner !== undefined) {
        errors.push(`"${sample}" is a sample of both ${owner} and ${spec.intent}`);
      } else {
        ownerOf.set(key, spec.intent);
      }
    }
  }
  errors.push(...freeSpeechErrors(model, ownerOf));
  for (const type of model.slotTypes) {
    const seen = new Set<string>();
    for (const value of type.values) {
      for (const name of [value.value, ...value.synonyms]) {
        const key = normaliseSample(name);
        if (seen.has(key)) errors.push(`${type.name}: "${name}" names two values`);
        seen.add(key);
        if (/[^A-Za-z '.\s]/.test(name))
          errors.push(`${type.name}: "${name}" contains characters Alexa rejects`);
      }
    }
  }
  return errors;
}
