/** What a statement needs from the skill before anything else. */
export type Concern = 'crisis' | 'slip' | 'medication';

/** One screening rule: what to look for, and the one-line reason it exists. */
export interface Rule {
  readonly concern: Concern;
  readonly reason: string;
  /** Matched within one clause. */
  readonly pattern?: RegExp;
  /** Every pattern must appear in one clause, or anywhere when `isAcrossClauses`. */
  readonly allOf?: readonly RegExp[];
  /** "I mixed them with vodka. Now I feel strange.": the parts may be said in different clauses. */
  readonly isAcrossClauses?: boolean;
  /** "I'm not suicidal", "I would never hurt myself": a negation just before the match cancels it. */
  readonly isNegatable?: boolean;
  /** "Should I stop cold turkey?": a question or plan just before the match is not an event. */
  readonly isEventOnly?: boolean;
  /** Words anywhere in the statement that show the rule does not apply ("hold my breath" in a breathing exercise). */
  readonly unless?: RegExp;
}

type RuleOptions = Pick<Rule, 'isNegatable' | 'isEventOnly' | 'unless'>;

/** A rule that matches a pattern within one clause. */
export const rule = (
  concern: Concern,
  reason: string,
  pattern: RegExp,
  options: RuleOptions = {},
): Rule => ({
  concern,
  reason,
  pattern,
  ...options,
});

/** A rule whose parts must all be said in the same clause, in any order. */
export const together = (
  concern: Concern,
  reason: string,
  allOf: readonly RegExp[],
  options: Pick<Rule, 'isNegatable' | 'unless'> = {},
): Rule => ({ concern, reason, allOf, ...options });

/** A rule whose parts may be said in different clauses ("I mixed them with vodka. Now I feel strange."). */
export const acrossClauses = (
  concern: Concern,
  reason: string,
  allOf: readonly RegExp[],
): Rule => ({
  concern,
  reason,
  allOf,
  isAcrossClauses: true,
});
