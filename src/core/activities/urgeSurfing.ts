import type { Context, Outcome } from '../context';
import { pick } from '../random';
import { guided } from '../script';
import { guidedPractice } from './guidedPractice';

/** Urge surfing for a craving: name it, feel it in the body, ride the wave as it rises, peaks and passes. */
export function urgeSurfing(context: Context): Outcome {
  const { urgeSurfing } = context.content;
  const script = guided(pick(urgeSurfing.practice, context.random));
  const finished = pick(urgeSurfing.finished, context.random);
  return guidedPractice(context, 'urgeSurfing', script, finished);
}
