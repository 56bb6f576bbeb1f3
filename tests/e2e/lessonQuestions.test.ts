import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { generatedModel } from '../support/alexa';

const resolver = new UtteranceResolver(generatedModel());

/** Natural questions, each with the lesson it should reach (lesson id, tab, question). */
const questions = readFileSync(join(__dirname, 'fixtures', 'lessonQuestions.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.includes('\t'))
  .map((line) => line.split('\t') as [string, string]);

const topicOf = (utterance: string) => {
  const intent = resolver.resolve(utterance);
  return intent.name === 'LearnIntent'
    ? intent.slots?.topic?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id
    : intent.name;
};

it.each([
  ['Why do I keep comparing myself to others?', 'challenge-self-comparison'],
  ["Won't being soft on myself make me relapse?", 'challenge-fear-of-relapse'],
  ['My family thinks this is weakness.', 'challenge-cultural-stigma'],
])('the issue\'s own question "%s" reaches %s', (question, lesson) => {
  expect(topicOf(question)).toBe(lesson);
});

it('reaches the right lesson for at least nine in ten of the natural questions people ask', () => {
  const reached = questions.filter(([lesson, question]) => topicOf(question) === lesson);
  expect(questions.length).toBeGreaterThan(150);
  expect(reached.length / questions.length).toBeGreaterThanOrEqual(0.9);
});

it.each([
  ['help me breathe', 'BreatheIntent'],
  ['give me an affirmation', 'AffirmationIntent'],
  ['I want to kill myself', 'CrisisIntent'],
  ['how fast should I taper', 'MedicationIntent'],
  ['I relapsed', 'SlipIntent'],
])('"%s" still goes to %s, not a lesson', (utterance, intent) => {
  expect(topicOf(utterance)).toBe(intent);
});
