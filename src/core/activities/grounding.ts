import type { Context, Outcome } from '../context';
import { pick } from '../random';
import { guided, spoken } from '../script';
import { guidedPractice } from './guidedPractice';

/**
 * Grounding with the eyes open, for panic and feeling unreal: the five senses and the feet on the floor, about
 * ninety seconds, started at once, ending with the signs that need the emergency number.
 */
export function grounding(context: Context): Outcome {
  const { grounding: words } = context.content;
  return guidedPractice(
    context,
    'grounding',
    guided(pick(words.practice, context.random)),
    spoken(words.ifAlso(context.contacts.emergency)),
  );
}
