import { devExamples, trainingExamples } from '../../scripts/safety/corpus';
import { crisisRules } from '../../src/core/safety/crisisRules';
import { withoutIdioms } from '../../src/core/safety/idioms';
import { medicationRules } from '../../src/core/safety/medicationRules';
import { slipRules } from '../../src/core/safety/slipRules';
import { triggerIndex, triggersOf } from '../../src/core/safety/ruleTriggers';
import { normaliseStatement } from '../../src/core/understanding/understand';

describe("a pattern's trigger words", () => {
  it.each([
    [/\bsuicid(e|al)\b/, ['suicid']],
    [/\b(kill|end) myself\b/, ['kill', 'end']],
    [/\b(?:took|swallowed) (all|the lot)\b|\boverdosed?\b/, ['took', 'swallowed', 'overdose']],
    [/\bcuts?\b/, ['cut']],
    [/\b(i )?need help\b/, ['i ', 'need help']],
  ])('%s must open with one of %j', (pattern, expected) => {
    expect(triggersOf(pattern)).toEqual(expected);
  });

  it.each([
    /\b(two|\d+) times\b/,
    /\b(i )?(\w+ )?help\b/,
    /[a-z]+ pills/,
    /\b(?=i)i am\b/,
    /\bhelp/i,
  ])('%s has none, so it always runs', (pattern) => {
    expect(triggersOf(pattern)).toBeUndefined();
  });
});

describe('skipping rules by their trigger words', () => {
  const rules = [...crisisRules, ...slipRules, ...medicationRules];
  const possible = triggerIndex(rules);
  const statements = [...trainingExamples(), ...devExamples()].map((example) =>
    withoutIdioms(normaliseStatement(example.text)),
  );

  it('never skips a rule whose pattern is in the statement, across the whole corpus', () => {
    const hidden: string[] = [];
    for (const statement of statements) {
      const isPossible = possible(statement);
      rules.forEach((rule, index) => {
        const parts = rule.pattern ? [rule.pattern] : (rule.allOf ?? []);
        if (parts.every((part) => part.test(statement)) && isPossible[index] !== 1) {
          hidden.push(`${rule.reason}: ${statement}`);
        }
      });
    }
    expect(hidden).toEqual([]);
  });

  it('skips most rules for most statements, which is what makes screening quick', () => {
    const tried = statements.reduce(
      (sum, statement) => sum + possible(statement).reduce((count, flag) => count + flag, 0),
      0,
    );
    expect(tried / (statements.length * rules.length)).toBeLessThan(0.3);
  });
});
