import type { LessonId } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { lessonIds } from '../../content/types';
import { ask } from '../context';
import { spoken } from '../script';
import { whatNext } from './menu';

/** Topic names that stand for a group of lessons: the first lesson of the group. */
const topicGroups: Readonly<Record<string, LessonId>> = {
  benefits: 'benefit-emotional-healing',
  challenges: 'challenge-initial-resistance',
};

/** The lesson a topic slot names, by identifier or group; undefined when it names none. */
export function findLesson(topic: string | undefined): LessonId | undefined {
  if (topic === undefined) return undefined;
  const key = topic.trim().toLowerCase();
  // Only the table's own names: a word such as "__proto__" or "constructor" is no lesson.
  return (
    lessonIds.find((id) => id === key) ??
    (Object.hasOwn(topicGroups, key) ? topicGroups[key] : undefined)
  );
}

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

/** Teaches a lesson's summary, then offers more or the next topic. */
export function teach(context: Context, topic: LessonId, before: Speech = []): Outcome {
  const { lessons } = context.content;
  return ask(
    context,
    [
      ...before,
      ...spoken(lessons.topics[topic].summary),
      ...referralFor(context, topic),
      ...spoken(lessons.moreOrNext),
    ],
    spoken(lessons.moreOrNextReprompt),
    'hearMore',
    { activity: { name: 'lesson', topic, hasHeardMore: false } },
  );
}

/** Starts learning: the named topic, or the first one with a kind word when the topic is unknown. */
export function startLearning(context: Context, topicSaid: string | undefined): Outcome {
  const { lessons } = context.content;
  const topic = findLesson(topicSaid);
  if (topic) return teach(context, topic);
  const opening = topicSaid === undefined ? lessons.startLearning : lessons.unknownTopic;
  return teach(context, lessonIds[0], spoken(opening));
}

/** Goes deeper into the current lesson, then offers the next topic. */
export function tellMeMore(context: Context): Outcome {
  const { activity } = context.state;
  if (activity.name !== 'lesson') return startLearning(context, undefined);
  const { lessons } = context.content;
  const next = nextLessonAfter(activity.topic);
  const more = spoken(lessons.topics[activity.topic].more);
  if (!next) return whatNext(context, [...more, ...spoken(lessons.allDone)]);
  return ask(
    context,
    [...more, ...spoken(lessons.nextTopicQuestion(lessons.topics[next].title))],
    spoken(lessons.nextTopicReprompt),
    'nextTopic',
    { activity: { ...activity, hasHeardMore: true } },
  );
}

/** Moves on to the next topic, or closes the lessons kindly after the last one. */
export function nextTopic(context: Context): Outcome {
  const { activity } = context.state;
  if (activity.name !== 'lesson') return startLearning(context, undefined);
  const next = nextLessonAfter(activity.topic);
  if (!next) return whatNext(context, spoken(context.content.lessons.allDone));
  return teach(context, next);
}
