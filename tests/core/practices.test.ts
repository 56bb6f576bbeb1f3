import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agentAsModel } from '../../src/chat/dialogflowAgentModel';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { en } from '../../src/content/en';
import { afterKindnessSeconds, beforePhraseSeconds } from '../../src/content/invitations';
import type { Script } from '../../src/content/types';
import { themesOnlyByName } from '../../src/core/activities/affirmation';
import type { Speech, SpeechPart } from '../../src/core/reply';
import { guided } from '../../src/core/script';
import { samples } from '../../interaction-models/samples';
import { agentFolder } from '../../scripts/dialogflowAgentZip';
import { CheckedConversation } from '../support/alexa';
import { converse, lastOf, launch, said } from '../support/turns';

const { compassionBreak, urgeSurfing, affirmation } = en;

/** Words the listener is invited to say in the first person ("I am not alone", "May I be kind to myself"). */
const isFirstPerson = (text: string) => /\bI\b|\b(me|my|myself|mine)\b/i.test(text);
/** Phrases that name what is here, or that suffering is shared, said as phrases of their own. */
const isNamingPhrase = (text: string) =>
  /^(This is (a moment of suffering|really hard|hard|painful|a craving)|This hurts|There is a craving here|Suffering is a part of)/.test(
    text,
  );
const isKindness = (text: string) => /^May I\b/.test(text);
const isPhrase = (text: string) => isFirstPerson(text) || isNamingPhrase(text);

const textOf = (part: SpeechPart | undefined) => (part?.type === 'text' ? part.text : undefined);
const silenceOf = (part: SpeechPart | undefined) => (part?.type === 'pause' ? part.seconds : 0);

/** Every phrase to say, with what comes before it and after it, as the listener hears it. */
const phrasesIn = (speech: Speech) =>
  speech.flatMap((part, index) => {
    const text = textOf(part);
    return text !== undefined && isPhrase(text)
      ? [
          {
            phrase: text,
            invitation: textOf(speech[index - 2]),
            before: silenceOf(speech[index - 1]),
            after: silenceOf(speech[index + 1]),
          },
        ]
      : [];
  });

const spokenLines = (script: Script) =>
  script.filter((line): line is string => typeof line === 'string');

const breakScripts: ReadonlyArray<readonly [string, Script]> = [
  ...compassionBreak.short.map((script, index) => [`short break ${index}`, script] as const),
  ...compassionBreak.long.map((script, index) => [`long break ${index}`, script] as const),
];
const urgeScripts = urgeSurfing.practice.map(
  (script, index) => [`urge surfing ${index}`, script] as const,
);

/** The same request in many conversations, each with its own seed, so every variation is heard. */
const manyTimes = (intent: Parameters<typeof said>[0], slots = {}) =>
  Array.from({ length: 24 }, (_, seed) =>
    lastOf([launch({ seed: seed + 1 }), said(intent, slots, { seed: seed + 1 })]),
  );

describe.each([...breakScripts, ...urgeScripts])('%s', (_name, script) => {
  const phrases = phrasesIn(guided(script));

  it('frames every phrase as something to say to yourself, with silence before and after it', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(1);
    phrases.forEach(({ phrase, invitation, before, after }) => {
      expect({ phrase, invitation }).toEqual({
        phrase,
        invitation: expect.stringMatching(/\b(yourself|say)\b/i),
      });
      expect({ phrase, before }).toEqual({ phrase, before: beforePhraseSeconds });
      expect({ phrase, after }).toEqual({ phrase, after: expect.any(Number) });
      expect(after).toBeGreaterThanOrEqual(3);
    });
  });

  it('never asks for a phrase after a colon, which makes no pause when spoken', () => {
    expect(spokenLines(script).filter((line) => /:/.test(line))).toEqual([]);
  });
});

/** Every string in the English content, however deep, with functions left out. */
const everyString = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(everyString)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(everyString)
        : [];

describe('no line presumes guilt', () => {
  it.each([[/forgive myself for what I could not/i], [/may I forgive myself/i]])(
    'no content line says %p',
    (pattern) => {
      expect(everyString(en).filter((line) => pattern.test(line))).toEqual([]);
    },
  );
});

describe('self-compassion breaks', () => {
  it.each(breakScripts)(
    '%s follows every kindness phrase with at least five seconds of silence',
    (_name, script) => {
      const kindness = phrasesIn(guided(script)).filter(({ phrase }) => isKindness(phrase));
      expect(kindness.length).toBeGreaterThanOrEqual(2);
      kindness.forEach(({ after }) => expect(after).toBeGreaterThanOrEqual(afterKindnessSeconds));
    },
  );

  it.each(breakScripts)(
    '%s says Neff’s three parts, each as a phrase of its own',
    (_name, script) => {
      const phrases = phrasesIn(guided(script)).map(({ phrase }) => phrase);
      expect(
        phrases.some((phrase) =>
          /moment of suffering|this (really )?hurts|really hard/i.test(phrase),
        ),
      ).toBe(true);
      expect(phrases.some((phrase) => /^I am not alone/.test(phrase))).toBe(true);
      expect(phrases.some(isKindness)).toBe(true);
    },
  );

  it.each(breakScripts)(
    '%s says the listener can stop if it stirs up too much',
    (_name, script) => {
      const words = spokenLines(script).join(' ');
      expect(words).toContain('If this brings up more than feels okay, open your eyes');
      expect(words).toMatch(/feel your feet on the floor\. You can stop at any time\./);
    },
  );

  it.each(compassionBreak.long.map((script, index) => [index, script] as const))(
    'long break %i ends once: its last words and the closing line never say the same thing',
    (_index, script) => {
      const fourWordRuns = (text: string) => {
        const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
        return words.slice(0, -3).map((_, index) => words.slice(index, index + 4).join(' '));
      };
      const ending = spokenLines(script).slice(-2).join(' ');
      compassionBreak.finished.forEach((finished) => {
        const shared = fourWordRuns(ending).filter((run) => fourWordRuns(finished).includes(run));
        expect({ finished, shared }).toEqual({ finished, shared: [] });
        expect(ending).not.toMatch(/whenever you need|thank/i);
      });
    },
  );

  it('heard in a conversation, every kindness phrase is followed by five seconds or more of silence', () => {
    const answers = [
      ...manyTimes('compassionBreak'),
      ...manyTimes('compassionBreak', { length: 'long' }),
    ];
    const scriptsHeard = new Set(answers.map((answer) => textOf(answer.reply.speech[0])));
    expect(scriptsHeard.size).toBe(compassionBreak.short.length + compassionBreak.long.length);
    answers.forEach((answer) => {
      const kindness = phrasesIn(answer.reply.speech).filter(({ phrase }) => isKindness(phrase));
      expect(kindness.length).toBeGreaterThanOrEqual(2);
      kindness.forEach(({ before, after }) => {
        expect(before).toBeGreaterThanOrEqual(1);
        expect(after).toBeGreaterThanOrEqual(afterKindnessSeconds);
      });
    });
  });

  it.each([
    ['long', compassionBreak.long],
    ['short', compassionBreak.short],
    [undefined, compassionBreak.short],
  ] as const)('with length %s, plays that form', (length, scripts) => {
    const openings = scripts.map((script) => spokenLines(script)[0]);
    manyTimes('compassionBreak', length ? { length } : {}).forEach((answer) =>
      expect(openings).toContain(textOf(answer.reply.speech[0])),
    );
  });
});

describe('the words people use for a break of a length', () => {
  const alexa = new UtteranceResolver(
    JSON.parse(
      readFileSync(
        join(__dirname, '..', '..', 'interaction-models', 'alexa', 'en-US.json'),
        'utf8',
      ),
    ),
  );
  const dialogflow = new UtteranceResolver(agentAsModel(agentFolder));
  const lengthOf = (intent: ReturnType<UtteranceResolver['resolve']>) =>
    intent.slots?.length?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id;

  it('are never written out in a sample: "long" and "short" always fill the length slot', () => {
    expect(
      samples.compassionBreak.filter((sample) => /\b(long|longer|short)\b/i.test(sample)),
    ).toEqual([]);
  });

  it.each([
    ['a long self-compassion break', 'long'],
    ['a long self compassion break', 'long'],
    ['the long self compassion break', 'long'],
    ['give me a longer self compassion break', 'long'],
    ['I want a long self compassion break', 'long'],
    ['a short self-compassion break', 'short'],
    ['the short self compassion break', 'short'],
    ['a quick compassion break', 'short'],
  ])('"%s" is a break with length %s on Alexa and on the Dialogflow agent', (words, length) => {
    [alexa, dialogflow].forEach((resolver) => {
      const intent = resolver.resolve(words);
      expect(intent.name).toMatch(/^(CompassionBreakIntent|compassion-break)$/);
      expect(lengthOf(intent)).toBe(length);
    });
  });

  it('"a long self-compassion break", said to Alexa, plays the long break', async () => {
    const talking = new CheckedConversation();
    await talking.conversation.open();
    const answer = await talking.conversation.say('a long self-compassion break');
    const openings = compassionBreak.long.map((script) => spokenLines(script)[0] ?? '');
    expect(openings.some((opening) => answer.speech.includes(opening))).toBe(true);
  });
});

describe('urge surfing', () => {
  it.each(urgeSurfing.finished.map((line) => [line] as const))(
    'ends without presuming the urge has passed: "%s"',
    (line) => {
      expect(line).not.toMatch(/rode that wave|let it pass|has passed|is gone|it passed/i);
      expect(line).toMatch(/still/i);
      expect(line).toMatch(/withdrawal, tell your prescriber/);
      expect(line).not.toMatch(/\d|\bdose\b|\bmg\b|percent|weeks?\b|days?\b|months?\b/i);
    },
  );

  it('is never closed with "You rode that wave", however many times it is heard', () => {
    manyTimes('urgeSurfing').forEach((answer) => {
      expect(answer.text).not.toMatch(/rode that wave/i);
      expect(answer.text).toMatch(/tell your prescriber/);
    });
  });

  it.each(urgeSurfing.practice.map((script, index) => [index, script] as const))(
    'practice %i never says the wave has already gone',
    (_index, script) => {
      expect(spokenLines(script).join(' ')).not.toMatch(/rode that wave|let it pass|has passed/i);
    },
  );

  it.each(samples.urgeSurfing.map((sample) => [sample] as const))(
    'sample "%s" asks for the practice, never what it is',
    (sample) => {
      expect(sample).not.toMatch(/^(what|what's|whats|how|why|is|explain|tell me about|define)\b/i);
      expect(sample).not.toMatch(/\?/);
    },
  );
});

describe('affirmations', () => {
  it.each([
    [/\bI am (strong|healing|in control|safe|sturdier|powerful|unstoppable)\b/, 'a state claimed'],
    [/\bI grow\b|\bgrows stronger\b|\bgrow a little stronger\b/, 'growth claimed'],
    [/\bI know how to\b/, 'a skill claimed'],
    [/\bI trust myself\b/, 'trust claimed'],
    [/\bI keep (choosing|walking)\b/, 'constancy claimed'],
    [/\bis (helping|teaching) me\b/, 'progress claimed'],
    [/\bI am learning\b/, 'progress claimed'],
    [/\bmy progress is\b/i, 'progress claimed'],
    [/\bI have a team\b/, 'a team presumed'],
    [/\bforgiv/i, 'guilt presumed'],
  ])('never say %p (%s)', (pattern) => {
    expect(affirmation.all.filter(({ text }) => pattern.test(text))).toEqual([]);
  });

  it('offer permission and possibility', () => {
    const texts = affirmation.all.map(({ text }) => text);
    expect(texts).toContain('I am allowed to take this one day at a time.');
    expect(texts).toContain('It is possible to be gentle with myself today.');
  });

  it('say each one twice, slowly, after an invitation to say it too, with silence between and after', () => {
    const answers = converse([launch(), said('affirmation'), said('yes'), said('next')]).slice(1);
    answers.forEach(({ reply }) => {
      const chosen = affirmation.all.find(({ text }) =>
        reply.speech.some((part) => textOf(part) === text),
      );
      expect(chosen).toBeDefined();
      const sayings = reply.speech
        .map((part, index) => ({ part, index }))
        .filter(({ part }) => textOf(part) === chosen?.text);
      expect(sayings).toHaveLength(2);
      const [first, second] = sayings.map(({ index }) => index) as [number, number];
      sayings.forEach(({ part }) => expect(part).toMatchObject({ isGuided: true }));
      expect(affirmation.intro).toContain(textOf(reply.speech[first - 2]));
      expect(textOf(reply.speech[first - 2])).toMatch(/say it/i);
      expect(silenceOf(reply.speech[first - 1])).toBeGreaterThanOrEqual(1);
      expect(silenceOf(reply.speech[first + 1])).toBeGreaterThanOrEqual(3);
      expect(affirmation.again).toContain(textOf(reply.speech[first + 2]));
      expect(second).toBe(first + 4);
      expect(silenceOf(reply.speech[second + 1])).toBeGreaterThanOrEqual(4);
    });
  });

  it('never draw accountability at random, across 200 in one conversation', () => {
    const byName = affirmation.all.filter(({ theme }) => themesOnlyByName.includes(theme));
    expect(byName.map(({ theme }) => theme)).toContain('accountability');
    const turns = [
      launch(),
      said('affirmation'),
      ...Array.from({ length: 199 }, () => said('yes')),
    ];
    const heard = converse(turns).slice(1);
    expect(heard).toHaveLength(200);
    heard.forEach((answer) => {
      expect(byName.filter(({ text }) => answer.text.includes(text))).toEqual([]);
      expect(answer.text).toMatch(/another one\?$/);
    });
  });

  it('never draw accountability at random, across 200 conversations', () => {
    const byName = affirmation.all.filter(({ theme }) => themesOnlyByName.includes(theme));
    Array.from({ length: 200 }, (_, seed) =>
      lastOf([launch({ seed: seed + 1 }), said('affirmation', {}, { seed: seed + 1 })]),
    ).forEach((answer) =>
      expect(byName.filter(({ text }) => answer.text.includes(text))).toEqual([]),
    );
  });

  it('draw accountability when it is asked for by name, and stay with it for "another one"', () => {
    const inTheme = affirmation.all
      .filter(({ theme }) => theme === 'accountability')
      .map(({ text }) => text);
    const [, first, next] = converse([
      launch(),
      said('affirmation', { theme: 'accountability' }),
      said('next'),
    ]);
    [first, next].forEach((answer) =>
      expect(inTheme.some((text) => answer?.text.includes(text))).toBe(true),
    );
  });
});
