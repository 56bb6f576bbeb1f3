import type { Context, Outcome } from '../context';
import { ask, close, isOneShot } from '../context';
import { pick } from '../random';
import { guided, silence, spoken } from '../script';

/** Chooses an affirmation not yet heard in this conversation; once all are heard, starts afresh. */
export function chooseAffirmation(
  count: number,
  heard: readonly number[],
  random: () => number,
): { index: number; heard: readonly number[] } {
  const isAllHeard = heard.length >= count;
  const previouslyHeard = isAllHeard ? [] : heard;
  const unheard = Array.from({ length: count }, (_, index) => index).filter(
    (index) => !previouslyHeard.includes(index),
  );
  const index = unheard[Math.floor(random() * unheard.length)] ?? 0;
  return { index, heard: [...previouslyHeard, index] };
}

/** Offers one affirmation, slowly, then asks whether the listener would like another. */
export function affirmation(context: Context): Outcome {
  const { affirmation: words, oneShotGoodbye } = context.content;
  const validHeard = context.state.heardAffirmations.filter(
    (index) => Number.isInteger(index) && index >= 0 && index < words.all.length,
  );
  const choice = chooseAffirmation(words.all.length, validHeard, context.random);
  const chosen = words.all[choice.index] ?? words.all[0];
  const speech = [
    ...spoken(pick(words.intro, context.random)),
    ...silence(1),
    ...guided(chosen.text),
    ...silence(2),
  ];
  if (isOneShot(context))
    return close([...speech, ...spoken(pick(oneShotGoodbye, context.random))]);
  return ask(
    context,
    [...speech, ...spoken(words.another)],
    spoken(words.anotherReprompt),
    'anotherAffirmation',
    {
      activity: { name: 'affirmation' },
      heardAffirmations: choice.heard,
    },
  );
}
