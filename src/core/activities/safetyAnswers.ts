import type { Content } from '../../content/types';
import type { Context, Outcome } from '../context';
import type { Script } from '../../content/types';
import { ask } from '../context';
import { pick } from '../random';
import { spoken } from '../script';
import { normaliseText } from '../safety/normaliseText';
import { medicine, otherSubstance } from '../safety/vocabulary';
import { whatNext } from './menu';

type MedicationAnswers = Content['safety']['medication'];

/** What kind of medication talk it is, told from the words: the first that fits, else a question or a statement. */
const medicationKinds: ReadonlyArray<{
  readonly pattern: RegExp;
  readonly answer: (answers: MedicationAnswers, context: Context) => Script;
}> = [
  {
    // Running out is an abrupt stop: it gets the danger signs, whatever else is said.
    pattern: new RegExp(
      `\\b(ran|run|running|runs) (out|low)\\b|\\bout of (my |the |all my )?${medicine}|\\bno ${medicine} left\\b|\\b(pharmacy|chemist)\\b[^|]*\\b(closed|shut|out of stock|no stock|will not|would not|cannot)\\b`,
    ),
    answer: (answers, context) => answers.runningOut(context.contacts.emergency),
  },
  {
    pattern: new RegExp(`\\b(mix|mixing|mixed|combine|together with)\\b|\\b${otherSubstance}\\b`),
    answer: (answers, context) => pick(answers.mixing, context.random),
  },
];

/** The opening words of a question, when it is said without a question mark. */
const questionOpening =
  /^(can|could|should|would|will|is|are|am|do|does|did|how|what|when|why|which|where|who|whether|if|any|anything)\b/;

/** A medication question or statement: a kind refusal, the prescriber or pharmacist, the boxed warning's words. */
export function medicationAnswer(context: Context): Outcome {
  const answers = context.content.safety.medication;
  const words = context.turn.kind === 'sessionEnd' ? undefined : context.turn.rawText;
  const normalised = words ? normaliseText(words) : '';
  const kind = medicationKinds.find(({ pattern }) => pattern.test(normalised));
  const isStatement =
    words !== undefined && !words.includes('?') && !questionOpening.test(normalised);
  const script = kind
    ? kind.answer(answers, context)
    : pick(isStatement ? answers.statement : answers.question, context.random);
  return whatNext(context, spoken(script));
}

/** A slip: compassion, no making up for it by cutting faster, the emergency number in case it was too much, an offer. */
export function slipAnswer(context: Context): Outcome {
  const { safety } = context.content;
  return ask(
    context,
    spoken(
      pick(safety.slip, context.random),
      safety.slipDanger(context.contacts.emergency),
      safety.offerBreak,
    ),
    spoken(safety.offerBreakReprompt),
    'offerBreak',
    { activity: { name: 'menu' } },
  );
}

/**
 * Feeling unwell: a practice stops at once; with none running, withdrawal can be rough. Then the signs that need
 * the emergency number, and otherwise the prescriber, or the country's urgent-advice line (NHS 111).
 */
export function unwellAnswer(context: Context): Outcome {
  const { safety } = context.content;
  const isInPractice = context.state.activity.name === 'breathing';
  return whatNext(
    context,
    spoken(
      pick(isInPractice ? safety.unwellInPractice : safety.unwell, context.random),
      safety.unwellSevere(context.contacts.emergency),
      safety.unwellOtherwise(context.contacts.urgentAdvice),
    ),
  );
}
