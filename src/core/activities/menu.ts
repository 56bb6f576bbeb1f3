import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { ask, askAside, close } from '../context';
import { pick } from '../random';
import { spoken } from '../script';
import { usualPractice } from './memory';

/** Asks what the listener would like next, after a practice or a "no". */
export function whatNext(context: Context, before: Speech = []): Outcome {
  const { whatNext } = context.content;
  return ask(
    context,
    [...before, ...spoken(pick(whatNext.question, context.random))],
    spoken(whatNext.reprompt),
    'whatNext',
    { activity: { name: 'menu' } },
  );
}

/** The hours, in the listener's time zone, when a welcome acknowledges the night: 11 pm to 5 am. */
const isNight = (hour: number | undefined) => hour !== undefined && (hour >= 23 || hour < 5);

/** Late at night: the night acknowledged, and the wind-down offered first, with the wellness note on a first visit. */
function welcomeAtNight(context: Context, hasMet: boolean): Outcome {
  const { atNight } = context.content.welcome;
  const isFirst = !hasMet && !context.state.hasBeenWelcomed;
  const outcome = ask(
    context,
    spoken(pick(isFirst ? atNight.firstTime : atNight.again, context.random)),
    spoken(atNight.reprompt),
    'offerFitting',
    { activity: { name: 'menu' }, hasBeenWelcomed: true, offered: 'windDown' },
  );
  return context.profile && isFirst
    ? { ...outcome, profile: { ...context.profile, hasHeardWellnessNote: true } }
    : outcome;
}

/** Greets the listener: the full welcome with the wellness note on a first visit, a warmer one for those it remembers. */
export function welcome(context: Context): Outcome {
  const { welcome, whatNext } = context.content;
  const { profile } = context;
  const hasMet = profile?.hasHeardWellnessNote === true;
  if (context.turn.kind === 'launch' && isNight(context.turn.localHour)) {
    return welcomeAtNight(context, hasMet);
  }
  const usual = hasMet && !context.state.hasBeenWelcomed ? usualPractice(context) : undefined;
  if (usual) {
    return ask(
      context,
      spoken(welcome.returningWithUsual(usual.name)),
      spoken(welcome.returningWithUsualReprompt),
      'offerFitting',
      { activity: { name: 'menu' }, hasBeenWelcomed: true, offered: 'usual' },
    );
  }
  const variations = context.state.hasBeenWelcomed
    ? welcome.again
    : hasMet
      ? welcome.returning
      : welcome.firstTime;
  const outcome = ask(
    context,
    spoken(pick(variations, context.random)),
    spoken(whatNext.reprompt),
    'whatNext',
    {
      activity: { name: 'menu' },
      hasBeenWelcomed: true,
    },
  );
  return profile && !hasMet
    ? { ...outcome, profile: { ...profile, hasHeardWellnessNote: true } }
    : outcome;
}

/** Lists the choices when the listener has agreed to "something" without naming it. */
export function whichOne(context: Context): Outcome {
  const { whichOne, whatNext } = context.content;
  return ask(context, spoken(whichOne), spoken(whatNext.reprompt), 'whatNext', {
    activity: { name: 'menu' },
  });
}

/** Says goodbye warmly and ends the conversation. */
export function goodbye(context: Context): Outcome {
  return close(spoken(pick(context.content.goodbye, context.random)));
}

/** Misses in a row before a kind goodbye; never after a crisis answer, which is never ended by the skill. */
const missesBeforeGoodbye = 3;

/**
 * Answers what was not understood without blame and never the same twice running: the emergency number in one
 * short clause (the words missed may have been a danger), then the pending question again; with none pending, the
 * first miss offers a practice and the second the choices, and a third in a row says a kind goodbye with the number.
 */
export function fallback(context: Context): Outcome {
  const { content, state, contacts } = context;
  const words = content.fallback;
  const misses = (state.misses ?? 0) + 1;
  const isInCrisis = state.activity.name === 'crisis';
  if (misses >= missesBeforeGoodbye && !isInCrisis) {
    return close(spoken(words.goodbye(contacts.emergency)));
  }
  const opening = spoken(
    pick(misses === 1 ? words.first : words.again, context.random),
    words.dangerClause(contacts.emergency),
  );
  // The choices, or the practice a first miss offered, are not repeated: the next miss moves on.
  const isOwnQuestion = state.question === 'whatNext' || state.question === 'offerBreathing';
  const pending = isOwnQuestion ? undefined : state.lastSaid?.reprompt;
  if (pending && state.question) {
    const outcome = askAside(context, [...opening, ...pending], pending);
    return {
      ...outcome,
      state: { ...outcome.state, misses: Math.min(misses, missesBeforeGoodbye) },
    };
  }
  return misses === 1
    ? ask(
        context,
        [...opening, ...spoken(words.offerBreathing)],
        spoken(words.offerBreathingReprompt),
        'offerBreathing',
        { misses },
      )
    : ask(
        context,
        [...opening, ...spoken(words.choices)],
        spoken(content.whatNext.reprompt),
        'whatNext',
        {
          misses,
        },
      );
}

/** Says the last thing again, exactly as before. */
export function repeat(context: Context): Outcome {
  const { lastSaid } = context.state;
  if (!lastSaid?.reprompt) {
    return whatNext(context, spoken(context.content.nothingToRepeat));
  }
  return ask(context, lastSaid.speech, lastSaid.reprompt, context.state.question);
}
