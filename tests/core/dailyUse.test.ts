import type { UserProfile } from '../../src/core';
import { newProfile } from '../../src/core';
import { en } from '../../src/content/en';
import { toSsml } from '../../src/speech';
import { converse, count, lastOf, launch, said } from '../support/turns';

/** A listener the skill has met, who mostly does box breathing. */
const regular: UserProfile = {
  ...newProfile('2026-11-01'),
  hasHeardWellnessNote: true,
  practiceDays: ['2026-11-20', '2026-11-25'],
  practiceCounts: { 'breathing:box': 5, compassionBreak: 2 },
};
const remembered = { hasMemory: true, profile: regular };

describe('the returning welcome', () => {
  it('offers the listener their usual practice first, by name, and "yes" starts it', () => {
    const [welcome, started] = converse([launch(remembered), said('yes', {}, remembered)]);
    expect(welcome?.text).toMatch(/Would you like your usual, box breathing\?$/);
    expect(welcome?.repromptText).toMatch(/\?$/);
    expect(started?.text).toMatch(
      /^Your usual, then: box breathing\. Four rounds of box breathing\./,
    );
  });

  it('offers the choices to someone with no usual yet', () => {
    const profile = { ...regular, practiceCounts: {} };
    const welcome = lastOf([launch({ hasMemory: true, profile })]);
    expect(welcome.text).not.toMatch(/usual/);
  });
});

describe('a tip after a practice', () => {
  it('moves on to the next tip as practices add up, and every tip is heard in turn', () => {
    const heard = en.afterPractice.tips.map((_, index) => {
      const profile = { ...regular, practiceCounts: { compassionBreak: index } };
      const turn = { hasMemory: true, profile };
      const calmer = said('said', {}, { ...turn, rawText: 'a bit calmer' });
      return lastOf([launch(turn), said('breathe', {}, turn), calmer]).text;
    });
    en.afterPractice.tips.forEach((tip) => {
      expect(heard.filter((text) => text.includes(tip))).toHaveLength(1);
    });
  });
});

describe('quiet mode', () => {
  const on = said('quietOn', {}, remembered);

  it('is turned on by voice, said plainly with how to undo it, and remembered', () => {
    const answer = lastOf([launch(remembered), on]);
    expect(answer.text).toMatch(/^Quiet mode is on\./);
    expect(answer.text).toMatch(/quiet mode off/);
    expect(answer.profile?.isQuiet).toBe(true);
  });

  it('plays practices with no chimes, in a softer voice, on a later visit too', () => {
    const quiet = { hasMemory: true, profile: { ...regular, isQuiet: true } };
    const practice = lastOf([launch(quiet), said('breathe', { rounds: '1' }, quiet)]);
    expect(practice.reply.speech.some((part) => part.type === 'sound')).toBe(false);
    const ssml = toSsml(practice.reply.speech, undefined, {
      audioBaseUrl: 'https://audio.example.com',
      isQuiet: practice.reply.isQuiet === true,
    });
    expect(ssml).not.toContain('<audio');
    expect(ssml).toContain("volume='soft'");
  });

  it('keeps the timing: the bell becomes its length of silence', () => {
    const quiet = { hasMemory: true, profile: { ...regular, isQuiet: true } };
    const loud = lastOf([launch(remembered), said('breathe', { rounds: '1' }, remembered)]);
    const soft = lastOf([launch(quiet), said('breathe', { rounds: '1' }, quiet)]);
    const seconds = (speech: typeof loud.reply.speech) =>
      speech.reduce((sum, part) => sum + ('seconds' in part ? part.seconds : 0), 0);
    expect(seconds(soft.reply.speech)).toBeCloseTo(seconds(loud.reply.speech), 5);
  });

  it('is turned off again, and holds for the conversation where nothing is remembered', () => {
    const [, turnedOn, practice, turnedOff, after] = converse([
      launch(),
      said('quietOn'),
      said('breathe', { rounds: '1' }),
      said('quietOff'),
      said('breathe', { rounds: '1' }),
    ]);
    expect(turnedOn?.state.isQuiet).toBe(true);
    expect(practice?.reply.isQuiet).toBe(true);
    expect(turnedOff?.text).toMatch(/^Quiet mode is off\./);
    expect(after?.reply.isQuiet).toBeUndefined();
    expect(count(after?.text ?? '', 'Breathe in.')).toBe(1);
  });

  it('goes back to the question that was waiting', () => {
    const answer = lastOf([launch(), said('breathe', { rounds: '1' }), said('quietOn')]);
    expect(answer.text).toMatch(/Would you like [^?]+\?$/);
    expect(answer.state.question).toBe('checkIn');
  });
});

describe('the daily reminder', () => {
  it('says nothing in a shared room about what the moment is for', () => {
    expect(en.reminders.reminderText).toBe('Time for your kind moment.');
    expect(en.reminders.reminderText).not.toMatch(/recover|benzo|withdraw|taper/i);
  });
});
