import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from './resolveUtterance';

interface TrainingPart {
  readonly text: string;
  readonly alias?: string;
  readonly meta?: string;
}

/** Dialogflow entity types as the resolver names slot types (it knows numbers and times by Alexa's names). */
const systemTypes: Readonly<Record<string, string>> = {
  '@sys.number': 'AMAZON.NUMBER',
  '@sys.time': 'AMAZON.TIME',
};
const slotTypeOf = (entity: string): string => systemTypes[entity] ?? entity.replace(/^@/, '');

/** Reads a Dialogflow agent folder into the shape the utterance resolver matches against. */
export function agentAsModel(folder: string): InteractionModel {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(folder, path), 'utf8'));
  const intentFiles = readdirSync(join(folder, 'intents')).filter(
    (file) => !file.includes('_usersays_'),
  );
  const intents = intentFiles.map((file) => {
    const displayName = file.replace(/\.json$/, '');
    const usersaysFile = `${displayName}_usersays_en.json`;
    const phrases = readdirSync(join(folder, 'intents')).includes(usersaysFile)
      ? (read(join('intents', usersaysFile)) as { data: TrainingPart[] }[])
      : [];
    const slots = new Map<string, string>();
    const samples = phrases.map((phrase) =>
      phrase.data
        .map((part) => {
          if (!part.alias || !part.meta) return part.text;
          slots.set(part.alias, slotTypeOf(part.meta));
          return `{${part.alias}}`;
        })
        .join(''),
    );
    return {
      name: displayName,
      slots: [...slots].map(([name, type]) => ({ name, type })),
      samples,
    };
  });
  const types = readdirSync(join(folder, 'entities'))
    .filter((file) => file.endsWith('_entries_en.json'))
    .map((file) => ({
      name: file.replace('_entries_en.json', ''),
      values: (read(join('entities', file)) as { value: string; synonyms: string[] }[]).map(
        (entry) => ({
          id: entry.value,
          name: { value: entry.synonyms[0] ?? entry.value, synonyms: entry.synonyms.slice(1) },
        }),
      ),
    }));
  return {
    interactionModel: { languageModel: { invocationName: 'kind recovery', intents, types } },
  };
}
