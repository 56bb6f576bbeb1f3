import type { Turn } from '../../src/core';
import { devExamples } from '../../scripts/safety/corpus';
import { urgentLabels } from '../../src/core/understanding/labels';
import { understand } from '../../src/core/understanding/understand';
import { converse, count, lastOf, launch, said } from '../support/turns';

const dev = devExamples();
/** An even spread of statements, so every state meets many kinds of crisis. */
const sample = (statements: readonly string[], size: number) =>
  Array.from(
    { length: size },
    (_, index) => statements[Math.floor((index * statements.length) / size)] ?? '',
  );
/** Dev statements the screen answers as an emergency when said at the welcome, and everyday ones it lets be. */
const answered = dev
  .filter((example) => urgentLabels.includes(understand(example.text).label))
  .map((example) => example.text);
const letBe = dev
  .filter(
    (example) => example.label === 'everyday' && understand(example.text).label === 'everyday',
  )
  .map((example) => example.text);

/** Places a listener can be, reached as a listener would reach them. */
const states: ReadonlyArray<readonly [string, readonly Turn[]]> = [
  ['the welcome', [launch()]],
  ['choosing rounds', [launch(), said('breathe')]],
  ['mid-breath', [launch(), said('breathe', { rounds: '9' })]],
  ['in a lesson', [launch(), said('learn')]],
  ['after an affirmation', [launch(), said('affirmation')]],
  ['answering a yes/no question', [launch(), said('learn'), said('tellMeMore')]],
];

/** What a webhook platform sends: the raw words, with whatever intent its model guessed. */
const heardAs = (rawText: string, intent: 'fallback' | 'yes' | 'breathe' | 'stop' = 'fallback') =>
  said(intent, {}, { rawText });

describe.each(states)('in %s', (_name, before) => {
  it.each(sample(answered, 12))(
    'the raw words "%s" get the emergency answer here too',
    (statement) => {
      const answer = lastOf([...before, heardAs(statement)]);
      expect(answer.state.activity.name).toBe('crisis');
      expect(count(answer.text, '911')).toBeGreaterThanOrEqual(1);
      expect(answer.reply.card?.text).toMatch(/911/);
      expect(answer.text).not.toMatch(/Breathe in/);
    },
  );

  it('a crisis said while the platform heard "yes" or "stop" still gets the crisis answer', () => {
    expect(lastOf([...before, heardAs('I took too many pills', 'yes')]).state.activity.name).toBe(
      'crisis',
    );
    expect(lastOf([...before, heardAs("stop, I can't breathe", 'stop')]).state.activity.name).toBe(
      'crisis',
    );
  });

  it.each(sample(letBe, 12))('the everyday words "%s" do not', (statement) => {
    expect(lastOf([...before, heardAs(statement)]).state.activity.name).not.toBe('crisis');
  });
});

describe.each([
  ['en-US', '911', '988', '988'],
  ['en-GB', '999', '116 123', '116 123'],
  ['en-CA', '911', '988', '988'],
  ['en-AU', 'triple zero', 'thirteen eleven fourteen', '13 11 14'],
  ['en-IN', '112', '14416', '14416'],
])('in %s', (locale, emergency, line, lineOnCard) => {
  it(`a crisis in raw words gets ${emergency} and ${line}, twice, as the country says them, and on the card`, () => {
    const answer = lastOf([
      launch({ locale }),
      said('fallback', {}, { locale, rawText: 'I want to end it all' }),
    ]);
    expect(count(answer.text, emergency)).toBe(2);
    expect(count(answer.text, line)).toBe(2);
    expect(answer.reply.card?.text).toContain(lineOnCard);
  });
});

describe('medication', () => {
  it.each([
    'how much should I cut my dose by',
    'how fast should I taper',
    'can I skip my dose tonight',
    'should I switch to diazepam',
    'how long will withdrawal last',
    'is it safe to stop cold turkey',
  ])('"%s" gets a kind refusal, the prescriber, and the boxed warning', (question) => {
    const answer = lastOf([launch(), said('fallback', {}, { rawText: question })]);
    expect(answer.text).toMatch(/prescriber or pharmacist/);
    expect(answer.text).toMatch(/stopping, or cutting down too fast, can be dangerous/i);
    expect(answer.reply.isListening).toBe(true);
  });

  it('the medication intent gets the same answer', () => {
    expect(lastOf([launch(), said('medication')]).text).toMatch(/prescriber or pharmacist/);
  });
});

describe('slips', () => {
  it.each(['I slipped up yesterday', 'I relapsed', 'I took an extra pill last night'])(
    '"%s" is met with compassion, a nudge to tell someone, and an offer',
    (statement) => {
      const answer = lastOf([launch(), said('fallback', {}, { rawText: statement })]);
      expect(answer.text).toMatch(/doesn't undo/);
      expect(answer.text).toMatch(/prescriber/);
      expect(answer.text).toMatch(/911/);
      expect(answer.text).toMatch(/self-compassion break\?$/);
      expect(answer.text).not.toMatch(/should have|must not|never again|start over|reset/i);
    },
  );

  it('"yes" to the offer starts a self-compassion break', () => {
    const [, , offered, practice] = converse([launch(), launch(), said('slip'), said('yes')]);
    expect(offered?.state.question).toBe('offerBreak');
    expect(practice?.text).toMatch(/not alone/);
  });

  it('danger in a slip makes it a crisis', () => {
    const answer = lastOf([
      launch(),
      said('slip', {}, { rawText: "I slipped and took too many and now I can't stay awake" }),
    ]);
    expect(answer.state.activity.name).toBe('crisis');
  });

  it('"too many" in a slip always says the emergency number', () => {
    const answer = lastOf([launch(), said('slip', {}, { rawText: 'I slipped and took too many' })]);
    expect(answer.text).toMatch(/call 911/);
  });
});

describe('feeling dizzy in a practice', () => {
  it('stops the breathing at once and says where help is', () => {
    const answer = lastOf([launch(), said('breathe', { rounds: '9' }), said('feelingUnwell')]);
    expect(answer.text).toMatch(/^Let's stop/);
    expect(answer.text).not.toMatch(/Breathe in/);
    expect(answer.text).toMatch(/911/);
    expect(answer.state.activity.name).toBe('menu');
  });

  it('points to the local emergency number where it has no table', () => {
    const answer = lastOf([said('feelingUnwell', {}, { locale: 'fr-FR' })]);
    expect(answer.text).toMatch(/local emergency number/);
  });
});
