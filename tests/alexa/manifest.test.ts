import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { alexaLocales } from '../../interaction-models/alexaModel';
import { execFileSync } from 'node:child_process';
import { endpointFor, withEndpoint } from '../../scripts/skillEndpoint';
import { supportedLocales } from '../../src/content';
import { reminderPermission } from '../../src/platforms/alexa/reminders';
import { smapiValidator } from '../support/smapiSchema';

const packageFolder = join(__dirname, '..', '..', 'skill-package');
const skill = JSON.parse(readFileSync(join(packageFolder, 'skill.json'), 'utf8'));
const { manifest } = skill;
const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
const problems = (candidate: unknown) =>
  validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('the skill manifest', () => {
  it("validates against SMAPI's SkillManifestEnvelope, with unknown fields refused", () => {
    expect(problems(skill)).toEqual([]);
  });

  const mutated = (change: (copy: typeof skill) => void) => {
    const copy = structuredClone(skill);
    change(copy);
    return copy;
  };
  it.each([
    [
      'a misspelt field',
      (m: typeof skill) => (m.manifest.publishingInformation.locales['en-US'].nmae = 'x'),
    ],
    [
      'an unknown interface',
      (m: typeof skill) => (m.manifest.apis.custom.interfaces[0].type = 'APL'),
    ],
    [
      'a summary over 160 characters',
      (m: typeof skill) =>
        (m.manifest.publishingInformation.locales['en-US'].summary = 'x'.repeat(161)),
    ],
    [
      'an endpoint over plain HTTP',
      (m: typeof skill) => (m.manifest.apis.custom.endpoint.uri = 'http://x/alexa'),
    ],
    ['events with no endpoint', (m: typeof skill) => delete m.manifest.events.endpoint],
    [
      'five example phrases',
      (m: typeof skill) =>
        m.manifest.publishingInformation.locales['en-US'].examplePhrases.push('a', 'b'),
    ],
    [
      'a viewport with a made-up shape',
      (m: typeof skill) =>
        (m.manifest.apis.custom.interfaces[0].supportedViewports[0].shape = 'OVAL'),
    ],
  ])('the validation is strict enough to refuse %s', (_name, change) => {
    expect(problems(mutated(change)).length).toBeGreaterThan(0);
  });

  it('declares what reminders, forgetting on disable, routines and the Echo Show circle need', () => {
    expect(manifest.permissions).toEqual([{ name: reminderPermission }]);
    expect(manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    expect(manifest.apis.custom.interfaces.map((entry: { type: string }) => entry.type)).toContain(
      'ALEXA_PRESENTATION_APL',
    );
    const taskFiles = readdirSync(join(packageFolder, 'tasks'))
      .map((file) => file.split('.')[0])
      .sort();
    expect(manifest.apis.custom.tasks.map((task: { name: string }) => task.name).sort()).toEqual(
      taskFiles,
    );
  });

  it('publishes in exactly the locales that have a generated interaction model in the package', () => {
    const models = readdirSync(join(packageFolder, 'interactionModels', 'custom'))
      .map((file) => file.replace(/\.json$/, ''))
      .sort();
    expect(models).toEqual([...alexaLocales].sort());
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual(models);
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).toEqual(models);
  });

  it.each(
    supportedLocales.filter((locale) => (alexaLocales as readonly string[]).includes(locale)),
  )('describes the skill in %s with the health disclaimer Alexa policy asks for', (locale) => {
    const details = manifest.publishingInformation.locales[locale];
    expect(details.name).toBe('Kind Recovery');
    expect(details.description).toMatch(
      /not a substitute for professional medical advice, diagnosis or treatment/,
    );
    expect(details.description).toMatch(/not an emergency service/);
    expect(details.summary).toMatch(/Not medical care/);
  });

  it.each(alexaLocales)(
    'in %s, every example phrase is a sample the model really has',
    (locale) => {
      const model = JSON.parse(
        readFileSync(join(packageFolder, 'interactionModels', 'custom', `${locale}.json`), 'utf8'),
      ).interactionModel.languageModel;
      const samples = new Set<string>(
        model.intents.flatMap((intent: { samples?: string[] }) => intent.samples ?? []),
      );
      const phrases: string[] = manifest.publishingInformation.locales[locale].examplePhrases;
      expect(phrases[0]).toBe(`Alexa, open ${model.invocationName}`);
      for (const phrase of phrases.slice(1)) {
        const match = new RegExp(`^Alexa, ask ${model.invocationName} (?:to |for )?(.+)$`).exec(
          phrase,
        );
        expect(match && samples.has(match[1]!) ? phrase : `no sample for "${phrase}"`).toBe(phrase);
      }
    },
  );
});

describe('pointing the manifest at a deployed endpoint', () => {
  it.each([
    [
      'arn:aws:lambda:us-east-1:111122223333:function:kind-recovery-production-alexa',
      { uri: 'arn:aws:lambda:us-east-1:111122223333:function:kind-recovery-production-alexa' },
    ],
    [
      'https://kind.example.org/alexa',
      { uri: 'https://kind.example.org/alexa', sslCertificateType: 'Trusted' },
    ],
  ])('accepts %s, and the manifest still validates', (value, endpoint) => {
    expect(endpointFor(value)).toEqual(endpoint);
    const pointed = withEndpoint(skill, value);
    expect(pointed.manifest.apis.custom.endpoint).toEqual(endpoint);
    expect(pointed.manifest.events.endpoint).toEqual(endpoint);
    expect(problems(pointed)).toEqual([]);
  });

  it('npm run skill:endpoint rewrites the file as the project formats it, so lint stays green', () => {
    const root = join(__dirname, '..', '..');
    mkdirSync(join(root, '.data'), { recursive: true });
    const folder = mkdtempSync(join(root, '.data', 'manifest-'));
    const copy = join(folder, 'skill.json');
    try {
      copyFileSync(join(packageFolder, 'skill.json'), copy);
      const run = (file: string, ...args: string[]) =>
        execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: 'pipe' });
      run(
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'scripts/skillEndpoint.ts',
        'https://kind.example.org/alexa',
        copy,
      );
      expect(JSON.parse(readFileSync(copy, 'utf8')).manifest.apis.custom.endpoint.uri).toBe(
        'https://kind.example.org/alexa',
      );
      // Prettier's command line, as `npm run lint` runs it, throws when the file is not formatted.
      expect(() =>
        run(join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', copy),
      ).not.toThrow();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([
    ['plain HTTP', 'http://kind.example.org/alexa', /HTTPS only/],
    ['the wrong path', 'https://kind.example.org/', /\/alexa/],
    ['not an ARN or URL', 'kind-recovery-production-alexa', /neither a Lambda function ARN/],
    [
      'an ARN of something else',
      'arn:aws:s3:::kind-recovery-audio',
      /neither a Lambda function ARN/,
    ],
  ])('refuses %s with a clear reason', (_name, value, reason) => {
    expect(() => endpointFor(value)).toThrow(reason);
  });
});
