import { en } from '../../src/content/en';
import type { LessonId, Script } from '../../src/content/types';
import { lessonIds } from '../../src/content/types';
import { listedTopics, topicsPerListing } from '../../src/core/activities/lessons';
import type { Speech } from '../../src/core/reply';
import { toPlainText } from '../../src/speech';
import type { Heard } from '../support/turns';
import { converse, lastOf, launch, said } from '../support/turns';

const { topics, listing, groupTitles } = en.lessons;
const whatNext = /(What would you like next|Would you like anything else).*\?$/;
const lastLesson: LessonId = 'challenge-compassion-and-accountability';

/** A script's words, as they are heard. */
const wordsOf = (script: Script) => toPlainText(spokenOf(script));
const spokenOf = (script: Script): Speech =>
  script.map((line) =>
    typeof line === 'string'
      ? { type: 'text', text: line }
      : 'pause' in line
        ? { type: 'pause', seconds: line.pause }
        : { type: 'digits', digits: line.digits },
  );

/** The last sentence heard: the question the listener answers. */
const questionOf = (answer: Heard) =>
  answer.text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .pop() ?? '';

/**
 * A lesson by name, then "tell me more" until every passage has been heard, and once more; the last lesson closes
 * the lessons after its last passage, so there is no "once more".
 */
const throughEveryPassage = (topic: LessonId) =>
  converse([
    launch(),
    said('learn', { topic }),
    ...topics[topic].more.map(() => said('tellMeMore')),
    ...(topic === lastLesson ? [] : [said('tellMeMore')]),
  ]).slice(1);

/** Whether a line invites the listener to do a tiny practice. */
const isPracticeOpener = (line: string) => /^(Something to try|Here's a tiny practice)/.test(line);

const titleOf = (topic: (typeof listedTopics)[number]) =>
  topic === 'benefits' || topic === 'challenges' ? groupTitles[topic] : topics[topic].title;

describe('after a lesson, one yes/no question', () => {
  it.each(lessonIds)(
    '%s: every question it asks is "Want to hear more?" or the next topic',
    (id) => {
      const answers = throughEveryPassage(id);
      answers.forEach((answer, index) => {
        const isLastLessonsEnd = id === lastLesson && index >= topics[id].more.length;
        if (isLastLessonsEnd) {
          expect(answer.text).toContain(en.lessons.allDone);
          expect(answer.text).toMatch(whatNext);
          return;
        }
        expect(questionOf(answer)).toMatch(
          /^(Want to hear more|Shall we go on to the next topic, .+)\?$/,
        );
        expect(questionOf(answer)).not.toMatch(/, or /);
        expect(answer.repromptText).toMatch(/yes, or no\..*\?$/);
      });
    },
  );

  it.each(lessonIds)('%s: "yes" gives more of this topic', (id) => {
    const answer = lastOf([launch(), said('learn', { topic: id }), said('yes')]);
    expect(answer.text).toContain(wordsOf(topics[id].more[0]).slice(0, 40));
    expect(answer.text).not.toContain(wordsOf(topics[id].summary).slice(0, 40));
  });

  it('"no" moves on kindly to the choices', () => {
    const answer = lastOf([launch(), said('learn', { topic: 'windows-and-waves' }), said('no')]);
    expect(answer.text).toMatch(/^That's fine\./);
    expect(answer.text).toMatch(whatNext);
    expect(answer.state.activity.name).toBe('menu');
  });
});

describe('"tell me more" never repeats a passage', () => {
  it.each(lessonIds.filter((id) => id !== lastLesson))(
    '%s: each passage once, then an honest end and another topic',
    (id) => {
      const answers = throughEveryPassage(id);
      const passages = topics[id].more.map(wordsOf);
      passages.forEach((passage, index) => {
        const heardIn = answers.filter((answer) => answer.text.includes(passage.slice(0, 60)));
        expect(heardIn).toHaveLength(1);
        expect(heardIn[0]).toBe(answers[index + 1]);
      });
      const afterAll = answers[answers.length - 1];
      expect(afterAll?.text).toMatch(
        new RegExp(
          `^That's everything I have on ${topics[id].title}\\. Thank you for staying with it\\.`,
        ),
      );
      expect(passages.some((passage) => afterAll?.text.includes(passage.slice(0, 60)))).toBe(false);
      expect(afterAll?.text).toMatch(/Shall we go on to the next topic, .+\?$/);
    },
  );

  it('the last lesson hears each passage once, then the lessons close kindly', () => {
    expect(lessonIds[lessonIds.length - 1]).toBe(lastLesson);
    const answers = throughEveryPassage(lastLesson);
    const passages = topics[lastLesson].more.map(wordsOf);
    passages.forEach((passage, index) =>
      expect(answers[index + 1]?.text).toContain(passage.slice(0, 60)),
    );
    expect(answers[answers.length - 1]?.text).toContain(en.lessons.allDone);
  });

  it('"yes" after the last passage goes on to the next topic', () => {
    const answer = lastOf([
      launch(),
      said('learn', { topic: 'windows-and-waves' }),
      said('tellMeMore'),
      said('tellMeMore'),
      said('yes'),
    ]);
    expect(answer.text).toContain(
      wordsOf(topics['talking-with-your-prescriber'].summary).slice(0, 40),
    );
  });
});

describe('every tiny practice inside a lesson is followed by ten to fifteen seconds of silence', () => {
  const practices = lessonIds.flatMap((id) =>
    topics[id].more.flatMap((passage, index) =>
      passage.some((line) => typeof line === 'string' && isPracticeOpener(line))
        ? [[id, index] as const]
        : [],
    ),
  );

  it('finds a practice in nearly every lesson', () => {
    expect(practices.length).toBeGreaterThanOrEqual(lessonIds.length - 3);
  });

  it.each(practices)('%s, passage %i, as heard', (id, index) => {
    const answer = throughEveryPassage(id)[index + 1];
    const speech = answer?.reply.speech ?? [];
    const opener = speech.findIndex((part) => part.type === 'text' && isPracticeOpener(part.text));
    expect(opener).toBeGreaterThanOrEqual(0);
    const silences = speech
      .slice(opener)
      .flatMap((part) => (part.type === 'pause' ? [part.seconds] : []));
    expect(silences.length).toBeGreaterThan(0);
    silences.forEach((seconds) => {
      expect(seconds).toBeGreaterThanOrEqual(10);
      expect(seconds).toBeLessThanOrEqual(15);
    });
  });

  it.each(lessonIds)('%s invites a practice only in a passage of its own', (id) => {
    const passages = [topics[id].summary, ...topics[id].more];
    passages.forEach((passage) => {
      const text = wordsOf(passage);
      if (!/tiny practice|Something to try/.test(text)) return;
      const first = passage.find((line): line is string => typeof line === 'string') ?? '';
      expect(isPracticeOpener(first)).toBe(true);
    });
  });
});

describe('what topics are there', () => {
  const listings = converse([launch(), said('listTopics'), said('yes'), said('yes')]).slice(1);

  it.each(listings.map((answer, index) => [index, answer] as const))(
    'listing %i names three topics, none named before',
    (index, answer) => {
      const shown = listedTopics.slice(index * topicsPerListing, (index + 1) * topicsPerListing);
      expect(shown).toHaveLength(3);
      shown.forEach((topic) => expect(answer.text).toContain(titleOf(topic)));
      listedTopics
        .filter((topic) => !shown.includes(topic))
        .forEach((topic) => expect(answer.text).not.toContain(`${titleOf(topic)},`));
    },
  );

  it('asks "Want to hear more topics?" until the last, which asks which one', () => {
    expect(listings[0]?.text).toMatch(
      /^Here are three topics: .+\. You can pick one by name\. Want to hear more topics\?$/,
    );
    expect(listings[1]?.text).toMatch(/^Three more: .+ Want to hear more topics\?$/);
    expect(listings[2]?.text).toMatch(/Which one would you like to hear\?$/);
    expect(listedTopics).toHaveLength(listings.length * topicsPerListing);
  });

  it.each([
    ['tellMeMore', said('tellMeMore')],
    ['next', said('next')],
    ['listTopics again', said('listTopics')],
  ] as const)('"%s" while they are listed goes on to the next three', (_name, turn) => {
    const answer = lastOf([launch(), said('listTopics'), turn]);
    expect(answer.text).toMatch(/^Three more: /);
  });

  it('"no" moves on kindly', () => {
    const answer = lastOf([launch(), said('listTopics'), said('no')]);
    expect(answer.text).toMatch(/^That's fine\./);
    expect(answer.text).toMatch(whatNext);
  });

  it('"yes" to which one asks for its name, and a name starts its lesson', () => {
    const turns = [launch(), said('listTopics'), said('yes'), said('yes'), said('yes')];
    expect(lastOf(turns).text).toBe(listing.sayItsName);
    const chosen = lastOf([...turns, said('learn', { topic: 'benefits' })]);
    expect(chosen.text).toContain(
      wordsOf(topics['benefit-emotional-healing'].summary).slice(0, 40),
    );
  });
});

describe('a topic with no lesson is declined honestly', () => {
  const unknownTurns = [
    ['a topic slot Dialogflow filled with unknown words', said('learn', { topic: 'astrophysics' })],
    [
      'an Alexa topic slot that matched no value',
      said(
        'said',
        {},
        {
          rawText: 'astrophysics',
          isPartOfRequest: true,
          unmatchedSlots: ['topic'],
        },
      ),
    ],
  ] as const;

  it.each(unknownTurns)('%s', (_name, turn) => {
    const answer = lastOf([launch(), turn]);
    expect(answer.text).toMatch(/^I don't have a lesson on that yet\. Here are three topics: /);
    expect(answer.text).toMatch(/Want to hear more topics\?$/);
    lessonIds.forEach((id) =>
      expect(answer.text).not.toContain(wordsOf(topics[id].summary).slice(0, 40)),
    );
    expect(answer.state.activity.name).toBe('menu');
  });

  it('an unmatched slot of another kind still meets the gentle fallback', () => {
    const answer = lastOf([
      launch(),
      said(
        'said',
        {},
        {
          rawText: 'purple',
          isPartOfRequest: true,
          unmatchedSlots: ['pattern'],
        },
      ),
    ]);
    expect(answer.text).not.toMatch(/lesson/);
  });
});

describe('what is urge surfing', () => {
  const practiceOpenings = en.urgeSurfing.practice.map((script) => wordsOf(script).slice(0, 40));

  it('explains in a sentence and offers the practice, without starting it', () => {
    const answer = lastOf([launch(), said('explainUrgeSurfing')]);
    expect(answer.text).toBe(
      'Urge surfing means noticing an urge, or a wave of withdrawal, as a wave that rises, peaks, and passes, and breathing with it rather than fighting it. Would you like to try it?',
    );
    expect(practiceOpenings.some((opening) => answer.text.includes(opening))).toBe(false);
  });

  it('"yes" starts the urge-surfing practice, as asking for it by name does', () => {
    const answer = lastOf([launch(), said('explainUrgeSurfing'), said('yes')]);
    const byName = lastOf([launch(), said('urgeSurfing')]);
    expect(practiceOpenings.some((opening) => answer.text.includes(opening))).toBe(true);
    expect(byName.text.slice(0, 80)).toBe(answer.text.slice(0, 80));
  });

  it('"no" goes back to the choices', () => {
    expect(lastOf([launch(), said('explainUrgeSurfing'), said('no')]).text).toMatch(whatNext);
  });
});

describe('the two new lessons', () => {
  const newLessons = ['windows-and-waves', 'talking-with-your-prescriber'] as const;
  const everything = (id: LessonId) =>
    [topics[id].summary, ...topics[id].more].map(wordsOf).join(' ');

  it.each(newLessons)('%s says no number and no timeline', (id) => {
    const text = everything(id);
    expect(text).not.toMatch(/\d/);
    expect(text).not.toMatch(/\b(hours?|days?|weeks?|months?|years?|how long)\b/i);
    expect(text).not.toMatch(/\b(dose|milligrams?|mg|percent)\b/i);
  });

  it.each(newLessons)('%s names the prescriber', (id) => {
    expect(everything(id)).toMatch(/\bprescriber\b/);
  });

  it('windows and waves: symptoms come and go, kindness in a wave, and a pace that can change', () => {
    const text = everything('windows-and-waves');
    expect(text).toMatch(/come and go/);
    expect(text).toMatch(/windows/);
    expect(text).toMatch(/waves/);
    expect(text).toMatch(/gentle|kind/);
    expect(text).toMatch(/slowed or paused/);
  });

  it('talking with your prescriber: symptoms, the pace, slowing or pausing, writing it down, company', () => {
    const text = everything('talking-with-your-prescriber');
    expect(text).toMatch(/Name your symptoms/);
    expect(text).toMatch(/how the pace feels/);
    expect(text).toMatch(/slow down, or pause/);
    expect(text).toMatch(/write things down before you go/);
    expect(text).toMatch(/bring someone along/);
  });

  it.each(newLessons)('%s is spoken in short sentences', (id) => {
    const sentences = everything(id).split(/(?<=[.?!])\s+/);
    sentences.forEach((sentence) => expect(sentence.split(' ').length).toBeLessThanOrEqual(22));
  });
});
