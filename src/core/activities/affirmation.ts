import type { Affirmation, AffirmationTheme } from '../../content/types';
import { affirmationThemes } from '../../content/types';
import type { Context, Outcome } from '../context';
import { ask, close, isOneShot, remembering } from '../context';
import { pick } from '../random';
import { guided, silence, spoken } from '../script';

/** The theme a slot names ("self-criticism" or "self criticism"); undefined when it names none. */
export function findTheme(value: string | undefined): AffirmationTheme | undefined {
  const key = value?.trim().toLowerCase().replace(/-/g, ' ');
  return affirmationThemes.find((theme) => theme === key || theme.replace(/-/g, ' ') === key);
}

/**
 * Chooses an affirmation not yet heard in this conversation, from a theme when one is asked for; once every one
 * (of the theme) has been heard, that set starts afresh.
 */
export function chooseAffirmation(
  all: readonly Affirmation[],
  heard: readonly number[],
  random: () => number,
  theme?: AffirmationTheme,
): { index: number; heard: readonly number[] } {
  const candidates = all
    .map((_, index) => index)
    .filter((index) => !theme || all[index]?.theme === theme);
  const unheard = candidates.filter((index) => !heard.includes(index));
  const isExhausted = unheard.length === 0;
  const pool = isExhausted ? candidates : unheard;
  const index = pool[Math.floor(random() * pool.length)] ?? 0;
  const stillHeard = isExhausted ? heard.filter((done) => !candidates.includes(done)) : heard;
  return { index, heard: [...stillHeard, index] };
}

/** Offers one affirmation, slowly, then asks whether the listener would like another. */
export function affirmation(context: Context, themeSaid?: string): Outcome {
  const { affirmation: words, oneShotGoodbye } = context.content;
  const theme = findTheme(themeSaid) ?? findTheme(context.state.affirmationTheme);
  // Heard in this conversation, and on earlier days when the listener is remembered.
  const validHeard = [
    ...new Set([...context.state.heardAffirmations, ...(context.profile?.heardAffirmations ?? [])]),
  ].filter((index) => Number.isInteger(index) && index >= 0 && index < words.all.length);
  const choice = chooseAffirmation(words.all, validHeard, context.random, theme);
  const chosen = words.all[choice.index] ?? words.all[0];
  const speech = [
    ...spoken(pick(words.intro, context.random)),
    ...silence(1),
    ...guided(chosen.text),
    ...silence(2),
  ];
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
