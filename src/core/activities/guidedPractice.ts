import type { Context, Outcome } from '../context';
import type { Speech } from '../reply';
import { remembering } from '../context';
import { toPlainText } from '../../speech/plainText';
import { spoken } from '../script';
import { afterPractice } from './afterPractice';

type GuidedPracticeId = 'compassionBreak' | 'urgeSurfing' | 'grounding';

/**
 * A guided practice told through: its script, a finishing line, the script's words on a screen,
 * then a goodbye when opened in one shot or the check-in otherwise; the practice is remembered.
 */
export function guidedPractice(
  context: Context,
  practiceId: GuidedPracticeId,
  script: Speech,
  finished: string | Speech,
): Outcome {
  const practice = [...script, ...(typeof finished === 'string' ? spoken(finished) : finished)];
  const visual = {
    kind: 'text' as const,
    title: context.content.screenTitles[practiceId],
    text: toPlainText(script),
  };
  const outcome = afterPractice(context, practice, practiceId);
  return remembering(context, { ...outcome, reply: { ...outcome.reply, visual } }, practiceId);
}
