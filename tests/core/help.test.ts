import { converse, count, lastOf, launch, said } from '../support/turns';

describe('help', () => {
  it('a bare "help me" asks which help, in one short question, with a reprompt that says what to say', () => {
    const answer = lastOf([launch(), said('help', {}, { rawText: 'help me' })]);
    expect(answer.text).toBe('Do you need help using Kind Recovery, or support right now?');
    expect(answer.repromptText).toMatch(/say, support, or, how it works/);
  });

  it.each([
    ['support', said('support')],
    ['"yes", the safer reading', said('yes')],
  ])('%s gets the question counsellors ask, as distress that may hide risk', (_name, answer) => {
    const [, , heard] = converse([launch(), said('help'), answer]);
    expect(heard?.text).toMatch(/Are you having thoughts of ending your life\?$/);
    expect(heard?.state.question).toBe('askedDirectly');
  });

  it('"support" after a crisis answer says the numbers again and stays with the crisis', () => {
    const heard = lastOf([launch(), said('crisis'), said('support')]);
    expect(count(heard.text, '988')).toBeGreaterThanOrEqual(1);
    expect(heard.state.activity.name).toBe('crisis');
  });

  it('"support" after a medical emergency says the emergency number, never the crisis line', () => {
    const heard = lastOf([launch(), said('bodyInDanger'), said('support')]);
    expect(heard.text).toMatch(/911/);
    expect(heard.text).not.toMatch(/988/);
  });

  it('"how it works" names every door in a few sentences, with the wellness note', () => {
    const [, , works] = converse([launch(), said('help'), said('help')]);
    const text = works?.text ?? '';
    for (const door of [
      'breathing',
      'self-compassion break',
      'urge surfing',
      'affirmation',
      'teach me something',
      'what topics are there',
      'my usual',
      'how am I doing',
      'say stop',
      'I need help',
    ]) {
      expect(text).toContain(door);
    }
    expect(text).toMatch(/wellness companion, not medical care/);
    expect(text.split(/(?<=[.?!])\s+/).length).toBeLessThanOrEqual(7);
  });

  it('asked in other words ("how does this work"), says how it works at once', () => {
    const answer = lastOf([launch(), said('help', {}, { rawText: 'how does this work' })]);
    expect(answer.text).toMatch(/wellness companion/);
  });

  it('after a practice, says what can be said to the check-in, then asks it again', () => {
    const answer = lastOf([launch(), said('breathe', { rounds: '1' }), said('help')]);
    expect(answer.text).toMatch(/^You can tell me how you feel in a few words, or say stop\./);
    expect(answer.state.question).toBe('checkIn');
  });

  it('after the crisis answer, stays in it and says the number again', () => {
    const answer = lastOf([launch(), said('crisis'), said('help'), said('help')]);
    expect(answer.text).toMatch(/^I'm still here with you\./);
    expect(answer.state.activity.name).toBe('crisis');
    expect(answer.text).not.toMatch(/wellness companion/);
  });
});
