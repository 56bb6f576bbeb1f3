import type { Context, Outcome } from '../context';
import { pick } from '../random';
import { guided } from '../script';
import { guidedPractice } from './guidedPractice';

/** A self-compassion break in Neff's three parts, short or long, with silence to reflect and its words on screen. */
export function compassionBreak(context: Context, length?: string): Outcome {
  const { compassionBreak } = context.content;
  const isLong = length?.trim().toLowerCase() === 'long';
  const script = guided(
    pick(isLong ? compassionBreak.long : compassionBreak.short, context.random),
  );
  const finished = pick(compassionBreak.finished, context.random);
  return guidedPractice(context, 'compassionBreak', script, finished);
}
