import type { Context, Outcome } from '../context';
import type { Intent } from '../intents';
import type { Concern } from './rule';
import { crisisAnswer } from '../activities/crisis';
import { medicationAnswer, slipAnswer } from '../activities/safetyAnswers';
import { screenText } from './screenText';

/** The longest text screened. */
const maxScreenedCharacters = 512;

/** The answer each concern gets. */
const answers: Readonly<Record<Concern, (context: Context) => Outcome>> = {
  crisis: crisisAnswer,
  slip: slipAnswer,
  medication: medicationAnswer,
};

/** Intents the platform recognised as a concern. */
const concernOfIntent: Partial<Record<Intent, Concern>> = {
  crisis: 'crisis',
  slip: 'slip',
  medication: 'medication',
};

/** The more serious of two concerns: a crisis outranks a slip, which outranks a medication question. */
const severity: readonly Concern[] = ['crisis', 'slip', 'medication'];

/** Runs before anything else on every turn, in every state: what was said is screened, whatever the intent. */
export function safetyGuard(context: Context): Outcome | undefined {
  const { turn } = context;
  if (turn.kind === 'sessionEnd') return undefined;
  const fromIntent = turn.kind === 'intent' ? concernOfIntent[turn.intent] : undefined;
  // Spoken requests are short; a long text is cut so screening stays quick (Dialogflow allows 256 characters).
  const fromText = turn.rawText
    ? screenText(turn.rawText.slice(0, maxScreenedCharacters)).concern
    : 'none';
  const concern = severity.find((candidate) => candidate === fromIntent || candidate === fromText);
  return concern ? answers[concern](context) : undefined;
}
