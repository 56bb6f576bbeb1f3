import type { Turn } from '../../src/core';
import { converse, lastOf, launch, said } from '../support/turns';

/** Distress that may hide risk, as words a platform passes on. */
const distress = said(
  'said',
  {},
  { rawText: 'everything feels hopeless and I do not trust myself tonight' },
);
const harm = said(
  'said',
  {},
  {
    rawText: 'I keep wanting to hurt myself and I really do not trust myself tonight',
  },
);
const words = (rawText: string, intent: 'said' | 'fallback' = 'said') =>
  said(intent, {}, { rawText });

/** Places a listener can be when they say it. */
const states: ReadonlyArray<readonly [string, readonly Turn[]]> = [
  ['the welcome', [launch()]],
  ['choosing rounds', [launch(), said('breathe')]],
  ['mid-breath', [launch(), said('breathe', { rounds: '9' })]],
  ['in a lesson', [launch(), said('learn')]],
  ['after an affirmation', [launch(), said('affirmation')]],
];

describe.each(states)('distress said in %s', (_name, before) => {
  it('gets one warm sentence and the direct question, with the line in the reprompt', () => {
    const asked = lastOf([...before, distress]);
    expect(asked.text).toMatch(/^[^?]+\. Are you having thoughts of ending your life\?$/);
    expect(asked.text).not.toMatch(/Breathe in/);
    expect(asked.repromptText).toMatch(/9 8 8|988/);
    expect(asked.repromptText).toMatch(/Are you having thoughts of ending your life\?$/);
    expect(asked.reply.isListening).toBe(true);
  });
});

describe('the answer to the direct question', () => {
  it.each([
    ['"yes"', said('yes')],
    ['"yes" in words', words('yes I am')],
    ['"sometimes"', words('sometimes')],
    ['"I don\'t know"', words("I don't know")],
    ['"maybe"', words('maybe', 'fallback')],
    ['a request to breathe instead', said('breathe')],
    ['"help"', said('help')],
  ])('%s gets the crisis answer', (_name, answer) => {
    const heard = lastOf([launch(), distress, answer]);
    expect(heard.state.activity.name).toBe('crisis');
    expect(heard.text).toMatch(/911/);
    expect(heard.reply.card?.text).toMatch(/988/);
  });

  it.each([
    ['"no"', said('no')],
    ['"no, I\'m not"', words("no I'm not")],
    ['"not really"', words('not really', 'fallback')],
    ['"I\'m okay"', words("I'm okay")],
    ['"no, I just feel really low"', words('no, I just feel really low')],
  ])('%s gets thanks, the feeling acknowledged, and a gentle offer', (_name, answer) => {
    const heard = lastOf([launch(), distress, answer]);
    expect(heard.text).toMatch(/^Thank you/);
    expect(heard.text).toMatch(/self-compassion break\?$/);
    expect(heard.state.question).toBe('offerBreak');
    expect(heard.state.activity.name).not.toBe('crisis');
  });

  it('"yes" to the offer after "no" starts a self-compassion break', () => {
    const heard = lastOf([launch(), distress, said('no'), said('yes')]);
    expect(heard.text).toMatch(/not alone/);
  });

  it('a crisis said in the answer still wins', () => {
    const heard = lastOf([launch(), distress, words('no but I took all my pills an hour ago')]);
    expect(heard.state.activity.name).toBe('crisis');
  });

  it('more distress in the answer is not a no: it gets the crisis answer', () => {
    const heard = lastOf([launch(), distress, distress]);
    expect(heard.state.activity.name).toBe('crisis');
  });

  it('"say that again" asks the question again', () => {
    const [, asked, again] = converse([launch(), distress, said('repeat')]);
    expect(again?.text).toBe(asked?.text);
    expect(again?.state.question).toBe('askedDirectly');
  });

  it.each([['stop'], ['cancel']] as const)(
    '"%s" leaves with the line as the last thing said',
    (intent) => {
      const heard = lastOf([launch(), distress, said(intent)]);
      expect(heard.reply.isListening).toBe(false);
      expect(heard.text).toMatch(/9 8 8|988/);
      expect(heard.text).toMatch(/Take care of yourself\.$/);
      expect(heard.reply.card?.text).toMatch(/988/);
    },
  );

  it('asks about hurting oneself when that is what was said', () => {
    const heard = lastOf([launch(), harm]);
    if (heard.state.activity.name === 'crisis') return; // the rules may hear it as a crisis outright
    expect(heard.text).toMatch(/Are you having thoughts of hurting yourself\?$/);
    expect(heard.repromptText).toMatch(/If you are having thoughts of hurting yourself/);
  });
});

describe.each([
  ['en-GB', /116 123/],
  ['en-AU', /13 11 14/],
  ['fr-FR', /local emergency number/],
])('in %s', (locale, line) => {
  it('the reprompt says where help is', () => {
    const asked = lastOf([launch({ locale }), { ...distress, locale } as Turn]);
    expect(asked.repromptText).toMatch(line);
  });
});
