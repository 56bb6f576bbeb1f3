import type { Context, Outcome } from './context';
import { crisisAnswer } from './activities/crisis';

/** Runs before anything else on every turn: a crisis stops whatever is under way. */
export function safetyGuard(context: Context): Outcome | undefined {
  const { turn } = context;
  if (turn.kind === 'intent' && turn.intent === 'crisis') return crisisAnswer(context);
  return undefined;
}
