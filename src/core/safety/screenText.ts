import type { Concern, Rule } from './rule';
import { crisisRules } from './crisisRules';
import { withoutIdioms } from './idioms';
import { medicationRules } from './medicationRules';
import { normaliseText } from './normaliseText';
import { triggerIndex } from './ruleTriggers';
import { slipRules } from './slipRules';
import { notYetCue } from './vocabulary';

/** What the screener found in a statement, and the rule that found it. */
export interface Screening {
  readonly concern: Concern | 'none';
  readonly reason?: string;
  /**
   * With no rule met: whether a crisis rule's words were said but set aside as negated, past, reported or
   * imagined ("I would never hurt myself"), which tells the model's decision to be surer before it asks.
   */
  readonly isDangerSetAside?: boolean;
  /**
   * With a crisis rule met: whether the statement tells of the past with nothing saying it is back ("there was a
   * time I wanted to die, but that was years ago now"), so the rule only signals, and the model decides.
   */
  readonly isToldAsPast?: boolean;
}

/** Rules in the order they win: a crisis first, then a slip, then a medication question. */
const rulesInOrder: readonly Rule[] = [...crisisRules, ...slipRules, ...medicationRules];

/** Which rules could match a statement, found in one pass over it. */
const possibleRules = triggerIndex(rulesInOrder);

/** A negation this close before a phrase cancels it ("I would never hurt myself"). */
const negationWindowWords = 3;
const negation =
  /\b(not|never|no|no longer|nor|hardly|nothing like|used to|without)\b(?! (stop|help|get|shake|quit|resist|handle|cope|bear|shut|switch|sleep|escape|wait|one|body|point|reason|way|air|longer|more)\b)/;
const notYet = new RegExp(notYetCue);

/** Something over and done with: "two years today since I last cut myself", "I used to". */
const resolvedPast =
  /\b(long gone|back in (nineteen|twenty|\d{4})|in the (seventies|eighties|nineties|\d0s)|died (of|from)|passed away (of|from)|lost (him|her|them) to)\b|\bsince i last\b|\b(years|months) (clean|free)\b|\bused to\b|\bwhen (i|we) (was|were) (kids|young|little|children|a child|a kid|at school)\b|\bas a (kid|child|teenager)\b/;

/** A clause about long ago, with nothing saying it is happening again: "years ago I took an overdose". */
const longAgo =
  /\b(once (had|got|went|was|took)|in (19|20)\d\d|(been|was) fine since|last (year|month|week|summer|winter|spring|autumn|christmas)|turned out|a year ago|before (she|he|they) (passed|died)|passed away|when (i|we) (was|were) (kids|young|little|children|a child|a kid|at school)|as a (kid|child|teenager)|that was a (very )?different time|different time)\b|\b(years|months|decades) ago\b|\b(a )?long time ago\b|\bin the past\b|\bwhen i was (younger|a teenager|a kid|at school|in my (teens|twenties))\b|\b(years|months) (clean|free|since)\b|\bsince i last\b|\bused to\b/;
const happeningNow =
  /\b(right now|just now|tonight|at the moment|currently|today|since then|ever since|(?<!never )again|this (morning|afternoon|evening|week)|and now|but now|now i|i just|just (took|had|taken|did|swallowed|cut))\b/;

/** Words that say something over and done with has come back. */
const happeningAgain = /\b(again|tonight|just now|right now|and now|but now)\b/;

/** A subject talked about, not a state: "my group talked about suicide prevention". */
const topicOfTalk =
  /\b(talked|talking|spoke|speaking|chatted|learning|learnt|learned) about\b|\bdiscussed\b/;

/** Someone else's question reported, not the speaker's state: "my counsellor asked if I'd thought about harming myself". */
const reportedQuestion = /\b(asked|asks|asking)\b[^|]{0,30}\b(if|whether)\b/;

/** Something read, watched or imagined, not happening: "the leaflet says", "if I ever have a seizure". */
const notHappening =
  /\b(can|could|may|might) (cause|happen|lead to|bring on|trigger|come with)\b|^(is it true|is that true|i read|i heard that|they say|people say|someone said|(my |the )?(doctor|gp|counsellor|nurse|therapist|pharmacist) (said|says|told me))\b|\b(documentary|article|leaflet|video|film|movie|book|podcast|programme|program|on tv|on the news|on the radio|in the news|numbers are|statistics|read about|reading about|the leaflet|it says)\b|\b(what to do if|learned|learnt|training|first aid course|novel|story|the book|a film|the film|the show|series|episode|character|(she|he|they) (says|said|told me) (that )?(she|he|they))\b|\b(if i ever|in case i|if i (get|have|had)|should i ever|what if|what happens if|what do i do if|what should i do if)\b/;

/** A number kept for safety, not called: "I saved 988 in my phone, just to have it". */
const keptJustInCase =
  /\b(just in case|just to have it|to have it handy|never needed it|never had to use it)\b/;

/** "I was worried I'd taken too much, but it was my normal dose": a fear the speaker says was unfounded. */
const reassured = /\b(worried|thought|afraid|scared|panicked|wondered|feared)\b[^|]*\bbut\b/;

/** "Wanting to die? No, I just want my life back": a question the speaker answers "no" is set aside. */
export function withoutDeniedQuestions(text: string): string {
  if (!text.includes('?')) return text;
  return text.replace(
    /[^.!?]*\?\s*(?=(no|nope|nah)\b[\s,.!-]*(i|just|not|it|that|never)\b)/gi,
    ' ',
  );
}

/** The last few words before `index`, never reaching back past the start of its clause. */
function wordsBefore(clause: string, index: number, count: number): string {
  const before = clause.slice(0, index);
  return before
    .slice(before.lastIndexOf('|') + 1)
    .trim()
    .split(' ')
    .slice(-count)
    .join(' ');
}

/** A negation in the few words before `index`, read with what follows so "no one" and "no air" are not negations. */
function isNegatedJustBefore(clause: string, index: number): boolean {
  const before = clause.slice(0, index).trimEnd();
  const windowStart = before.length - wordsBefore(clause, index, negationWindowWords).length;
  return matchIndexes(negation, clause).some((found) => found >= windowStart && found < index);
}

/** Whether what a negatable rule found is cancelled by what surrounds it. */
function isCancelled(clause: string, index: number, whole: string): boolean {
  if (isNegatedJustBefore(clause, index)) return true;
  if (keptJustInCase.test(whole) && !happeningNow.test(whole)) return true;
  // "Two years clean, and tonight I cut again": the past is not the end of it when the clause says it is back
  // (an anniversary's "today" is not enough: "two years today since I last cut myself").
  if (resolvedPast.test(clause) && !happeningAgain.test(clause)) return true;
  if (longAgo.test(clause) && !happeningNow.test(clause)) return true;
  if (reportedQuestion.test(clause.slice(0, index))) return true;
  if (topicOfTalk.test(wordsBefore(clause, index, 4))) return true;
  if (notHappening.test(clause) && !happeningNow.test(clause)) return true;
  return reassured.test(clause) && !happeningNow.test(clause);
}

/** Each pattern's global twin, compiled once: screening runs every rule on every turn. */
const globalTwins = new WeakMap<RegExp, RegExp>();

function everywhere(pattern: RegExp): RegExp {
  let twin = globalTwins.get(pattern);
  if (!twin) {
    twin = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    globalTwins.set(pattern, twin);
  }
  return twin;
}

/** Every place a pattern matches, so one negated mention does not hide another ("I hadn't cut in years, but tonight I cut"). */
function matchIndexes(pattern: RegExp, text: string): number[] {
  const twin = everywhere(pattern);
  // The twin is shared, so its position is reset before use; an empty match steps on, as matchAll would.
  const indexes: number[] = [];
  twin.lastIndex = 0;
  for (let found = twin.exec(text); found !== null; found = twin.exec(text)) {
    indexes.push(found.index);
    if (found[0] === '') twin.lastIndex += 1;
  }
  twin.lastIndex = 0;
  return indexes;
}

function matchesClause(found: Rule, clause: string, whole: string): boolean {
  // What shows a rule does not apply may be said in a neighbouring clause ("slowing down, that feels good").
  if (!found.pattern || found.unless?.test(whole)) return false;
  return matchIndexes(found.pattern, clause).some(
    (index) =>
      !(found.isNegatable && isCancelled(clause, index, whole)) &&
      !(found.isEventOnly && notYet.test(wordsBefore(clause, index, 5))),
  );
}

/** Whether every part is said in `text`, none of them cancelled when the rule can be. */
function hasAllParts(found: Rule, allOf: readonly RegExp[], text: string, whole: string): boolean {
  if (found.unless?.test(whole)) return false;
  return allOf.every((pattern) =>
    matchIndexes(pattern, text).some(
      (index) => !(found.isNegatable && isCancelled(text, index, whole)),
    ),
  );
}

function matches(found: Rule, clauses: readonly string[], whole: string): boolean {
  const { allOf } = found;
  if (allOf && found.isAcrossClauses) return hasAllParts(found, allOf, whole, whole);
  if (allOf) return clauses.some((clause) => hasAllParts(found, allOf, clause, whole));
  return clauses.some((clause) => matchesClause(found, clause, whole));
}

/** Screens what a person said for a crisis, a slip or a medication question; idioms and negations are understood. */
export function screenText(text: string): Screening {
  return screenNormalised(normaliseText(withoutDeniedQuestions(text)));
}

/** Screens a statement already normalised (`normaliseText` after `withoutDeniedQuestions`), so it is done once. */
export function screenNormalised(normalisedText: string): Screening {
  const normalised = withoutIdioms(normalisedText);
  const clauses = normalised
    .split('|')
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const whole = clauses.join(' | ');
  const isPossible = possibleRules(whole);
  const found = rulesInOrder.find(
    (candidate, index) => isPossible[index] === 1 && matches(candidate, clauses, whole),
  );
  if (found) {
    const isToldAsPast =
      found.concern === 'crisis' &&
      (longAgo.test(whole) || resolvedPast.test(whole)) &&
      !happeningNow.test(whole) &&
      !happeningAgain.test(whole);
    return {
      concern: found.concern,
      reason: found.reason,
      ...(isToldAsPast ? { isToldAsPast } : {}),
    };
  }
  const isDangerSetAside = crisisRules.some(
    (candidate, index) => isPossible[index] === 1 && isSaid(candidate, whole),
  );
  return isDangerSetAside ? { concern: 'none', isDangerSetAside } : { concern: 'none' };
}

/** Whether a rule's words are in the statement at all, before negation, the past or reported speech set them aside. */
function isSaid(found: Rule, whole: string): boolean {
  if (found.unless?.test(whole)) return false;
  const parts = found.pattern ? [found.pattern] : (found.allOf ?? []);
  return parts.every((part) => matchIndexes(part, whole).length > 0);
}

/** Every rule a normalised statement meets, in the order they win. */
export function everyRuleMet(normalisedText: string): Screening[] {
  const normalised = withoutIdioms(normalisedText);
  const clauses = normalised
    .split('|')
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const whole = clauses.join(' | ');
  const isPossible = possibleRules(whole);
  return rulesInOrder
    .filter((candidate, index) => isPossible[index] === 1 && matches(candidate, clauses, whole))
    .map((found) => ({ concern: found.concern, reason: found.reason }));
}
