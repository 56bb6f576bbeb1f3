import { breathingPatternIds } from '../../src/content/types';
import type { BreathingVisual, SpeechPart } from '../../src/core';
import { breathingPatterns, roundSeconds } from '../../src/core/breathingPatterns';
import { en } from '../../src/content/en';
import { alexaSpeech, estimateSpeechSeconds, guidedRateFactor, toSsml } from '../../src/speech';
import { converse, count, lastOf, launch, said } from '../support/turns';

const cueTexts = new Set(Object.values(en.breathing.cues));

/** Each phase as heard: the cue, any chime with it, and the silence after, summed in seconds. */
function phaseLengths(speech: readonly SpeechPart[]): number[] {
  const lengths: number[] = [];
  speech.forEach((part, index) => {
    if (part.type !== 'text' || !cueTexts.has(part.text)) return;
    const chime =
      speech[index - 1]?.type === 'sound' ? (speech[index - 1] as { seconds: number }).seconds : 0;
    const next = speech[index + 1];
    const silence = next?.type === 'pause' ? next.seconds : 0;
    lengths.push(chime + estimateSpeechSeconds(part.text, guidedRateFactor) + silence);
  });
  return lengths;
}

describe.each(breathingPatternIds)('the %s pattern', (patternId) => {
  const pattern = breathingPatterns[patternId];
  const practice = lastOf([launch(), said('breathe', { pattern: patternId, rounds: '2' })]);

  it('opens with its description and "breathe gently, and stop at any time if you feel dizzy"', () => {
    expect(practice.text).toContain(en.breathing.patterns[patternId].description[0] as string);
    expect(practice.text).toMatch(/Breathe gently, and stop at any time if you feel dizzy\./);
  });

  it('gives every phase its stated seconds, cue and silence together, within 10%', () => {
    const expected = [...pattern.phases, ...pattern.phases].map((phase) => phase.seconds);
    const heard = phaseLengths(practice.reply.speech);
    expect(heard).toHaveLength(expected.length);
    heard.forEach((seconds, index) => {
      const target = expected[index] ?? 0;
      expect(Math.abs(seconds - target)).toBeLessThanOrEqual(target * 0.1);
    });
  });

  it.each([1, 3, 10])(
    'turns %i minutes into the whole rounds that fit, across as many responses as it needs',
    (minutes) => {
      const expectedRounds = Math.max(1, Math.round((minutes * 60) / roundSeconds(pattern)));
      const turns = [
        launch(),
        said('breathe', { pattern: patternId, minutes: String(minutes) }),
        ...Array.from({ length: 20 }, () => said('yes')),
      ];
      const answers = converse(turns);
      const breathing = answers.slice(1);
      const lastBlock = breathing.findIndex((answer) => answer.state.activity.name !== 'breathing');
      const blocks = breathing.slice(0, lastBlock + 1);
      const rounds = blocks.reduce((sum, answer) => sum + count(answer.text, 'Breathe in.'), 0);
      const limit = pattern.newcomerRounds ?? Infinity;
      expect(rounds).toBe(Math.min(expectedRounds, limit));
      blocks.forEach((answer) => {
        expect(
          toSsml(answer.reply.speech, alexaSpeech, { audioBaseUrl: 'https://audio.example.com' })
            .length,
        ).toBeLessThan(8000);
        expect(
          answer.reply.speech.filter((part) => part.type === 'sound').length,
        ).toBeLessThanOrEqual(5);
      });
    },
  );

  it('shows a breathing circle with the same timings', () => {
    const visual = practice.reply.visual as BreathingVisual;
    expect(visual.kind).toBe('breathing');
    expect(visual.phases).toEqual(pattern.phases);
    expect(visual.rounds).toBe(2);
    expect(visual.title).toBe(en.breathing.patterns[patternId].name);
  });
});

describe('four-seven-eight for a newcomer', () => {
  it('keeps to four rounds, and says why, until it has been practised three times', () => {
    const ask = said('breathe', { pattern: 'four-seven-eight', rounds: '8' });
    const answers = converse([launch(), ask, ask, ask, ask]);
    const practices = answers.slice(1);
    practices.slice(0, 3).forEach((answer) => {
      expect(answer?.text).toMatch(/keep to four rounds until you've done it a few times/);
    });
    expect(practices[3]?.text).not.toMatch(/keep to four rounds/);
  });
});

describe('how long', () => {
  it.each([
    ['0 minutes', { minutes: '0' }, /from one to ten minutes, so let's do one\./],
    ['25 minutes', { minutes: '25' }, /from one to ten minutes, so let's do ten\./],
    ['3 minutes', { minutes: '3' }, /^Three minutes, then\./],
  ])('%s is kindly kept in range', (_name, slots, expected) => {
    expect(lastOf([launch(), said('breathe', slots)]).text).toMatch(expected);
  });

  it('asks for rounds or minutes when a pattern is named alone, and keeps the pattern', () => {
    const [, , asked, started] = converse([
      launch(),
      launch(),
      said('breathe', { pattern: 'resonance' }),
      said('chooseNumber', { rounds: '2' }),
    ]);
    expect(asked?.text).toMatch(/resonance breathing/);
    expect(asked?.text).toMatch(/How many rounds would you like\?$/);
    expect(started?.text).toContain(en.breathing.patterns.resonance.description[0] as string);
  });

  it('closes a finished practice with the bell', () => {
    const { speech } = lastOf([launch(), said('breathe', { rounds: '1' })]).reply;
    expect(speech.some((part) => part.type === 'sound' && part.sound === 'bell')).toBe(true);
  });
});
