import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { heard, invokeChecked } from '../support/alexa';
import { launchEnvelope } from '../support/envelopes';

const tasksFolder = join(__dirname, '..', '..', 'skill-package', 'tasks');

const launchWithTask = (name: string, input: Record<string, unknown>) => {
  const launch = launchEnvelope();
  return {
    ...launch,
    request: {
      ...launch.request,
      task: { name: `amzn1.ask.skill.5f1c2a3b.${name}`, version: '1', input },
    },
  } as typeof launch;
};

describe('custom tasks, for Alexa routines', () => {
  it.each([
    ['StartBreathing', { pattern: 'resonance', minutes: 1 }, /resonance|five and a half/],
    ['SelfCompassionBreak', { length: 'short' }, /not alone/],
    ['Affirmation', { theme: 'resilience' }, /Here's|Take this one/],
  ])('%s starts the practice directly, then ends', async (name, input, expected) => {
    const response = await invokeChecked(launchWithTask(name, input));
    expect(heard(response)).toMatch(expected);
    expect(heard(response)).not.toMatch(/Welcome to Kind Recovery/);
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('treats an unknown task as an ordinary launch', async () => {
    const response = await invokeChecked(launchWithTask('OrderPizza', {}));
    expect(heard(response)).toMatch(/Kind Recovery/);
    expect(response.response.shouldEndSession).toBe(false);
  });

  it.each(readdirSync(tasksFolder))('the definition %s follows the task format', (file) => {
    const [name, version] = file.split('.');
    const definition = JSON.parse(readFileSync(join(tasksFolder, file), 'utf8'));
    expect(file).toMatch(/^[A-Za-z]+\.\d+\.json$/);
    expect(definition.openapi).toMatch(/^3\./);
    expect(definition.info.version).toBe(version);
    expect(Object.keys(definition.paths)).toEqual([`/${name}`]);
    const operations = Object.keys(definition.paths[`/${name}`]).filter((key) =>
      ['get', 'put', 'post', 'delete', 'patch'].includes(key),
    );
    expect(operations).toEqual(['post']);
    expect(Object.keys(definition.paths[`/${name}`].post.requestBody.content)).toEqual([
      'application/json',
    ]);
    expect(JSON.stringify(definition)).not.toMatch(/"\$ref":"(?!#\/)/);
  });
});
