import { contentFor, supportedLocales } from '../../src/content';
import { crisisContactsByLocale } from '../../src/content/crisisContacts';
import { en } from '../../src/content/en';
import type { Script } from '../../src/content/types';
import { lessonIds } from '../../src/content/types';

/** Every string in a piece of content, found by walking it. */
function allWords(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allWords);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allWords);
  return [];
}

/** Everything the skill can say in English, the phrase-making functions included. */
const words = [
  ...allWords(en),
  en.breathing.starting.rounds('four', en.breathing.patterns.box.name),
  en.breathing.starting.minutes('one', en.breathing.patterns.resonance.name),
  en.lessons.nextTopicQuestion(en.lessons.topics['mental-health'].title),
  ...allWords(en.crisis.emergencyIfActing([{ digits: '112' }, { digits: '999' }])),
  ...allWords(en.crisis.again(undefined, [{ digits: '000', sayAs: 'triple zero' }])),
  ...allWords(en.emergency.callNow([{ digits: '911' }])),
  ...allWords(en.safety.medication.runningOut([{ digits: '911' }])),
  ...allWords(en.safety.unwellOtherwise(crisisContactsByLocale['en-GB']?.urgentAdvice)),
  ...allWords(en.fallback.goodbye([{ digits: '911' }])),
  ...Object.values(crisisContactsByLocale).flatMap((contacts) =>
    contacts.lines.flatMap((line) => allWords(en.crisis.line(line))),
  ),
];
const scriptText = (script: Script) =>
  script.filter((line): line is string => typeof line === 'string').join(' ');

describe('the English content', () => {
  it.each(['addict', 'abuser', 'abuse', 'clean', 'dirty', 'junkie'])('never says "%s"', (word) => {
    expect(words.filter((text) => new RegExp(`\\b${word}`, 'i').test(text))).toEqual([]);
  });

  it.each([
    /\bmg\b/i,
    /milligram/i,
    /percent|%/i,
    /\bdose of\b/i,
    /\b(diazepam|valium|xanax|klonopin)\b/i,
  ])('never gives a dose, a percentage or a drug to take (%p)', (pattern) => {
    expect(words.filter((text) => pattern.test(text))).toEqual([]);
  });

  it('has at least thirty distinct affirmations, each a complete sentence', () => {
    const texts = en.affirmation.all.map((affirmation) => affirmation.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(30);
    texts.forEach((text) => expect(text).toMatch(/^[A-Z].*[.!]$/));
  });

  it.each(lessonIds)('teaches %s with a summary and more', (id) => {
    const lesson = en.lessons.topics[id];
    expect(scriptText(lesson.summary).split(' ').length).toBeGreaterThan(40);
    expect(scriptText(lesson.more.flat()).split(' ').length).toBeGreaterThan(40);
    expect(lesson.title).toMatch(/^[a-z]/);
  });

  it.each(lessonIds.filter((id) => id.startsWith('challenge-')))(
    '%s ends with something to try',
    (id) => {
      expect(scriptText(en.lessons.topics[id].more.flat())).toMatch(/try/i);
    },
  );

  it('quotes Carl Rogers once, with attribution', () => {
    const quoted = lessonIds.filter((id) => {
      const lesson = en.lessons.topics[id];
      return /Carl Rogers/.test(scriptText(lesson.summary) + scriptText(lesson.more.flat()));
    });
    expect(quoted).toHaveLength(1);
    const lesson = en.lessons.topics[quoted[0] ?? 'what-is-self-compassion'];
    expect(scriptText(lesson.summary) + scriptText(lesson.more.flat())).toMatch(
      /when I accept myself just as I am, then I can change/,
    );
  });

  it.each(en.compassionBreak.short.map((script, index) => [index, script] as const))(
    'self-compassion break %i has mindfulness, common humanity and kindness, with silence between',
    (_index, script) => {
      const text = scriptText(script);
      expect(text).toMatch(/suffering|hard|hurts/);
      expect(text).toMatch(/not alone/);
      expect(text).toMatch(/may I be (kind|gentle)/i);
      expect(script.filter((line) => typeof line !== 'string').length).toBeGreaterThanOrEqual(5);
    },
  );

  it('opens breathing with the dizziness note', () => {
    expect(scriptText(en.breathing.safetyNote)).toMatch(
      /If you feel dizzy, let your breath go back to normal/,
    );
  });

  it('keeps every guided silence within what a listener can rest in', () => {
    const pauses = [
      ...en.compassionBreak.short,
      ...en.compassionBreak.long,
      ...en.urgeSurfing.practice,
      ...lessonIds.flatMap((id) => [en.lessons.topics[id].summary, ...en.lessons.topics[id].more]),
    ]
      .flat()
      .filter((line): line is { pause: number } => typeof line === 'object' && 'pause' in line);
    pauses.forEach((line) => expect(line.pause).toBeGreaterThan(0));
    pauses.forEach((line) => expect(line.pause).toBeLessThanOrEqual(30));
  });
});

describe('locales', () => {
  it.each(supportedLocales)('%s has every word and its own crisis numbers', (locale) => {
    const { content, contacts } = contentFor(locale);
    expect(content.welcome.firstTime.length).toBeGreaterThan(0);
    expect(contacts.emergency.length).toBeGreaterThan(0);
    expect(contacts.lines.length).toBeGreaterThan(0);
  });

  it.each([
    ['en-US', '911', '988'],
    ['en-CA', '911', '988'],
    ['en-GB', '999', '116 123'],
    ['en-AU', '000', '13 11 14'],
    ['en-IN', '112', '14416'],
    ['en-IE', '112', '116 123'],
    ['en-NZ', '111', '1737'],
  ])('%s matches the design table: emergency %s, crisis line %s', (locale, emergency, line) => {
    const contacts = crisisContactsByLocale[locale];
    expect(contacts?.emergency.map((phone) => phone.digits)).toContain(emergency);
    expect(contacts?.lines[0]?.digits).toBe(line);
  });
});
