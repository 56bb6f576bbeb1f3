import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { middayToday, newSession } from '../../src/chat/alexaRequests';
import { Conversation } from '../../src/chat/conversation';
import { agentAsModel } from '../../src/chat/dialogflowAgentModel';
import { DialogflowConversation } from '../../src/chat/dialogflowConversation';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { en } from '../../src/content/en';
import { listedTopics } from '../../src/core/activities/lessons';
import { createSkill } from '../../src/platforms/alexa';
import { generatedModel, invokeChecked } from '../support/alexa';
import { answerChecked } from '../support/webhookRequests';

const agentFolder = join(__dirname, '..', '..', 'interaction-models', 'dialogflow', 'agent');

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

it.each([
  ['what topics are there', 'ListTopicsIntent'],
  ['what can I learn about', 'ListTopicsIntent'],
  ['list the lessons', 'ListTopicsIntent'],
  ['which topics do you have', 'ListTopicsIntent'],
  ['what is urge surfing', 'ExplainUrgeSurfingIntent'],
  ["what's urge surfing", 'ExplainUrgeSurfingIntent'],
  ['tell me about withdrawal waves', 'windows-and-waves'],
  ['windows and waves', 'windows-and-waves'],
  ['how do I talk to my doctor', 'talking-with-your-prescriber'],
  ['talking to my prescriber', 'talking-with-your-prescriber'],
  ['how long will withdrawal last', 'MedicationIntent'],
])('"%s" reaches %s', (utterance, expected) => {
  expect(topicOf(utterance)).toBe(expected);
});

it.each(listedTopics)(
  'the listed topic %s, said by the name it is listed by, reaches it',
  (topic) => {
    const { topics, groupTitles } = en.lessons;
    const title =
      topic === 'benefits' || topic === 'challenges' ? groupTitles[topic] : topics[topic].title;
    expect(topicOf(title)).toBe(topic);
  },
);

/** Both platforms, each request carrying the same id on the same turn, every response checked. */
function bothPlatforms() {
  const skill = createSkill();
  let alexaTurn = 0;
  let dialogflowTurn = 0;
  return [
    new Conversation(
      newSession({ clock: middayToday }),
      (request) => {
        alexaTurn += 1;
        const requestId = `turn-${alexaTurn}`;
        return invokeChecked({ ...request, request: { ...request.request, requestId } }, skill);
      },
      resolver,
    ),
    new DialogflowConversation(
      (request) => {
        dialogflowTurn += 1;
        return answerChecked({ ...request, responseId: `turn-${dialogflowTurn}` });
      },
      new UtteranceResolver(agentAsModel(agentFolder)),
      'en-us',
    ),
  ] as const;
}

/** What each platform says to each line, after opening. */
async function heardOnBoth(...lines: string[]): Promise<string[][]> {
  return Promise.all(
    bothPlatforms().map(async (platform) => {
      await platform.open();
      const heard: string[] = [];
      for (const line of lines) heard.push((await platform.say(line)).speech);
      return heard;
    }),
  );
}

describe('by voice, on Alexa and on the phone line alike', () => {
  it('"what topics are there" lists three, and "yes" the next three', async () => {
    const [alexa, phone] = await heardOnBoth('what topics are there', 'yes');
    expect(phone).toEqual(alexa);
    const [first, more] = alexa ?? [];
    expect(first).toMatch(/^Here are three topics: .+ Want to hear more topics\?$/);
    expect(more).toMatch(/^Three more: .+ Want to hear more topics\?$/);
    listedTopics.slice(0, 3).forEach((topic) => expect(first).toContain(titleOf(topic)));
    listedTopics.slice(3, 6).forEach((topic) => expect(more).toContain(titleOf(topic)));
  });

  it.each(['teach me about astrophysics', 'tell me about knitting'])(
    '"%s" is declined honestly, and the topics offered',
    async (line) => {
      const [alexa, phone] = await heardOnBoth(line);
      expect(phone).toEqual(alexa);
      expect(alexa?.[0]).toMatch(/^I don't have a lesson on that yet\. Here are three topics: /);
    },
  );

  it('"what is urge surfing" explains and offers; "yes" starts the practice', async () => {
    const [alexa, phone] = await heardOnBoth('what is urge surfing', 'yes');
    expect(phone).toEqual(alexa);
    expect(alexa?.[0]).toMatch(/^Urge surfing means .+ Would you like to try it\?$/);
    const [, practice] = alexa ?? [];
    const openings = en.urgeSurfing.practice.map(
      (script) => script.find((line): line is string => typeof line === 'string') ?? '',
    );
    expect(openings.some((opening) => practice?.includes(opening))).toBe(true);
  });

  it('"tell me more" twice never repeats a passage', async () => {
    const [alexa, phone] = await heardOnBoth(
      'tell me about withdrawal waves',
      'tell me more',
      'tell me more',
      'tell me more',
    );
    expect(phone).toEqual(alexa);
    const [, first, second, third] = alexa ?? [];
    expect(first).toMatch(/Want to hear more\?$/);
    expect(second).toMatch(/^Something to try\./);
    expect(second).toMatch(/next topic, talking with your prescriber\?$/);
    expect(third).toMatch(/^That's everything I have on windows and waves in withdrawal\./);
  });
});

const titleOf = (topic: (typeof listedTopics)[number]) =>
  topic === 'benefits' || topic === 'challenges'
    ? en.lessons.groupTitles[topic]
    : en.lessons.topics[topic].title;
