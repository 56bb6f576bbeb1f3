import { en } from '../../src/content/en';
import { lessonIds } from '../../src/content/types';
import { count, converse, lastOf, launch, oneShot, said } from '../support/turns';

const whatNext = /(What would you like next|Would you like anything else).*\?$/;
const everyAffirmation = en.affirmation.all.map((affirmation) => affirmation.text);

describe('welcome', () => {
  it('greets a first-time listener with what the skill is, the wellness note, and three choices', () => {
    const [welcome] = converse([launch()]);
    expect(welcome?.text).toMatch(/Kind Recovery/);
    expect(welcome?.text).toMatch(/wellness companion, not medical care/);
    expect(welcome?.text).toMatch(/emergenc/);
    expect(welcome?.text).toMatch(
      /self-compassion break, a breathing exercise, or an affirmation\?$/,
    );
    expect(welcome?.reply.isListening).toBe(true);
  });

  it.each(['startOver', 'navigateHome'] as const)(
    'welcomes back briefly on %s within a conversation',
    (intent) => {
      const back = lastOf([launch(), said('affirmation'), said(intent)]);
      expect(back.text).not.toMatch(/wellness companion/);
      expect(back.text).toMatch(/an affirmation\?$/);
      expect(back.reply.isListening).toBe(true);
    },
  );
});

describe('box breathing', () => {
  it('asks how many rounds, then guides them in blocks and asks whether to go on', () => {
    const [, asked, firstBlock, secondBlock] = converse([
      launch(),
      said('breathe'),
      said('chooseNumber', { rounds: '9' }),
      said('yes'),
    ]);
    expect(asked?.text).toMatch(/box breathing/);
    expect(asked?.text).toMatch(/How many rounds would you like\?$/);
    expect(firstBlock?.text).toMatch(/^Nine rounds, then\./);
    expect(firstBlock?.text).toMatch(/stop at any time if you feel dizzy/);
    expect(count(firstBlock?.text ?? '', 'Breathe in.')).toBe(5);
    expect(count(firstBlock?.text ?? '', 'Breathe out.')).toBe(5);
    expect(firstBlock?.text).toMatch(/five of your nine rounds\. Shall we keep going\?$/);
    expect(count(secondBlock?.text ?? '', 'Breathe in.')).toBe(4);
    expect(secondBlock?.text).toMatch(whatNext);
  });

  it.each([
    ['1', 1, /^One round, then\./],
    ['3', 3, /^Three rounds, then\./],
    ['10', 5, /^Ten rounds, then\./],
    ['0', 1, /from one to ten rounds, so let's do one\./],
    ['-3', 1, /from one to ten rounds, so let's do one\./],
    ['15', 5, /from one to ten rounds, so let's do ten\./],
    ['2.6', 3, /^Three rounds, then\./],
  ])(
    'takes %s rounds as %i in the first block, saying so kindly',
    (rounds, firstBlock, opening) => {
      const answer = lastOf([launch(), said('breathe', { rounds })]);
      expect(answer.text).toMatch(opening);
      expect(count(answer.text, 'Breathe in.')).toBe(firstBlock);
    },
  );

  it.each([undefined, '?', 'banana', ''])(
    'asks for a number when the rounds heard were %p',
    (rounds) => {
      const answer = lastOf([launch(), said('breathe', rounds === undefined ? {} : { rounds })]);
      expect(answer.text).toMatch(/How many rounds would you like\?$/);
      expect(count(answer.text, 'Breathe in.')).toBe(0);
    },
  );

  it('starts the default four rounds when the listener just says yes', () => {
    const answer = lastOf([launch(), said('breathe'), said('yes')]);
    expect(answer.text).toMatch(/^Four rounds, then\./);
    expect(count(answer.text, 'Breathe in.')).toBe(4);
  });

  it('asks again, without blame, when the answer to "how many rounds" is not a number', () => {
    const answer = lastOf([launch(), said('breathe'), said('chooseNumber', { rounds: '?' })]);
    expect(answer.text).toMatch(/How many rounds would you like\?$/);
    expect(answer.text).not.toMatch(/wrong|invalid|didn't understand|error/i);
  });

  it('finishes kindly when the listener does not want to go on', () => {
    const answer = lastOf([launch(), said('breathe', { rounds: '9' }), said('no')]);
    expect(count(answer.text, 'Breathe in.')).toBe(0);
    expect(answer.text).toMatch(whatNext);
  });

  it('"next" goes on with the rounds', () => {
    const answer = lastOf([launch(), said('breathe', { rounds: '9' }), said('next')]);
    expect(count(answer.text, 'Breathe in.')).toBe(4);
  });
});

describe('self-compassion break', () => {
  it('guides the three parts with silence, then offers what next', () => {
    const answer = lastOf([launch(), said('compassionBreak')]);
    const silences = answer.reply.speech.filter((part) => part.type === 'pause');
    expect(silences.length).toBeGreaterThanOrEqual(5);
    expect(answer.reply.speech.some((part) => part.type === 'text' && part.isGuided)).toBe(true);
    expect(answer.text).toMatch(/not alone/);
    expect(answer.text).toMatch(/may I be (kind|gentle) (to|with) myself/i);
    expect(answer.reply.isListening).toBe(true);
  });
});

describe('affirmations', () => {
  it('offers one, slowly, and asks about another', () => {
    const answer = lastOf([launch(), said('affirmation')]);
    expect(everyAffirmation.some((text) => answer.text.includes(text))).toBe(true);
    expect(answer.text).toMatch(/Would you like another one\?$/);
  });

  it('never repeats one in a conversation until all have been heard', () => {
    const turns = [
      launch(),
      said('affirmation'),
      ...everyAffirmation.slice(1).map(() => said('yes')),
    ];
    const answers = converse(turns).slice(1);
    const offered = answers.map((answer) =>
      everyAffirmation.find((text) => answer.text.includes(text)),
    );
    expect(new Set(offered).size).toBe(everyAffirmation.length);
    const afterAll = lastOf([...turns, said('next')]);
    expect(everyAffirmation.some((text) => afterAll.text.includes(text))).toBe(true);
  });

  it('returns to the choices when the listener has had enough', () => {
    expect(lastOf([launch(), said('affirmation'), said('no')]).text).toMatch(whatNext);
  });
});

describe('lessons', () => {
  it.each(lessonIds)('teaches %s by name, then offers more or the next topic', (topic) => {
    const answer = lastOf([launch(), said('learn', { topic })]);
    const firstLine = en.lessons.topics[topic].summary.find(
      (line) => typeof line === 'string',
    ) as string;
    expect(answer.text).toContain(firstLine);
    expect(answer.text).toMatch(/hear more about this, or go on to the next topic\?$/);
  });

  it('starts at the beginning when no topic is named, and walks through more and next', () => {
    const [, first, more, next] = converse([
      launch(),
      said('learn'),
      said('tellMeMore'),
      said('yes'),
    ]);
    const topics = en.lessons.topics;
    const opening = (lines: readonly unknown[]) =>
      lines.find((line) => typeof line === 'string') as string;
    expect(first?.text).toContain(opening(topics['what-is-self-compassion'].summary));
    expect(more?.text).toContain(opening(topics['what-is-self-compassion'].more));
    expect(more?.text).toContain(`next topic, ${topics['how-it-supports-recovery'].title}?`);
    expect(next?.text).toContain(opening(topics['how-it-supports-recovery'].summary));
  });

  it.each(['quantum gardening', '__proto__', 'constructor', 'toString'])(
    'says kindly when a topic is unknown ("%s"), and begins at the beginning',
    (topic) => {
      const answer = lastOf([launch(), said('learn', { topic })]);
      expect(answer.text).toMatch(/^I don't have a lesson on that yet/);
    },
  );

  it.each([
    ['benefits', 'benefit-emotional-healing'],
    ['challenges', 'challenge-initial-resistance'],
  ] as const)('takes the group "%s" to its first lesson', (topic, lesson) => {
    const answer = lastOf([launch(), said('learn', { topic })]);
    const opening = en.lessons.topics[lesson].summary.find(
      (line) => typeof line === 'string',
    ) as string;
    expect(answer.text).toContain(opening);
  });

  it('closes the lessons after the last topic and offers the choices', () => {
    const answer = lastOf([
      launch(),
      said('learn', { topic: 'challenge-compassion-and-accountability' }),
      said('tellMeMore'),
    ]);
    expect(answer.text).toContain(en.lessons.allDone);
    expect(answer.reply.isListening).toBe(true);
  });
});

describe('one-shot requests from outside the skill', () => {
  it.each([
    ['affirmation', /Here's|Take this one/],
    ['compassionBreak', /self-compassion break|short break/],
    ['breathe', /Breathe in\./],
  ] as const)('delivers %s, then ends the session', (intent, expected) => {
    const answer = lastOf([oneShot(intent)]);
    expect(answer.text).toMatch(expected);
    expect(answer.reply.isListening).toBe(false);
  });

  it('breathes all the rounds asked for in a one-shot', () => {
    expect(count(lastOf([oneShot('breathe', { rounds: '6' })]).text, 'Breathe in.')).toBe(6);
  });
});
