import type { Context, Outcome } from '../context';
import { close, isOneShot } from '../context';
import { pick } from '../random';
import { guided, spoken } from '../script';
import { whatNext } from './menu';

/** A short self-compassion break in Neff's three parts, with silence to reflect. */
export function compassionBreak(context: Context): Outcome {
  const { compassionBreak, oneShotGoodbye } = context.content;
  const practice = [
    ...guided(pick(compassionBreak.short, context.random)),
    ...spoken(pick(compassionBreak.finished, context.random)),
  ];
  if (isOneShot(context))
    return close([...practice, ...spoken(pick(oneShotGoodbye, context.random))]);
  return whatNext(context, practice);
}
