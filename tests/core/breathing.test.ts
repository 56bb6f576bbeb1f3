import type { BreathingPatternId } from '../../src/content/types';
import { breathingPatternIds } from '../../src/content/types';
import type { BreathingVisual, Turn, UserProfile } from '../../src/core';
import { newProfile } from '../../src/core';
import { breathingPatterns, roundSeconds, soundSeconds } from '../../src/core/breathingPatterns';
import { en } from '../../src/content/en';
import { alexaSpeech, estimateSpeechSeconds, guidedRateFactor, toSsml } from '../../src/speech';
import { converse, count, lastOf, launch, oneShot, said } from '../support/turns';

const cueTexts = new Set(Object.values(en.breathing.cues));
const withChimes = { audioBaseUrl: 'https://audio.example.com/audio' };
const modes = [
  ['with chimes', withChimes],
  ['without chimes', {}],
] as const;

/** Something heard in an SSML document, and when it starts, in seconds from the start. */
interface Moment {
  readonly at: number;
  readonly text?: string;
  readonly audio?: string;
}

/**
 * Walks SSML as a listener hears it: words at their pace (slower inside a prosody rate), breaks at their length,
 * audio at the length of its file, and notes when each piece of words and each sound starts.
 */
function timeline(ssml: string): Moment[] {
  const moments: Moment[] = [];
  let at = 0;
  let rate = 1;
  for (const [token, breakMs, audio, rateValue, words] of ssml.matchAll(
    /<break time='(\d+)ms'\/>|<audio src='[^']*\/([a-z]+)\.mp3'\/>|<prosody rate='(\d+)%'[^>]*>|<[^>]+>|([^<]+)/g,
  )) {
    if (breakMs) at += Number(breakMs) / 1000;
    else if (audio) {
      moments.push({ at, audio });
      at += soundSeconds[audio as keyof typeof soundSeconds];
    } else if (rateValue) rate = Number(rateValue) / 100;
    else if (token === '</prosody>') rate = 1;
    else if (words && words.trim() !== '') {
      moments.push({ at, text: words.trim() });
      at += estimateSpeechSeconds(words, rate);
    }
  }
  return moments;
}

/** Seconds from each spoken cue to the next thing heard that is not silence: the phase as heard. */
function phasesHeard(ssml: string): number[] {
  const moments = timeline(ssml);
  return moments.flatMap((moment, index) => {
    const next = moments[index + 1];
    return moment.text && cueTexts.has(moment.text) && next ? [next.at - moment.at] : [];
  });
}

/** The bell is heard as sound with chimes, and as its length of silence without. */
const bellSeconds = (options: object) => ('audioBaseUrl' in options ? 0 : soundSeconds.bell);

const practiceOf = (patternId: BreathingPatternId, slots: Record<string, string> = {}) =>
  lastOf([launch(), said('breathe', { pattern: patternId, ...slots })]);

describe.each(breathingPatternIds)('the %s pattern', (patternId) => {
  const pattern = breathingPatterns[patternId];
  const practice = practiceOf(patternId, { rounds: '2' });

  it('starts at once, saying how long and which pattern, then describes it', () => {
    const name = en.breathing.patterns[patternId].name;
    expect(practice.text).toMatch(new RegExp(`^Two rounds of ${name}\\. Say stop any time\\.`));
    expect(practice.text).toContain(en.breathing.patterns[patternId].description[0] as string);
    expect(count(practice.text, 'Breathe in.')).toBe(2);
  });

  it.each(modes)('keeps every phase as heard, from one cue to the next, %s', (_mode, options) => {
    const ssml = toSsml(practice.reply.speech, alexaSpeech, options);
    const expected = [...pattern.phases, ...pattern.phases].map((phase) => phase.seconds);
    const heard = phasesHeard(ssml);
    expect(heard).toHaveLength(expected.length);
    // The last phase runs on into the bell, heard as silence where chimes are not served.
    heard[heard.length - 1]! -= bellSeconds(options);
    heard.forEach((seconds, index) => expect(seconds).toBeCloseTo(expected[index]!, 1));
  });

  it('shows a breathing circle with the same timings, starting as the first cue is said', () => {
    const visual = practice.reply.visual as BreathingVisual;
    const firstCue = timeline(toSsml(practice.reply.speech)).find((moment) =>
      cueTexts.has(moment.text ?? ''),
    );
    expect(visual).toMatchObject({ kind: 'breathing', rounds: 2, totalRounds: 2 });
    expect(visual.phases).toEqual(pattern.phases);
    expect(visual.leadInSeconds).toBeCloseTo(firstCue!.at, 1);
  });

  it('never suggests the pattern just done as the next step', () => {
    expect(practice.repromptText).not.toMatch(/breath/i);
  });
});

/** Every length a listener may ask for: rounds and minutes, within range and beyond it. */
const everyCount = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 25];
const lengths = [
  ...everyCount.map((rounds) => ({ rounds: String(rounds) })),
  ...everyCount.map((minutes) => ({ minutes: String(minutes) })),
];

describe.each(breathingPatternIds)('%s at every length, in one response', (patternId) => {
  const pattern = breathingPatterns[patternId];
  const expectedRounds = (slots: { rounds?: string; minutes?: string }): number => {
    const limit = pattern.limits?.newcomerRounds;
    if (limit) return Math.min(limit, Math.max(1, Number(slots.rounds ?? 4)));
    if (slots.minutes) {
      const minutes = Math.min(10, Math.max(1, Number(slots.minutes)));
      return Math.max(1, Math.round((minutes * 60) / roundSeconds(pattern)));
    }
    return Math.min(10, Math.max(1, Number(slots.rounds)));
  };

  it.each(
    lengths.flatMap((slots) => [
      { slots, asked: 'in conversation' },
      { slots, asked: 'in one shot' },
    ]),
  )('$slots $asked: played through without a question, within Alexa limits', ({ slots, asked }) => {
    const turns: Turn[] =
      asked === 'in one shot'
        ? [oneShot('breathe', { pattern: patternId, ...slots })]
        : [launch(), said('breathe', { pattern: patternId, ...slots })];
    const answer = lastOf(turns);
    expect(count(answer.text, 'Breathe in.')).toBe(expectedRounds(slots));
    expect(answer.text).not.toMatch(/keep going|Shall we/);
    expect(answer.reply.isListening).toBe(asked === 'in conversation');
    const ssml = toSsml(answer.reply.speech, alexaSpeech, withChimes);
    expect(ssml.length).toBeLessThan(alexaSpeech.maxSsmlChars);
    expect(count(ssml, '<audio')).toBeLessThanOrEqual(5);
    // One prosody around the guided words, not one for each cue.
    expect(count(ssml, '<prosody')).toBeLessThanOrEqual(3);
  });
});

describe('starting', () => {
  it.each([
    ['"help me breathe"', {}, /^Four rounds of long exhale breathing\. Say stop any time\./],
    ['a length alone', { rounds: '6' }, /^Six rounds of long exhale breathing\./],
    ['minutes', { minutes: '3' }, /^Three minutes of long exhale breathing\./],
    ['a pattern', { pattern: 'box' }, /^Four rounds of box breathing\./],
    ['no rounds', { rounds: '0' }, /^I can guide from one to ten rounds\. One round of/],
    ['too many rounds', { rounds: '25' }, /^I can guide from one to ten rounds\. Ten rounds of/],
    ['too many minutes', { minutes: '25' }, /^I can guide from one to ten minutes\. Ten minutes/],
  ])('%s starts at once with an implicit confirmation', (_name, slots, expected) => {
    const answer = lastOf([launch(), said('breathe', slots)]);
    expect(answer.text).toMatch(expected);
    expect(answer.text).toContain('Breathe in.');
  });

  it('changes the length when a number is said during or after the practice, keeping the pattern', () => {
    const [, , changed] = converse([
      launch(),
      said('breathe', { pattern: 'resonance' }),
      said('chooseNumber', { rounds: '6' }),
    ]);
    expect(changed?.text).toMatch(/^Six rounds of resonance breathing\./);
    expect(count(changed?.text ?? '', 'Breathe in.')).toBe(6);
  });

  it('closes a finished practice with the bell', () => {
    const { speech } = lastOf([launch(), said('breathe', { rounds: '1' })]).reply;
    expect(speech.some((part) => part.type === 'sound' && part.sound === 'bell')).toBe(true);
  });
});

describe('four-seven-eight', () => {
  const practisedOn = (days: number): UserProfile => ({
    ...newProfile('2026-11-01'),
    fourSevenEightDays: Array.from({ length: days }, (_, day) => `2026-11-${String(day + 10)}`),
  });
  const ask = (slots: Record<string, string>, profile?: UserProfile) =>
    lastOf([
      launch(),
      said(
        'breathe',
        { pattern: 'four-seven-eight', ...slots },
        profile ? { hasMemory: true, profile } : {},
      ),
    ]);

  it('says "if the hold feels too long, breathe out early"', () => {
    expect(ask({}).text).toContain('If the hold feels too long, breathe out early.');
  });

  it.each([
    ['a newcomer asking for ten', { rounds: '10' }, undefined, 4, /^Let's start with four\./],
    ['six days of practice', { rounds: '6' }, practisedOn(6), 4, /^Let's start with four\./],
    ['a week of days asking for six', { rounds: '6' }, practisedOn(7), 6, /^Six rounds/],
    ['a week of days asking for ten', { rounds: '10' }, practisedOn(7), 8, /eight rounds at most/],
    ['minutes', { minutes: '10' }, practisedOn(7), 4, /^Four seven eight is counted in breaths/],
  ])('%s: %p', (_name, slots, profile, rounds, expected) => {
    const answer = ask(slots, profile);
    expect(answer.text).toMatch(expected);
    expect(count(answer.text, 'Breathe in.')).toBe(rounds);
  });

  it('counts separate days, not practices on one evening', () => {
    const practice = said('breathe', { pattern: 'four-seven-eight' }, { hasMemory: true });
    let profile: UserProfile | undefined = newProfile('2026-11-28');
    for (let index = 0; index < 3; index += 1) {
      profile = lastOf([{ ...practice, profile } as Turn]).profile ?? profile;
    }
    expect(profile?.fourSevenEightDays).toEqual(['2026-11-28']);
  });
});

describe('the ending', () => {
  const [, practice, again, answered, accepted] = converse([
    launch(),
    said('breathe', { pattern: 'box', rounds: '1' }),
    said('repeat'),
    said('said', {}, { rawText: 'a bit calmer thanks' }),
    said('yes'),
  ]);

  it('leaves a stillness after the last words, then checks in softly', () => {
    const speech = practice!.reply.speech;
    const beforeQuestion = speech[speech.length - 2];
    expect(beforeQuestion).toMatchObject({ type: 'pause' });
    expect((beforeQuestion as { seconds: number }).seconds).toBeGreaterThanOrEqual(5);
    expect(practice!.text).toMatch(/How are you feeling now\?$/);
    expect(practice!.repromptText).toMatch(/^Take your time\. Would you like/);
  });

  it('says the check-in again, not the practice, on "say that again"', () => {
    expect(again!.text).toBe('How are you feeling now?');
  });

  it('is glad of "a bit calmer", adds one tip, and offers a next step other than breathing', () => {
    expect(answered!.text).toMatch(/^(I'm glad|That's good to hear)/);
    expect(answered!.text).toMatch(/A tip: /);
    expect(answered!.text).toMatch(/Would you like [^?]+\?$/);
    expect(answered!.text).not.toMatch(/breath/i);
    expect(accepted!.text).not.toContain('Breathe in.');
  });

  it('hears a feeling in the answer and meets it', () => {
    const [, , feeling] = converse([
      launch(),
      said('breathe', { rounds: '1' }),
      said('said', {}, { rawText: 'I still feel so ashamed of myself' }),
    ]);
    expect(feeling!.text).not.toMatch(/^Thank you for checking in/);
    expect(feeling!.state.question).toBe('offerFitting');
  });
});

describe('guided words', () => {
  it('are said at the guided rate', () => {
    const ssml = toSsml(practiceOf('box').reply.speech);
    expect(ssml).toContain(`<prosody rate='${Math.round(guidedRateFactor * 100)}%'>Breathe in.`);
  });
});
