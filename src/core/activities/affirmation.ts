import type { Affirmation, AffirmationTheme } from '../../content/types';
import { affirmationThemes } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { ask, close, isOneShot, remembering } from '../context';
import { pick } from '../random';
import { guided, silence, spoken } from '../script';

/**
 * Themes drawn only when asked for by name: accountability (apologising, keeping to a plan) can sting someone who
 * became dependent on a dose they were prescribed.
 */
export const themesOnlyByName: readonly AffirmationTheme[] = ['accountability'];

/** Silence after the affirmation's first saying and after its second, for the listener to say it too. */
const silenceBetweenSeconds = 3;
const silenceAfterSeconds = 4;

/** The theme a slot names ("self-criticism" or "self criticism"); undefined when it names none. */
export function findTheme(value: string | undefined): AffirmationTheme | undefined {
  const key = value?.trim().toLowerCase().replace(/-/g, ' ');
  return affirmationThemes.find((theme) => theme === key || theme.replace(/-/g, ' ') === key);
}

/**
 * Chooses an affirmation not yet heard in this conversation, from a theme when one is asked for (otherwise from every
 * theme but those drawn only by name); once every one of that set has been heard, the set starts afresh.
 */
export function chooseAffirmation(
  all: readonly Affirmation[],
  heard: readonly number[],
  random: () => number,
  theme?: AffirmationTheme,
): { index: number; heard: readonly number[] } {
  const candidates = all
    .map((_, index) => index)
    .filter((index) => {
      const itsTheme = all[index]?.theme;
      return theme ? itsTheme === theme : !themesOnlyByName.some((byName) => byName === itsTheme);
    });
  const unheard = candidates.filter((index) => !heard.includes(index));
  const isExhausted = unheard.length === 0;
  const pool = isExhausted ? candidates : unheard;
  const index = pool[Math.floor(random() * pool.length)] ?? 0;
  const stillHeard = isExhausted ? heard.filter((done) => !candidates.includes(done)) : heard;
  return { index, heard: [...stillHeard, index] };
}

/** An affirmation said twice, slowly, with an invitation to say it too and silence between and after. */
function sayTwice(context: Context, text: string): Speech {
  const { intro, again } = context.content.affirmation;
  return [
    ...spoken(pick(intro, context.random)),
    ...silence(1.5),
    ...guided(text),
    ...silence(silenceBetweenSeconds),
    ...guided(pick(again, context.random)),
    ...silence(1.5),
    ...guided(text),
    ...silence(silenceAfterSeconds),
  ];
}

/** Offers one affirmation, said twice slowly, then asks whether the listener would like another. */
export function affirmation(context: Context, themeSaid?: string): Outcome {
  const { affirmation: words, oneShotGoodbye } = context.content;
  const theme = findTheme(themeSaid) ?? findTheme(context.state.affirmationTheme);
  // Heard in this conversation, and on earlier days when the listener is remembered.
  const validHeard = [
    ...new Set([...context.state.heardAffirmations, ...(context.profile?.heardAffirmations ?? [])]),
  ].filter((index) => Number.isInteger(index) && index >= 0 && index < words.all.length);
  const choice = chooseAffirmation(words.all, validHeard, context.random, theme);
  const chosen = words.all[choice.index] ?? words.all[0];
  const speech = sayTwice(context, chosen.text);
  const remembered = (outcome: Outcome): Outcome => {
    const withPractice = remembering(context, outcome, 'affirmation');
    return withPractice.profile
      ? { ...withPractice, profile: { ...withPractice.profile, heardAffirmations: choice.heard } }
      : withPractice;
  };
  if (isOneShot(context)) {
    return remembered(close([...speech, ...spoken(pick(oneShotGoodbye, context.random))]));
  }
  const outcome = ask(
    context,
    [...speech, ...spoken(words.another)],
    spoken(words.anotherReprompt),
    'anotherAffirmation',
    {
      activity: { name: 'affirmation' },
      heardAffirmations: choice.heard,
      ...(theme ? { affirmationTheme: theme } : {}),
    },
  );
  return remembered({
    ...outcome,
    reply: {
      ...outcome.reply,
      visual: { kind: 'text', title: context.content.screenTitles.affirmation, text: chosen.text },
    },
  });
}
