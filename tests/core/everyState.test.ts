import { contentFor } from '../../src/content';
import type { Turn } from '../../src/core';
import { handleTurn, initialState } from '../../src/core';
import { toPlainText } from '../../src/speech';
import { converse, count, lastOf, launch, said } from '../support/turns';

/** Every place a listener can be in a conversation, reached the way a listener would reach it. */
const states: ReadonlyArray<readonly [string, readonly Turn[]]> = [
  ['the welcome', [launch()]],
  ['after breathing', [launch(), said('breathe', { rounds: '2' })]],
  ['after a self-compassion break', [launch(), said('compassionBreak')]],
  ['after an affirmation', [launch(), said('affirmation')]],
  ['in a lesson summary', [launch(), said('learn')]],
  ['after a lesson in depth', [launch(), said('learn'), said('tellMeMore')]],
  ['after help asked which kind', [launch(), said('help')]],
  ['after how it works', [launch(), said('help'), said('help')]],
  ['after a fallback', [launch(), said('fallback')]],
  ['the crisis answer', [launch(), said('crisis')]],
  ['a fresh session with no launch', []],
];

describe.each(states)('in %s', (_name, before) => {
  it.each(['stop', 'cancel'] as const)('"%s" ends the session warmly', (intent) => {
    const answer = lastOf([...before, said(intent)]);
    expect(answer.reply.isListening).toBe(false);
    expect(answer.text.length).toBeGreaterThan(10);
    expect(answer.text).not.toMatch(/\?$/);
  });

  it('a crisis stops everything and gives the numbers twice, on screen too', () => {
    const answer = lastOf([...before, said('crisis')]);
    expect(count(answer.text, '911')).toBe(2);
    expect(count(answer.text, '988')).toBe(2);
    expect(answer.text).not.toMatch(/Breathe in|rounds/);
    expect(answer.reply.card?.text).toMatch(/911/);
    expect(answer.reply.card?.text).toMatch(/988/);
    expect(answer.reply.card?.text).toMatch(/wellness companion, not medical care/);
    expect(answer.reply.isListening).toBe(true);
  });

  it('help is short, fits the moment, and asks again what was waiting', () => {
    const answer = lastOf([...before, said('help')]);
    expect(answer.reply.isListening).toBe(true);
    expect(answer.text).toMatch(/\?$/);
    expect(answer.text.split(/(?<=[.?!])\s+/).length).toBeLessThanOrEqual(7);
  });

  it('help asked once or twice says how it works, how to stop, and that "I need help" works at any time', () => {
    const [once, twice] = converse([...before, said('help'), said('help')]).slice(-2);
    const answer = /wellness companion/.test(once!.text) ? once! : twice!;
    if (before.length > 0 && lastOf(before).state.activity.name === 'crisis') {
      expect(answer.state.activity.name).toBe('crisis');
      expect(answer.text).toMatch(/^I'm still here with you\./);
      return;
    }
    expect(answer.text).toMatch(/say stop/);
    expect(answer.text).toMatch(/I need help/);
    expect(answer.text).toMatch(/wellness companion, not medical care/);
    expect(answer.text).toMatch(/urge surfing/);
    expect(answer.text).toMatch(/my usual/);
    expect(answer.text).toMatch(/how am I doing/);
    expect(answer.reply.isListening).toBe(true);
  });

  it('a fallback never blames, names the emergency number in one clause, and asks again', () => {
    const answer = lastOf([...before, said('fallback')]);
    expect(answer.text).not.toMatch(/wrong|invalid|didn't understand|error|mistake/i);
    expect(answer.text).toMatch(/If you or someone with you is in danger, call 911\./);
    expect(answer.text).toMatch(/\?$/);
    expect(answer.reply.isListening).toBe(true);
  });

  it('every open answer ends with a question and carries one as its reprompt', () => {
    for (const intent of [
      'yes',
      'no',
      'next',
      'repeat',
      'tellMeMore',
      'chooseNumber',
      'startOver',
    ] as const) {
      const answer = lastOf([...before, said(intent, { rounds: '2' })]);
      if (!answer.reply.isListening) continue;
      expect(answer.text).toMatch(/\?$/);
      expect(answer.repromptText).toMatch(/\?$/);
    }
  });
});

describe('after the crisis answer', () => {
  it('says the numbers again when asked, then offers company, and never resumes the exercise by itself', () => {
    const [, , crisis, again, offered] = converse([
      launch(),
      said('breathe', { rounds: '2' }),
      said('crisis'),
      said('yes'),
      said('no'),
    ]);
    expect(crisis?.state.activity.name).toBe('crisis');
    expect(count(again?.text ?? '', '988')).toBe(1);
    expect(count(again?.text ?? '', '911')).toBe(1);
    expect(again?.text).not.toMatch(/Breathe in/);
    expect(offered?.reply.isListening).toBe(true);
    expect(offered?.text).toMatch(/breathe slowly with me while you reach out\?$/);
  });

  it('stop leaves the number as the last thing said', () => {
    expect(lastOf([launch(), said('crisis'), said('stop')]).text).toMatch(
      /988, call or text, any time\.$/,
    );
  });
});

describe.each([
  ['en-US', ['911', '988']],
  ['en-CA', ['911', '988']],
  ['en-GB', ['999', '116 123']],
  ['en-AU', ['triple zero', 'thirteen eleven fourteen']],
  ['en-IN', ['112', '14416']],
  ['en-IE', ['112', '999', '116 123']],
  ['en-NZ', ['111', '1737']],
])('the crisis answer in %s', (locale, saidTwice) => {
  it(`says ${saidTwice.join(', ')} twice and shows every number`, () => {
    const answer = lastOf([launch({ locale }), said('crisis', {}, { locale })]);
    saidTwice.forEach((spoken) => expect(count(answer.text, spoken)).toBe(2));
    const { contacts } = contentFor(locale);
    [...contacts.lines, ...contacts.emergency].forEach((phone) =>
      expect(answer.reply.card?.text).toContain(phone.digits),
    );
  });
});

it('for a locale without a table, points to the local emergency number and invents none', () => {
  const answer = lastOf([said('crisis', {}, { locale: 'de-DE' })]);
  expect(count(answer.text, 'your local emergency number')).toBe(2);
  expect(answer.text).not.toMatch(/\d/);
  expect(answer.reply.card?.text).toMatch(/local emergency number/);
});

describe('repeat', () => {
  it('says the last thing again, exactly', () => {
    const [, affirmation, repeated] = converse([launch(), said('affirmation'), said('repeat')]);
    expect(repeated?.text).toBe(affirmation?.text);
    expect(repeated?.state.question).toBe(affirmation?.state.question);
  });

  it('with nothing said yet, says so and offers the choices', () => {
    const answer = lastOf([said('repeat')]);
    expect(answer.text).toMatch(/nothing for me to repeat/);
    expect(answer.text).toMatch(/\?$/);
  });
});

describe('yes and no with no question pending', () => {
  it('yes offers the choices, no says goodbye', () => {
    expect(lastOf([said('yes')]).text).toMatch(/Which would you like/);
    expect(lastOf([said('no')]).reply.isListening).toBe(false);
  });
});

it.each([
  ['next', 'the menu'],
  ['chooseNumber', 'the menu'],
])('"%s" in %s is a gentle fallback', (intent) => {
  const answer = lastOf([launch(), said(intent as 'next', { rounds: '3' })]);
  expect(answer.text).toMatch(/in danger, call 911/);
  expect(answer.reply.isListening).toBe(true);
});

describe('a saved state that cannot be trusted', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'breathing'],
    ['an array', []],
    ['a future version', { ...initialState, version: 2 }],
    ['an unknown activity', { ...initialState, activity: { name: 'dancing' } }],
    ['a prototype key as activity', { ...initialState, activity: { name: 'constructor' } }],
    [
      'rounds that are not numbers',
      { ...initialState, activity: { name: 'breathing', roundsTotal: 'x', roundsDone: 0 } },
    ],
    [
      'more rounds done than asked',
      { ...initialState, activity: { name: 'breathing', roundsTotal: 2, roundsDone: 9 } },
    ],
    [
      'a lesson that does not exist',
      { ...initialState, activity: { name: 'lesson', topic: 'nope', hasHeardMore: false } },
    ],
    ['an unknown question', { ...initialState, question: 'launchRockets' }],
    [
      'speech with markup to repeat',
      { ...initialState, lastSaid: { speech: [{ type: 'audio', src: 'x' }] } },
    ],
    ['affirmation indexes out of range', { ...initialState, heardAffirmations: [-1, 9999, 'x'] }],
  ])('(%s) is treated as a fresh conversation, never a crash', (_name, saved) => {
    for (const intent of [
      'yes',
      'next',
      'repeat',
      'tellMeMore',
      'affirmation',
      'breathe',
    ] as const) {
      const outcome = handleTurn(said(intent), saved);
      expect(toPlainText(outcome.reply.speech).length).toBeGreaterThan(0);
    }
  });
});

it('a session the platform closed gets no speech', () => {
  const outcome = handleTurn({ ...launch(), kind: 'sessionEnd', reason: 'error' }, undefined);
  expect(outcome.reply.speech).toHaveLength(0);
  expect(outcome.reply.isListening).toBe(false);
});

describe('whatever variation a request picks', () => {
  const seeds = Array.from({ length: 25 }, (_, index) => index * 104729 + 13);
  const intents = [
    'breathe',
    'compassionBreak',
    'affirmation',
    'learn',
    'yes',
    'no',
    'next',
    'fallback',
    'repeat',
    'help',
  ] as const;

  it.each(states)(
    'in %s, every open answer still ends with a question, and every closing is warm',
    (_name, before) => {
      for (const seed of seeds) {
        for (const intent of intents) {
          const answer = lastOf(
            [...before, said(intent, {}, { seed })].map((turn) => ({
              ...turn,
              seed: turn.seed + seed,
            })),
          );
          if (answer.reply.isListening) {
            expect(answer.text).toMatch(/\?$/);
            expect(answer.repromptText).toMatch(/\?$/);
          } else {
            expect(answer.text.length).toBeGreaterThan(10);
          }
        }
      }
    },
  );
});
