import { en } from '../../src/content/en';
import { lessonIds } from '../../src/content/types';
import { themesOnlyByName } from '../../src/core/activities/affirmation';
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

describe('breathing in a conversation', () => {
  it('"help me breathe" plays four rounds of long exhale at once, then checks in', () => {
    const [, practice] = converse([launch(), said('breathe')]);
    expect(practice?.text).toMatch(/^Four rounds of long exhale breathing\. Say stop any time\./);
    expect(count(practice?.text ?? '', 'Breathe in.')).toBe(4);
    expect(practice?.text).toMatch(/How are you feeling now\?$/);
  });

  it('"yes" after the check-in starts the next step its reprompt offered; "no" is met kindly', () => {
    const [, practice, accepted] = converse([launch(), said('breathe'), said('yes')]);
    expect(practice?.state.offered).toBeDefined();
    expect(accepted?.text).not.toMatch(/^Thank you/);
    expect(accepted?.state.question).not.toBe('checkIn');
    const declined = lastOf([launch(), said('breathe'), said('no')]);
    expect(declined.text).toMatch(/^That's okay\./);
  });

  const stillHard = /^(I'm sorry it's still hard|Thank you for telling me\. It's okay)/;
  it.each([
    ['a bit calmer', /^(I'm glad|That's good to hear)/, true],
    ['worse to be honest', stillHard, false],
    ['not really any better', stillHard, false],
    ['the same', stillHard, false],
  ])('"%s" at the check-in is answered in kind', (words, opening, hasTip) => {
    const heard = lastOf([launch(), said('breathe'), said('said', {}, { rawText: words })]);
    expect(heard.text).toMatch(opening);
    expect(/A tip: /.test(heard.text)).toBe(hasTip);
    expect(heard.text).toMatch(/Would you like [^?]+\?$/);
  });

  it.each(['hopeless', "what's the point", 'pointless really'])(
    '"%s" at the check-in gets the question counsellors ask',
    (words) => {
      const heard = lastOf([launch(), said('breathe'), said('said', {}, { rawText: words })]);
      expect(heard.state.question).toBe('askedDirectly');
    },
  );

  it('"next" after breathing asks what next', () => {
    const answer = lastOf([launch(), said('breathe', { rounds: '2' }), said('next')]);
    expect(count(answer.text, 'Breathe in.')).toBe(0);
    expect(answer.text).toMatch(whatNext);
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

  it('never repeats one in a conversation until all drawn at random have been heard', () => {
    const atRandom = en.affirmation.all
      .filter((affirmation) => !themesOnlyByName.includes(affirmation.theme))
      .map((affirmation) => affirmation.text);
    const turns = [launch(), said('affirmation'), ...atRandom.slice(1).map(() => said('yes'))];
    const answers = converse(turns).slice(1);
    const offered = answers.map((answer) =>
      everyAffirmation.find((text) => answer.text.includes(text)),
    );
    expect(new Set(offered).size).toBe(atRandom.length);
    expect(offered.every((text) => text !== undefined && atRandom.includes(text))).toBe(true);
    const afterAll = lastOf([...turns, said('next')]);
    expect(everyAffirmation.some((text) => afterAll.text.includes(text))).toBe(true);
  });

  it('returns to the choices when the listener has had enough', () => {
    expect(lastOf([launch(), said('affirmation'), said('no')]).text).toMatch(whatNext);
  });
});

describe('lessons', () => {
  it.each(lessonIds)('teaches %s by name, then asks one yes/no question', (topic) => {
    const answer = lastOf([launch(), said('learn', { topic })]);
    const firstLine = en.lessons.topics[topic].summary.find(
      (line) => typeof line === 'string',
    ) as string;
    expect(answer.text).toContain(firstLine);
    expect(answer.text).toMatch(/Want to hear more\?$/);
  });

  it('starts at the beginning when no topic is named, and walks through more and next', () => {
    const [, first, more, practice, next] = converse([
      launch(),
      said('learn'),
      said('tellMeMore'),
      said('yes'),
      said('yes'),
    ]);
    const topics = en.lessons.topics;
    const opening = (lines: readonly unknown[]) =>
      lines.find((line) => typeof line === 'string') as string;
    expect(first?.text).toContain(opening(topics['what-is-self-compassion'].summary));
    expect(more?.text).toContain(opening(topics['what-is-self-compassion'].more[0]));
    expect(practice?.text).toContain(opening(topics['what-is-self-compassion'].more[1] ?? []));
    expect(practice?.text).toContain(`next topic, ${topics['how-it-supports-recovery'].title}?`);
    expect(next?.text).toContain(opening(topics['how-it-supports-recovery'].summary));
  });

  it.each(['quantum gardening', '__proto__', 'constructor', 'toString'])(
    'says kindly when a topic is unknown ("%s"), and lists the topics',
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
