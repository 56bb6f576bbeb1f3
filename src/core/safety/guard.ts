import type { Context, Outcome } from '../context';
import type { Intent } from '../intents';
import type { Hearing } from '../understanding/understand';
import type { ScreenLabel } from '../understanding/labels';
import { crisisAnswer, emergencyAnswer } from '../activities/crisis';
import { askDirectly } from '../activities/directQuestion';
import { medicationAnswer, slipAnswer } from '../activities/safetyAnswers';
import { understand } from '../understanding/understand';

/** Labels that need an answer before anything else, the most serious first. */
const severity: readonly ScreenLabel[] = [
  'crisis',
  'emergencyOther',
  'medicalEmergency',
  'concern',
  'slip',
  'medication',
];

/** What each label gets; distress asked about once already is answered as unclear, with the crisis answer. */
const answers: Readonly<
  Partial<Record<ScreenLabel, (context: Context, hearing: Hearing) => Outcome>>
> = {
  crisis: crisisAnswer,
  emergencyOther: (context) => emergencyAnswer(context, 'someoneElse'),
  medicalEmergency: (context) => emergencyAnswer(context, 'self'),
  concern: (context, hearing) =>
    context.state.question === 'askedDirectly'
      ? crisisAnswer(context)
      : askDirectly(context, hearing.isAboutHarm === true),
  slip: slipAnswer,
  medication: medicationAnswer,
};

/** Intents the platform recognised as a safety matter. */
const labelOfIntent: Partial<Record<Intent, ScreenLabel>> = {
  crisis: 'crisis',
  bodyInDanger: 'medicalEmergency',
  someoneInDanger: 'emergencyOther',
  slip: 'slip',
  medication: 'medication',
};

const nothingHeard: Hearing = { label: 'everyday', by: 'nothing' };

/** Runs before anything else on every turn, in every state: the person's own words are heard, whatever the intent. */
export function safetyGuard(context: Context): Outcome | undefined {
  const { turn } = context;
  if (turn.kind === 'sessionEnd') return undefined;
  const fromIntent = turn.kind === 'intent' ? labelOfIntent[turn.intent] : undefined;
  const heard = turn.rawText ? understand(turn.rawText) : nothingHeard;
  const label = severity.find((candidate) => candidate === fromIntent || candidate === heard.label);
  const answer = label ? answers[label] : undefined;
  return answer
    ? answer(context, label === heard.label ? heard : { label: label!, by: 'nothing' })
    : undefined;
}
