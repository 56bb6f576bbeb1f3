import type { Screening } from '../safety/screenText';
import type { LinearModel, Thresholds } from './linearModel';
import type { ScreenLabel } from './labels';
import { normaliseText } from '../safety/normaliseText';
import { screenNormalised, withoutDeniedQuestions } from '../safety/screenText';
import { probabilities } from './linearModel';
import { screenLabels, urgentLabels } from './labels';
import { screenModel, screenThresholds, signalRules } from './screenModel';

/** What the screen heard in a statement, and which part of it heard it. */
export interface Hearing {
  readonly label: ScreenLabel;
  readonly by: 'rules' | 'model' | 'nothing';
  /** For distress: whether the direct question asks about hurting oneself rather than ending one's life. */
  readonly isAboutHarm?: boolean;
}

/** Which parts of the screen run; both always do in the skill, and the evaluation compares each alone. */
export interface ScreenParts {
  readonly useRules: boolean;
  readonly useModel: boolean;
}

const bothParts: ScreenParts = { useRules: true, useModel: true };

/** The longest statement screened: spoken turns are short, and the cap keeps screening quick. */
const maxScreenedCharacters = 512;

/** Words of harm, so the direct question fits what was said ("thoughts of hurting yourself"). */
const harmWords = /\b(hurt|hurting|harm|harming|cut|cutting|burn|burning|bleed|bleeding)\b/;

/** A statement as both parts of the screen read it: normalised once, a denied question set aside. */
export function normaliseStatement(text: string): string {
  return normaliseText(withoutDeniedQuestions(text.slice(0, maxScreenedCharacters)));
}

const labelIndex = (label: ScreenLabel) => screenLabels.indexOf(label);

/**
 * The most likely of the three emergencies, so the answer can fit the kind of danger; the person's own crisis when
 * the model gives none of them a real chance (a rule heard what the model did not).
 */
function likeliestUrgent(chances: Float64Array): ScreenLabel {
  const likeliest = urgentLabels.reduce((best, label) =>
    chances[labelIndex(label)]! > chances[labelIndex(best)]! ? label : best,
  );
  return chances[labelIndex(likeliest)]! >= 0.25 ? likeliest : 'crisis';
}

/** The fewest words, as normalised ("don't" counts as two), the model judges; five did best on the dev split. */
const minimumWordsForModel = 5;

const wordCount = (normalised: string) =>
  normalised.split(' ').filter((word) => word !== '' && word !== '|').length;

/** How sure the model must be to answer, and to ask, by what the rules heard short of a trusted rule. */
const barsFor: Readonly<
  Record<
    'nothing' | 'signal' | 'setAside',
    (thresholds: Thresholds) => { answerAt: number; askAt: number }
  >
> = {
  nothing: (thresholds) => ({ answerAt: thresholds.answer, askAt: thresholds.ask }),
  signal: (thresholds) => ({ answerAt: thresholds.signalAnswer, askAt: thresholds.signalAsk }),
  setAside: (thresholds) => ({
    answerAt: thresholds.setAsideAnswer,
    askAt: thresholds.setAsideAsk,
  }),
};

/** What a decision reads: what the rules found, the model's chances where it ran, and how far to trust each. */
export interface Evidence {
  readonly rule: Screening;
  readonly chances?: Float64Array;
  readonly thresholds: Thresholds;
  /** Crisis rules that only signal danger: the model decides when one of them is met. */
  readonly signalRules: ReadonlySet<string>;
  readonly normalised: string;
}

/**
 * Decides what a statement needs: an unmistakable rule, or a sure model, gets the emergency answer; an unsure one
 * gets the direct question; then a slip, then medication. A rule that only signals danger lowers the bar the model
 * must clear, rather than answering alone; without the model, every rule answers alone.
 */
export function decide(evidence: Evidence): Hearing {
  const { rule, thresholds, signalRules, normalised } = evidence;
  // A few words are too little for the model to judge: "no", "nothing" or "I don't know" is an answer to the
  // skill's own question, not a disclosure. The rules still hear "suicidal" or "took them all" in any length.
  const chances = wordCount(normalised) >= minimumWordsForModel ? evidence.chances : undefined;
  const chance = (label: ScreenLabel) => (chances ? chances[labelIndex(label)]! : 0);
  const urgent = chance('crisis') + chance('emergencyOther') + chance('medicalEmergency');
  const isCrisisRule = rule.concern === 'crisis';
  const isSignal =
    isCrisisRule &&
    chances !== undefined &&
    (signalRules.has(rule.reason ?? '') || rule.isToldAsPast === true);
  if (isCrisisRule && !isSignal) {
    return { label: chances ? likeliestUrgent(chances) : 'crisis', by: 'rules' };
  }
  const heardByRules = isSignal ? 'signal' : rule.isDangerSetAside ? 'setAside' : 'nothing';
  const { answerAt, askAt } = barsFor[heardByRules](thresholds);
  if (chances && urgent >= answerAt) return { label: likeliestUrgent(chances), by: 'model' };
  if (chances && urgent + chance('concern') >= askAt) {
    // A slip likelier than any danger ("I slipped and took too many") gets the slip's answer, which always says
    // when to call the emergency number; the question about ending one's life would not fit it.
    if (chance('slip') > urgent + chance('concern')) return { label: 'slip', by: 'model' };
    // The question is about the person's own thoughts; a body or someone else in danger is answered instead.
    const bodyOrSomeoneElse = chance('medicalEmergency') + chance('emergencyOther');
    const isBodyOrSomeoneElse =
      bodyOrSomeoneElse >= 0.5 && bodyOrSomeoneElse >= chance('crisis') + chance('concern');
    if (isBodyOrSomeoneElse) return { label: likeliestUrgent(chances), by: 'model' };
    return { label: 'concern', by: 'model', isAboutHarm: harmWords.test(normalised) };
  }
  if (rule.concern === 'slip') return { label: 'slip', by: 'rules' };
  if (chance('slip') >= thresholds.slip) return { label: 'slip', by: 'model' };
  if (rule.concern === 'medication') return { label: 'medication', by: 'rules' };
  if (chance('medication') >= thresholds.medication) return { label: 'medication', by: 'model' };
  return { label: 'everyday', by: 'nothing' };
}

/** The model's chances for a normalised statement, from the committed model. */
export function modelChances(normalised: string, model: LinearModel = screenModel()): Float64Array {
  return probabilities(model, normalised);
}

function hear(normalised: string, parts: ScreenParts): { hearing: Hearing; rule: Screening } {
  const rule: Screening = parts.useRules ? screenNormalised(normalised) : { concern: 'none' };
  const hearing = decide({
    rule,
    ...(parts.useModel ? { chances: modelChances(normalised) } : {}),
    thresholds: screenThresholds,
    signalRules,
    normalised,
  });
  return { hearing, rule };
}

/** The labels that stop everything, or ask the direct question. */
const isDangerHeard = (hearing: Hearing) =>
  hearing.label === 'concern' || urgentLabels.includes(hearing.label);

/** Words a statement about oneself starts with; what comes before them may be a request ("quiet mode, I ..."). */
const firstPersonWord = /^(i|me|my|myself|im)$/;

/** The most a statement is split into clauses that start with the speaker, to keep screening quick. */
const mostClauses = 3;

/**
 * The statement from each place the speaker starts to speak of themselves, after the first word: "emotional
 * support I want to end it all" is heard as "I want to end it all", not drowned by the request before it.
 */
function clausesAboutOneself(normalised: string): string[] {
  const words = normalised.split(' ');
  return words
    .flatMap((word, index) => (index > 0 && firstPersonWord.test(word) ? [index] : []))
    .slice(0, mostClauses)
    .map((index) => words.slice(index).join(' '));
}

/**
 * Hears what a person said: the unmistakable rules and the trained model, then one decision. When a crisis rule
 * heard danger that the model, reading the whole statement, set aside, the statement is heard again from where the
 * speaker starts to speak of themselves, and the graver hearing stands.
 */
export function understand(text: string, parts: ScreenParts = bothParts): Hearing {
  const normalised = normaliseStatement(text);
  const { hearing, rule } = hear(normalised, parts);
  const isDangerSetAside = rule.concern === 'crisis' && !isDangerHeard(hearing);
  if (!isDangerSetAside || !parts.useModel) return hearing;
  for (const clause of clausesAboutOneself(normalised)) {
    const focused = hear(clause, parts).hearing;
    if (isDangerHeard(focused)) return focused;
  }
  return hearing;
}
