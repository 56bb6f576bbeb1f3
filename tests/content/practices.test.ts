import { check } from 'ssml-check-core';
import { contentFor, supportedLocales } from '../../src/content';
import { en } from '../../src/content/en';
import type { Script } from '../../src/content/types';
import { affirmationThemes, lessonIds } from '../../src/content/types';
import { spoken } from '../../src/core/script';
import {
  alexaSpeech,
  estimateSpeechSeconds,
  googleSpeech,
  guidedRateFactor,
  toSsml,
} from '../../src/speech';
import { converse, lastOf, launch, said } from '../support/turns';

/** How long a guided script lasts: its words at the guided pace, plus its silences. */
const duration = (script: Script) =>
  script.reduce<number>(
    (total, line) =>
      total +
      (typeof line === 'string'
        ? estimateSpeechSeconds(line, guidedRateFactor)
        : 'pause' in line
          ? line.pause
          : 0),
    0,
  );

/** Every script the skill can say, by name, for the rendering checks. */
const scripts: ReadonlyArray<readonly [string, Script]> = [
  ...en.welcome.firstTime.map((script, index) => [`welcome ${index}`, script] as const),
  ['help', en.help.speech],
  ...en.compassionBreak.short.map((script, index) => [`short break ${index}`, script] as const),
  ...en.compassionBreak.long.map((script, index) => [`long break ${index}`, script] as const),
  ...en.urgeSurfing.practice.map((script, index) => [`urge surfing ${index}`, script] as const),
  ...lessonIds.flatMap((id) => [
    [`${id} summary`, en.lessons.topics[id].summary] as const,
    ...en.lessons.topics[id].more.map(
      (passage, index) => [`${id} more ${index + 1}`, passage] as const,
    ),
  ]),
  ...[
    ...en.safety.medication.question,
    ...en.safety.medication.statement,
    ...en.safety.medication.mixing,
    en.safety.medication.runningOut([{ digits: '911' }]),
  ].map((script, index) => [`medication ${index}`, script] as const),
  ...en.safety.slip.map((script, index) => [`slip ${index}`, script] as const),
  ...en.affirmation.all.map(
    (affirmation, index) => [`affirmation ${index}`, [affirmation.text]] as const,
  ),
];

describe.each(scripts)('%s', (_name, script) => {
  it.each([
    ['Amazon', 'amazon', alexaSpeech],
    ['Google', 'google', googleSpeech],
  ] as const)(
    'renders to SSML that %s accepts, under 8,000 characters',
    async (_platform, name, platform) => {
      const ssml = toSsml(spoken(script), platform);
      expect(await check(ssml, { platform: name })).toBeUndefined();
      expect(ssml.length).toBeLessThan(8000);
    },
  );
});

describe('self-compassion breaks', () => {
  it.each(en.compassionBreak.short.map((script, index) => [index, script] as const))(
    'short form %i lasts about ninety seconds',
    (_index, script) => {
      expect(duration(script)).toBeGreaterThan(70);
      expect(duration(script)).toBeLessThan(115);
    },
  );

  it.each(en.compassionBreak.long.map((script, index) => [index, script] as const))(
    'long form %i lasts about five minutes',
    (_index, script) => {
      expect(duration(script)).toBeGreaterThan(250);
      expect(duration(script)).toBeLessThan(350);
    },
  );

  it('has at least three wordings of each form', () => {
    expect(en.compassionBreak.short.length).toBeGreaterThanOrEqual(3);
    expect(en.compassionBreak.long.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the long form when asked for it', () => {
    const answer = lastOf([launch(), said('compassionBreak', { length: 'long' })]);
    const seconds = answer.reply.speech.reduce(
      (total, part) =>
        total +
        (part.type === 'pause'
          ? part.seconds
          : part.type === 'text'
            ? estimateSpeechSeconds(part.text, guidedRateFactor)
            : 0),
      0,
    );
    expect(seconds).toBeGreaterThan(250);
  });
});

describe('urge surfing', () => {
  it.each(en.urgeSurfing.practice.map((script, index) => [index, script] as const))(
    'practice %i lasts about three minutes and rides the wave',
    (_index, script) => {
      expect(duration(script)).toBeGreaterThan(150);
      expect(duration(script)).toBeLessThan(215);
      expect(script.filter((line): line is string => typeof line === 'string').join(' ')).toMatch(
        /wave/,
      );
    },
  );

  it('is guided when a craving is named', () => {
    expect(lastOf([launch(), said('urgeSurfing')]).text).toMatch(/wave/);
  });
});

describe('affirmations', () => {
  const texts = en.affirmation.all.map((affirmation) => affirmation.text);

  it('number at least 150, all distinct', () => {
    expect(texts.length).toBeGreaterThanOrEqual(150);
    expect(new Set(texts.map((text) => text.toLowerCase())).size).toBe(texts.length);
  });

  it.each(affirmationThemes)(
    'offer "%s" on request, never repeating until the theme is exhausted',
    (theme) => {
      const inTheme = en.affirmation.all
        .filter((affirmation) => affirmation.theme === theme)
        .map((affirmation) => affirmation.text);
      expect(inTheme.length).toBeGreaterThanOrEqual(20);
      const turns = [
        launch(),
        said('affirmation', { theme: theme.replace(/ /g, '-') }),
        ...inTheme.slice(1).map(() => said('next')),
      ];
      const offered = converse(turns)
        .slice(1)
        .map((answer) => inTheme.find((text) => answer.text.includes(text)));
      expect(offered.every((text) => text !== undefined)).toBe(true);
      expect(new Set(offered).size).toBe(inTheme.length);
    },
  );
});

describe('menus', () => {
  const choicesIn = (question: string) =>
    (/:?\s(.+)\?$/.exec(question)?.[1] ?? '').split(/, or |, | or /).length;

  it.each([
    ['the welcome', en.welcome.firstTime.map((script) => script[script.length - 1] as string)],
    ['what next', [...en.whatNext.question]],
    ['which one', [en.whichOne]],
  ])('%s offers at most three choices', (_name, questions) => {
    questions.forEach((question) => expect(choicesIn(question)).toBeLessThanOrEqual(3));
  });
});

describe('every locale', () => {
  it.each(supportedLocales)('%s has every key of the English content', (locale) => {
    const { content } = contentFor(locale);
    expect(Object.keys(content).sort()).toEqual(Object.keys(en).sort());
    expect(content.affirmation.all.length).toBe(en.affirmation.all.length);
  });
});
