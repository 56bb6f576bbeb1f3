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
  /\b(not|never|no|no longer|nor|hardly|nothing like|used to|without)\b(?! (stop|help|get|shake|quit|resist|handle|cope|bear|shut|switch|sleep|escape|wait|one|body|point|reason|way|air|longer|more))/;
const notYet = new RegExp(notYetCue);

/** A clause about long ago, with nothing saying it is happening again: "years ago I took an overdose". */
const longAgo =
  /\b(last year|a year ago|when (i|we) (was|were) (kids|young|little|children|a child|a kid|at school)|as a (kid|child|teenager)|that was a (very )?different time|different time)\b|\b(years|months|decades) ago\b|\b(a )?long time ago\b|\bin the past\b|\bwhen i was (younger|a teenager|a kid|at school|in my (teens|twenties))\b|\b(years|months) (clean|free|since)\b|\bsince i last\b|\bused to\b/;
const happeningNow = /\b(now|tonight|just|again|right now|this (morning|afternoon|evening|week))\b/;

/** Someone else's question reported, not the speaker's state: "my counsellor asked if I'd thought about harming myself". */
const reportedQuestion = /\b(asked|asks|asking)\b[^|]{0,30}\b(if|whether)\b/;

/** Something read, watched or imagined, not happening: "the leaflet says", "if I ever have a seizure". */
const notHappening =
  /\b(documentary|article|leaflet|video|film|movie|book|podcast|programme|program|on tv|on the news|online|read about|reading about|the leaflet|it says)\b|\b(if i ever|in case i|if i (get|have|had)|should i ever|what if|what happens if|what do i do if|what should i do if)\b/;

/** "I was worried I'd taken too much, but it was my normal dose": a fear the speaker says was unfounded. */
const reassured =
  /\b(worried|thought|afraid|scared|panicked|wondered)\b[^|]*\bbut\b[^|]*\b(fine|okay|ok|normal|right|usual|nothing)\b/;

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

/** A negation in the few words before `index`, read with what follows so "no one" and "no air" are not negations. */
function isNegatedJustBefore(clause: string, index: number): boolean {
  const before = clause.slice(0, index).trimEnd();
  const windowStart = before.length - wordsBefore(clause, index, negationWindowWords).length;
  const negations = new RegExp(negation.source, 'g');
  return [...clause.matchAll(negations)].some(
    (found) => found.index >= windowStart && found.index < index,
  );
}

/** Whether what a negatable rule found is cancelled by what surrounds it. */
function isCancelled(clause: string, index: number): boolean {
  if (isNegatedJustBefore(clause, index)) return true;
  if (longAgo.test(clause) && !happeningNow.test(clause)) return true;
  if (reportedQuestion.test(clause.slice(0, index))) return true;
  if (notHappening.test(clause) && !happeningNow.test(clause)) return true;
  return reassured.test(clause);
}

function matchesClause(found: Rule, clause: string): boolean {
  if (found.unless?.test(clause)) return false;
  const match = found.pattern?.exec(clause);
  if (!match) return false;
  if (found.isNegatable && isCancelled(clause, match.index)) return false;
  if (found.isEventOnly && notYet.test(wordsBefore(clause, match.index, 5))) return false;
  return true;
}

/** Whether every part is said in `text`, none of them cancelled when the rule can be. */
function hasAllParts(found: Rule, allOf: readonly RegExp[], text: string): boolean {
  if (found.unless?.test(text)) return false;
  return allOf.every((pattern) => {
    const match = pattern.exec(text);
    return match !== null && !(found.isNegatable && isCancelled(text, match.index));
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
