import type { Concern, Rule } from './rule';
import { crisisRules } from './crisisRules';
import { withoutIdioms } from './idioms';
import { medicationRules } from './medicationRules';
import { normaliseText } from './normaliseText';
import { slipRules } from './slipRules';
import { notYetCue } from './vocabulary';

/** What the screener found in a statement, and the rule that found it. */
export interface Screening {
  readonly concern: Concern | 'none';
  readonly reason?: string;
}

/** Rules in the order they win: a crisis first, then a slip, then a medication question. */
const rulesInOrder: readonly Rule[] = [...crisisRules, ...slipRules, ...medicationRules];

/** A negation this close before a phrase cancels it ("I would never hurt myself"). */
const negationWindowWords = 3;
const negation =
  /\b(not|never|no longer|nor|hardly|nothing like|used to)\b(?! (stop|help|get|shake|quit|resist|handle|cope|bear|shut|switch|sleep|escape|wait))/;
const notYet = new RegExp(notYetCue);

/** "Wanting to die? No, I just want my life back": a question the speaker answers "no" is set aside. */
function withoutDeniedQuestions(text: string): string {
  return text.replace(
    /[^.!?]*\?\s*(?=(no|nope|nah)\b[\s,.!-]*(i|just|not|it|that|never)\b)/gi,
    ' ',
  );
}

function wordsBefore(clause: string, index: number, count: number): string {
  return clause.slice(0, index).trim().split(' ').slice(-count).join(' ');
}

function matchesClause(found: Rule, clause: string): boolean {
  const match = found.pattern?.exec(clause);
  if (!match) return false;
  const before = wordsBefore(clause, match.index, negationWindowWords);
  if (found.isNegatable && negation.test(before)) return false;
  if (found.isEventOnly && notYet.test(wordsBefore(clause, match.index, 5))) return false;
  return true;
}

/** Whether every part is said in `text`, none of them negated when the rule can be. */
function hasAllParts(found: Rule, allOf: readonly RegExp[], text: string): boolean {
  return allOf.every((pattern) => {
    const match = pattern.exec(text);
    if (!match) return false;
    return !(
      found.isNegatable && negation.test(wordsBefore(text, match.index, negationWindowWords))
    );
  });
}

function matches(found: Rule, clauses: readonly string[], whole: string): boolean {
  const { allOf } = found;
  if (allOf && found.isAcrossClauses) return hasAllParts(found, allOf, whole);
  if (allOf) return clauses.some((clause) => hasAllParts(found, allOf, clause));
  return clauses.some((clause) => matchesClause(found, clause));
}

/** Screens what a person said for a crisis, a slip or a medication question; idioms and negations are understood. */
export function screenText(text: string): Screening {
  const normalised = withoutIdioms(normaliseText(withoutDeniedQuestions(text)));
  const clauses = normalised
    .split('|')
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const whole = clauses.join(' | ');
  const found = rulesInOrder.find((candidate) => matches(candidate, clauses, whole));
  return found ? { concern: found.concern, reason: found.reason } : { concern: 'none' };
}
