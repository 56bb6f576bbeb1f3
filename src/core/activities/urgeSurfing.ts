import type { Context, Outcome } from '../context';
import { close, isOneShot, remembering } from '../context';
import { pick } from '../random';
import { toPlainText } from '../../speech/plainText';
import { guided, spoken } from '../script';
import { whatNext } from './menu';

/** Urge surfing for a craving: name it, feel it in the body, ride the wave as it rises, peaks and passes. */
export function urgeSurfing(context: Context): Outcome {
  const { urgeSurfing, oneShotGoodbye } = context.content;
  const script = guided(pick(urgeSurfing.practice, context.random));
  const practice = [...script, ...spoken(pick(urgeSurfing.finished, context.random))];
  const visual = {
    kind: 'text' as const,
    title: context.content.screenTitles.urgeSurfing,
    text: toPlainText(script),
  };
  const outcome = isOneShot(context)
    ? close([...practice, ...spoken(pick(oneShotGoodbye, context.random))])
    : whatNext(context, practice);
  return remembering(context, { ...outcome, reply: { ...outcome.reply, visual } }, 'urgeSurfing');
}
