import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { supportedLocales } from '../../src/content';
import { reminderPermission } from '../../src/platforms/alexa/reminders';

const packageFolder = join(__dirname, '..', '..', 'skill-package');
const { manifest } = JSON.parse(readFileSync(join(packageFolder, 'skill.json'), 'utf8'));

describe('the skill manifest', () => {
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

  it.each(supportedLocales)('describes the skill in %s with the health disclaimer', (locale) => {
    const details = manifest.publishingInformation.locales[locale];
    expect(details.name).toBe('Kind Recovery');
    expect(details.description).toMatch(/not medical care and not an emergency service/);
    expect(details.examplePhrases[0]).toBe('Alexa, open kind recovery');
  });
});
