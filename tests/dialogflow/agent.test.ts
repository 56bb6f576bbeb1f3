import AdmZip from 'adm-zip';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { agentAsModel } from '../../src/chat/dialogflowAgentModel';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { agentFolder, agentZip } from '../../scripts/dialogflowAgentZip';
import { dialogflowNameOf } from '../../src/platforms/dialogflow';

const readJson = (path: string) => JSON.parse(readFileSync(join(agentFolder, path), 'utf8'));
const model = agentAsModel(agentFolder);
const resolver = new UtteranceResolver(model);

describe('the generated Dialogflow ES agent', () => {
  it('has the files an import expects', () => {
    expect(readJson('package.json')).toEqual({ version: '1.0.0' });
    expect(readJson('agent.json')).toMatchObject({ language: 'en', webhook: { available: true } });
    expect(readdirSync(join(agentFolder, 'entities')).sort()).toEqual(
      ['affirmation-theme', 'breathing-pattern', 'lesson-topic', 'practice-length']
        .flatMap((entity) => [`${entity}.json`, `${entity}_entries_en.json`])
        .sort(),
    );
  });

  it('keeps the Default Welcome Intent on the WELCOME event, and the Default Fallback Intent', () => {
    expect(readJson('intents/Default Welcome Intent.json')).toMatchObject({
      events: [{ name: 'WELCOME' }],
      webhookUsed: true,
    });
    expect(readJson('intents/Default Fallback Intent.json')).toMatchObject({
      fallbackIntent: true,
      webhookUsed: true,
    });
  });

  it('sends every intent to the webhook', () => {
    const intents = readdirSync(join(agentFolder, 'intents')).filter(
      (file) => !file.includes('_usersays_'),
    );
    intents.forEach((file) => expect(readJson(join('intents', file)).webhookUsed).toBe(true));
    Object.values(dialogflowNameOf)
      .filter((name) => name !== 'navigate-home')
      .forEach((name) => expect(intents).toContain(`${name}.json`));
  });

  it('annotates slots with their entities', () => {
    const phrases = readJson('intents/breathe_usersays_en.json') as {
      data: { alias?: string; meta?: string }[];
    }[];
    expect(
      phrases.some((phrase) =>
        phrase.data.some((part) => part.alias === 'rounds' && part.meta === '@sys.number'),
      ),
    ).toBe(true);
  });

  it('zips with agent.json at the root, as the console and restoreAgent want', () => {
    const names = new AdmZip(agentZip()).getEntries().map((entry) => entry.entryName);
    expect(names).toContain('agent.json');
    expect(names).toContain('package.json');
    expect(names).toContain('intents/Default Welcome Intent.json');
  });
});

describe('every training phrase resolves back to its intent', () => {
  const cases = model.interactionModel.languageModel.intents.flatMap((intent) =>
    intent.samples.map((sample) => [intent.name, sample] as const),
  );
  const examples: Record<string, string> = {
    rounds: 'five',
    minutes: 'three',
    topic: 'the fear of relapse',
    pattern: 'box',
    theme: 'resilience',
    length: 'long',
    time: 'eight pm',
  };
  const filled = (sample: string) =>
    sample.replace(/\{(\w+)\}/g, (_, slot: string) => examples[slot] ?? slot);

  it('covers hundreds of phrases', () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it.each(cases)('%s: "%s"', (intent, sample) => {
    expect(resolver.resolve(filled(sample)).name).toBe(intent);
  });
});
