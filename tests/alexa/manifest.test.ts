import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { alexaLocales } from '../../interaction-models/alexaModel';
import { execFileSync } from 'node:child_process';
import { endpointFor, withEndpoint } from '../../scripts/skillEndpoint';
import { supportedLocales } from '../../src/content';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { canFulfill } from '../../src/platforms/alexa/canFulfill';
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
      'a can-fulfil interface with a field of its own',
      (m: typeof skill) =>
        m.manifest.apis.custom.interfaces.push({ type: 'CAN_FULFILL_INTENT_REQUEST', x: 1 }),
    ],
    [
      'thirty-one keywords',
      (m: typeof skill) =>
        (m.manifest.publishingInformation.locales['en-US'].keywords = Array.from(
          { length: 31 },
          (_, index) => `calm ${index}`,
        )),
    ],
    [
      'a keyword over 150 characters',
      (m: typeof skill) =>
        m.manifest.publishingInformation.locales['en-US'].keywords.push('x'.repeat(151)),
    ],
    [
      'a description over 4,000 characters',
      (m: typeof skill) =>
        (m.manifest.publishingInformation.locales['en-US'].description = 'x'.repeat(4001)),
    ],
    [
      'a viewport with a made-up shape',
      (m: typeof skill) =>
        (m.manifest.apis.custom.interfaces[0].supportedViewports[0].shape = 'OVAL'),
    ],
  ])('the validation is strict enough to refuse %s', (_name, change) => {
    expect(problems(mutated(change)).length).toBeGreaterThan(0);
  });

  it('declares what reminders, forgetting on disable, routines, the Echo Show circle and name-free requests need', () => {
    expect(manifest.permissions).toEqual([{ name: reminderPermission }]);
    expect(manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    const interfaces = manifest.apis.custom.interfaces.map((entry: { type: string }) => entry.type);
    expect(interfaces).toContain('ALEXA_PRESENTATION_APL');
    // Without it Alexa never sends the CanFulfillIntentRequest the skill answers.
    expect(manifest.apis.custom.interfaces).toContainEqual({ type: 'CAN_FULFILL_INTENT_REQUEST' });
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

  // Alexa+ reads the description, keywords and example phrases to decide whether a request belongs to the skill.
  it.each([
    ['who it is for', /people tapering off or recovering from benzodiazepines/],
    ['self-compassion breaks', /Self-compassion breaks/],
    ['breathing', /Breathing exercises with timed spoken cues/],
    ['urge surfing', /Urge surfing, to ride out a craving/],
    ['grounding', /Grounding with your eyes open, for panic/],
    ['the wind-down', /A wind-down for sleepless nights/],
    ['affirmations', /Affirmations/],
    ['lessons', /Short spoken lessons/],
    ['what it is', /a wellness companion, not medical care and not an emergency service/],
    ['where to turn in a crisis', /say "I need help" at any time/],
  ])('says plainly in its description %s', (_what, words) => {
    expect(manifest.publishingInformation.locales['en-US'].description).toMatch(words);
  });

  it('is described the same way in every locale', () => {
    const { locales } = manifest.publishingInformation;
    for (const locale of alexaLocales) expect(locales[locale]).toEqual(locales['en-US']);
  });

  it('offers keywords for what people ask about, each one once', () => {
    const keywords: string[] = manifest.publishingInformation.locales['en-US'].keywords;
    expect(keywords.length).toBeGreaterThanOrEqual(20);
    expect(new Set(keywords.map((keyword) => keyword.toLowerCase())).size).toBe(keywords.length);
    expect(keywords).toEqual(
      expect.arrayContaining(['benzodiazepine withdrawal', 'self compassion', 'urge surfing']),
    );
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
      expect(phrases.length).toBeGreaterThanOrEqual(3);
      for (const phrase of phrases.slice(1)) {
        const match = new RegExp(`^Alexa, ask ${model.invocationName} (?:to |for )?(.+)$`).exec(
          phrase,
        );
        expect(match && samples.has(match[1]!) ? phrase : `no sample for "${phrase}"`).toBe(phrase);
      }
    },
  );

  it.each(alexaLocales)(
    'in %s, every example phrase opens the skill or reaches a practice it claims and plays',
    (locale) => {
      const model = JSON.parse(
        readFileSync(join(packageFolder, 'interactionModels', 'custom', `${locale}.json`), 'utf8'),
      );
      const resolver = new UtteranceResolver(model, { isCatchingAll: false });
      const [opening, ...requests]: string[] =
        manifest.publishingInformation.locales[locale].examplePhrases;
      expect(resolver.isLaunch(opening!)).toBe(true);
      const reached = requests.map((phrase) => {
        const intent = resolver.resolve(phrase);
        return [phrase, intent.name, canFulfill(intent).canFulfill];
      });
      expect(reached.filter(([, , answer]) => answer !== 'YES')).toEqual([]);
      // Each example shows something different the skill does.
      expect(new Set(reached.map(([, name]) => name)).size).toBe(requests.length);
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
