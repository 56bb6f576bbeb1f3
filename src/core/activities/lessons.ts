import type { LessonGroup, LessonId } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { Activity } from '../state';
import type { Speech } from '../reply';
import { lessonIds } from '../../content/types';
import { ask } from '../context';
import { spoken } from '../script';
import { whatNext } from './menu';

/** How the identifiers of a group's lessons begin. */
const groupPrefixes: Readonly<Record<LessonGroup, string>> = {
  benefits: 'benefit-',
  challenges: 'challenge-',
};

const groups = Object.keys(groupPrefixes) as LessonGroup[];

const isGroup = (name: string): name is LessonGroup => Object.hasOwn(groupPrefixes, name);

/** The first lesson of a group, where "next topic" walks on through the rest. */
const firstOfGroup = (group: LessonGroup): LessonId | undefined =>
  lessonIds.find((id) => id.startsWith(groupPrefixes[group]));

/** The lesson a topic slot names, by identifier or group; undefined when it names none. */
export function findLesson(topic: string | undefined): LessonId | undefined {
  if (topic === undefined) return undefined;
  const key = topic.trim().toLowerCase();
  // Only the table's own names: a word such as "__proto__" or "constructor" is no lesson.
  return lessonIds.find((id) => id === key) ?? (isGroup(key) ? firstOfGroup(key) : undefined);
}

/** A request to learn about something, in the words said; the topic is what follows. */
const learningRequest =
  /^(?:(?:can|could|would|will) you |please )?(?:tell me about|teach me about|talk to me about|talk about|learn about|(?:i want|i'd like|i would like) to (?:learn|hear) about|(?:give me |i want )?(?:a |the )?lesson (?:on|about)|what do you know about)\s+(\S.*)$/;

/**
 * The topic in words that ask to learn about something ("tell me about astrophysics"), where the platform heard
 * no topic it knows: Alexa's free speech, or a Dialogflow request with the words but no topic.
 */
export function topicAskedAbout(words: string | undefined): string | undefined {
  const heard = words
    ?.toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return heard?.match(learningRequest)?.[1];
}

/** What "what topics are there" lists, in teaching order: each lesson, with a group's lessons as one topic. */
export const listedTopics: readonly (LessonId | LessonGroup)[] = [
  ...lessonIds.filter((id) => !groups.some((group) => id.startsWith(groupPrefixes[group]))),
  ...groups,
];

/** How many topics one listing names: a menu of at most three. */
export const topicsPerListing = 3;

function nextLessonAfter(topic: LessonId): LessonId | undefined {
  return lessonIds[lessonIds.indexOf(topic) + 1];
}

/** Where the country has a helpline for finding treatment, the lesson on professional support names it. */
function referralFor(context: Context, topic: LessonId): Speech {
  const { referral } = context.contacts;
  return topic === 'professional-support' && referral
    ? spoken(context.content.lessons.referral(referral))
    : [];
}

/** Says a lesson's words, then asks whether to hear more, while any passage is still unheard. */
function offerMore(context: Context, speech: Speech, activity: Activity & { name: 'lesson' }) {
  const { lessons } = context.content;
  return ask(
    context,
    [...speech, ...spoken(lessons.hearMore)],
    spoken(lessons.hearMoreReprompt(lessons.topics[activity.topic].title)),
    'hearMore',
    { activity },
  );
}

/** Offers the next topic after a lesson's last passage, or closes the lessons kindly after the last topic. */
function offerNextTopic(context: Context, speech: Speech, activity: Activity & { name: 'lesson' }) {
  const { lessons } = context.content;
  const next = nextLessonAfter(activity.topic);
  if (!next) return whatNext(context, [...speech, ...spoken(lessons.allDone)]);
  return ask(
    context,
    [...speech, ...spoken(lessons.nextTopicQuestion(lessons.topics[next].title))],
    spoken(lessons.nextTopicReprompt),
    'nextTopic',
    { activity },
  );
}

/** Teaches a lesson's summary, then asks one yes/no question: "Want to hear more?" */
export function teach(context: Context, topic: LessonId, before: Speech = []): Outcome {
  const { lessons } = context.content;
  return offerMore(
    context,
    [...before, ...spoken(lessons.topics[topic].summary), ...referralFor(context, topic)],
    { name: 'lesson', topic, passagesHeard: 0 },
  );
}

/**
 * Lists the topics a few at a time from `from`, each listing ending with one question: more topics, or, after the
 * last, which one. A topic is chosen by saying its name.
 */
export function listTopics(context: Context, from = 0, before: Speech = []): Outcome {
  const { topics, groupTitles, listing } = context.content.lessons;
  const start = from < listedTopics.length ? from : 0;
  const shown = listedTopics.slice(start, start + topicsPerListing);
  const titles = shown.map((topic) => (isGroup(topic) ? groupTitles[topic] : topics[topic].title));
  const listed = start + shown.length;
  const isLast = listed >= listedTopics.length;
  const intro = start === 0 ? listing.first : isLast ? listing.last : listing.more;
  const changes = { activity: { name: 'menu' } as const, topicsListed: listed };
  return isLast
    ? ask(
        context,
        [...before, ...spoken(intro(spokenList(titles)), listing.whichOne)],
        spoken(listing.whichOneReprompt),
        'chooseTopic',
        changes,
      )
    : ask(
        context,
        [...before, ...spoken(intro(spokenList(titles)), listing.moreTopics)],
        spoken(listing.moreTopicsReprompt),
        'moreTopics',
        changes,
      );
}

/** "A", "A and B", "A, B, and C": a short list as it is said aloud. */
function spokenList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/** "Yes" to more topics: the next few, from where the listing stopped. */
export function moreTopics(context: Context): Outcome {
  return listTopics(context, context.state.topicsListed ?? 0);
}

/** "What topics are there?": the first few; said again while they are being listed ("more topics"), the next few. */
export function askForTopics(context: Context): Outcome {
  return context.state.question === 'moreTopics' ? moreTopics(context) : listTopics(context);
}

/** "Yes" to "which one would you like?": how to choose, asked again. */
export function sayTopicName(context: Context): Outcome {
  const { listing } = context.content.lessons;
  return ask(context, spoken(listing.sayItsName), spoken(listing.whichOneReprompt), 'chooseTopic');
}

/** "No" to more of a lesson, to more topics, or to trying urge surfing: kindly on to the choices. */
export function moveOnKindly(context: Context): Outcome {
  return whatNext(context, spoken(context.content.lessons.enough));
}

/** A topic the skill has no lesson on, said honestly, and the topics it has: never a lesson started instead. */
export function unknownTopic(context: Context): Outcome {
  return listTopics(context, 0, spoken(context.content.lessons.unknownTopic));
}

/** Starts learning: the named topic, the first one when none is named, and honesty when the topic is unknown. */
export function startLearning(context: Context, topicSaid: string | undefined): Outcome {
  const topic = findLesson(topicSaid);
  if (topic) return teach(context, topic);
  if (topicSaid !== undefined) return unknownTopic(context);
  return teach(context, lessonIds[0], spoken(context.content.lessons.startLearning));
}

/** Goes deeper into the current lesson with the next unheard passage; once all are heard, says so and moves on. */
export function tellMeMore(context: Context): Outcome {
  const { activity } = context.state;
  if (activity.name !== 'lesson') return startLearning(context, undefined);
  const { lessons } = context.content;
  const { title, more } = lessons.topics[activity.topic];
  const passage = more[activity.passagesHeard];
  if (!passage) return offerNextTopic(context, spoken(lessons.allHeard(title)), activity);
  const heard = { ...activity, passagesHeard: activity.passagesHeard + 1 };
  return heard.passagesHeard < more.length
    ? offerMore(context, spoken(passage), heard)
    : offerNextTopic(context, spoken(passage), heard);
}

/** Moves on to the next topic, or closes the lessons kindly after the last one. */
export function nextTopic(context: Context): Outcome {
  const { activity } = context.state;
  if (activity.name !== 'lesson') return startLearning(context, undefined);
  const next = nextLessonAfter(activity.topic);
  if (!next) return whatNext(context, spoken(context.content.lessons.allDone));
  return teach(context, next);
}

/** "What is urge surfing?": one sentence, then the practice offered, never started unasked. */
export function explainUrgeSurfing(context: Context): Outcome {
  const { urgeSurfing: words } = context.content.lessons;
  return ask(
    context,
    spoken(words.explained, words.offer),
    spoken(words.offerReprompt),
    'tryUrgeSurfing',
    { activity: { name: 'menu' } },
  );
}
