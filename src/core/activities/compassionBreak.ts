import type { Context, Outcome } from '../context';
import { close, isOneShot, remembering } from '../context';
import { pick } from '../random';
import { toPlainText } from '../../speech/plainText';
import { guided, spoken } from '../script';
import { whatNext } from './menu';

/** A self-compassion break in Neff's three parts, short or long, with silence to reflect and its words on screen. */
export function compassionBreak(context: Context, length?: string): Outcome {
  const { compassionBreak, oneShotGoodbye } = context.content;
  const isLong = length?.trim().toLowerCase() === 'long';
  const script = guided(
    pick(isLong ? compassionBreak.long : compassionBreak.short, context.random),
  );
  const practice = [...script, ...spoken(pick(compassionBreak.finished, context.random))];
  const visual = {
    kind: 'text' as const,
    title: context.content.screenTitles.compassionBreak,
    text: toPlainText(script),
  };
  const outcome = isOneShot(context)
    ? close([...practice, ...spoken(pick(oneShotGoodbye, context.random))])
    : whatNext(context, practice);
  return remembering(
    context,
    { ...outcome, reply: { ...outcome.reply, visual } },
    'compassionBreak',
  );
}
