import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { ask, askAside, close } from '../context';
import { pick } from '../random';
import { spoken } from '../script';

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

/** Greets the listener: the full welcome with the wellness note on a first visit, a warmer one for those it remembers. */
export function welcome(context: Context): Outcome {
  const { welcome, whatNext } = context.content;
  const { profile } = context;
  const hasMet = profile?.hasHeardWellnessNote === true;
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

/** Explains what to say, how to stop, and that "I need help" works at any time; a practice under way waits. */
export function help(context: Context): Outcome {
  const { help } = context.content;
  const { question, lastSaid } = context.state;
  const isPracticeWaiting =
    question !== undefined && question !== 'whatNext' && lastSaid?.reprompt !== undefined;
  if (isPracticeWaiting) {
    return ask(
      context,
      [...spoken(help.speech), ...lastSaid.reprompt],
      lastSaid.reprompt,
      question,
    );
  }
  return ask(context, spoken(help.speech, help.question), spoken(help.reprompt), 'whatNext', {
    activity: { name: 'menu' },
  });
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

/** Answers what was not understood without blame, then asks the pending question again. */
export function fallback(context: Context): Outcome {
  const { content, state } = context;
  const reprompt = state.lastSaid?.reprompt ?? spoken(content.whatNext.reprompt);
  return askAside(
    context,
    [...spoken(pick(content.fallback, context.random)), ...reprompt],
    reprompt,
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
