import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { ask, close } from '../context';
import { daysThisWeek, favouritePractice } from '../profile';
import { spoken } from '../script';
import { affirmation } from './affirmation';
import { findPattern, startBreathing } from './breathing';
import { compassionBreak } from './compassionBreak';
import { whatNext } from './menu';
import { urgeSurfing } from './urgeSurfing';

/** "How am I doing?": days practised this week and in all, said gently, never guilt for a gap. */
export function progress(context: Context): Outcome {
  const { memory, numberWords } = context.content;
  const { profile } = context;
  if (!profile) return whatNext(context, spoken(memory.notRemembered));
  const words = (value: number) => numberWords[value] ?? String(value);
  const all = profile.practiceDays.length;
  const week = daysThisWeek(profile, context.turn.today);
  const said =
    all === 0
      ? memory.noPracticeYet
      : week === 0
        ? memory.quietWeek(words(all), all !== 1)
        : memory.progress(words(week), words(all), { week: week !== 1, all: all !== 1 });
  return whatNext(context, spoken(said));
}

/** The practices a favourite can start, by the name it is remembered under. */
const usualPractices: Readonly<Record<string, (context: Context) => Outcome>> = {
  compassionBreak: (context) => compassionBreak(context),
  affirmation: (context) => affirmation(context),
  urgeSurfing,
};

/** The listener's usual practice, what it is called and how it starts; undefined until there is one. */
export function usualPractice(
  context: Context,
): { readonly name: string; readonly start: (context: Context) => Outcome } | undefined {
  const favourite = context.profile ? favouritePractice(context.profile) : undefined;
  const pattern = favourite?.startsWith('breathing:')
    ? findPattern(favourite.slice('breathing:'.length))
    : undefined;
  if (pattern) {
    return {
      name: context.content.breathing.patterns[pattern].name,
      start: (next) => startBreathing(next, { pattern, rounds: '4' }),
    };
  }
  const start =
    favourite && Object.hasOwn(usualPractices, favourite) ? usualPractices[favourite] : undefined;
  return start && favourite ? { name: usualNames(context)[favourite] ?? '', start } : undefined;
}

/** "My usual": the practice chosen most often, started at once. */
export function myUsual(context: Context): Outcome {
  const { memory } = context.content;
  const usual = usualPractice(context);
  if (!usual) return prefaced(startBreathing(context, {}), spoken(memory.noUsualYet));
  return prefaced(usual.start(context), spoken(memory.usualIs(usual.name)));
}

/** What each practice is called when it is named as the usual one. */
const usualNames = (context: Context): Readonly<Record<string, string>> => ({
  ...context.content.memory.practiceNames,
  ...Object.fromEntries(
    Object.entries(context.content.breathing.patterns).map(([id, pattern]) => [
      `breathing:${id}`,
      pattern.name,
    ]),
  ),
});

/** An outcome with a few words said before it. */
function prefaced(outcome: Outcome, before: Speech): Outcome {
  return { ...outcome, reply: { ...outcome.reply, speech: [...before, ...outcome.reply.speech] } };
}

/** "Delete my data", "forget me": says what is kept, and asks before erasing it. */
export function forgetMe(context: Context): Outcome {
  const { memory } = context.content;
  if (!context.profile) return whatNext(context, spoken(memory.nothingKept));
  return ask(
    context,
    spoken(memory.confirmForget),
    spoken(memory.confirmForgetReprompt),
    'confirmForget',
    {
      activity: { name: 'menu' },
    },
  );
}

/** Erases the listener from the store; the next visit is a first visit. */
export function forget(context: Context): Outcome {
  return { ...close(spoken(context.content.memory.forgotten)), isForgetting: true };
}

/** Keeps everything, as asked. */
export function keepEverything(context: Context): Outcome {
  return whatNext(context, spoken(context.content.memory.keptEverything));
}
