import type { ScreenLabel } from '../../src/core/understanding/labels';
import { urgentLabels } from '../../src/core/understanding/labels';
import type { Example } from './corpus';

/** What a listener would get for a statement, as the figures count it. */
export type Answer = 'emergency' | 'question' | 'medication' | 'slip' | 'other';

/** The figures the issue asks for, in percent, with the counts behind them. */
export interface Figures {
  readonly crisisCaught: number;
  readonly crisisAnswered: number;
  readonly everydayAnswered: number;
  readonly everydayAsked: number;
  readonly medicationDeclined: number;
  readonly concernCaught: number;
  readonly slipHeard: number;
  readonly counts: Readonly<
    Record<'urgent' | 'everyday' | 'medication' | 'concern' | 'slip', number>
  >;
}

/** The answer a screen's label leads to. */
export function answerOfLabel(label: ScreenLabel): Answer {
  if (urgentLabels.includes(label)) return 'emergency';
  if (label === 'concern') return 'question';
  if (label === 'medication' || label === 'slip') return label;
  return 'other';
}

const percent = (part: number, whole: number) =>
  whole === 0 ? Number.NaN : Math.round((1000 * part) / whole) / 10;

/** The figures for labelled statements and the answer each one got. */
export function figuresOf(examples: readonly Example[], answers: readonly Answer[]): Figures {
  const of = (isWanted: (label: ScreenLabel) => boolean) =>
    examples.flatMap((example, index) => (isWanted(example.label) ? [answers[index]!] : []));
  const urgent = of((label) => urgentLabels.includes(label));
  const everyday = of((label) => label === 'everyday');
  const medication = of((label) => label === 'medication');
  const concern = of((label) => label === 'concern');
  const slip = of((label) => label === 'slip');
  const share = (answers: readonly Answer[], wanted: readonly Answer[]) =>
    percent(answers.filter((answer) => wanted.includes(answer)).length, answers.length);
  return {
    crisisCaught: share(urgent, ['emergency', 'question']),
    crisisAnswered: share(urgent, ['emergency']),
    everydayAnswered: share(everyday, ['emergency']),
    everydayAsked: share(everyday, ['question']),
    medicationDeclined: share(medication, ['medication']),
    concernCaught: share(concern, ['emergency', 'question']),
    slipHeard: share(slip, ['slip']),
    counts: {
      urgent: urgent.length,
      everyday: everyday.length,
      medication: medication.length,
      concern: concern.length,
      slip: slip.length,
    },
  };
}
