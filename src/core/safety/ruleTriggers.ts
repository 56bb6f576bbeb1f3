import type { Rule } from './rule';

/**
 * Words a rule cannot match without: the literal words its pattern must open with, read from the pattern itself.
 * Screening tries every rule on every statement, so a rule whose words are all absent is skipped without running
 * its pattern. A pattern that opens with anything less plain (an optional group, a class, a number) has no
 * trigger words and always runs.
 */

/** The pattern's top-level alternatives, split at each `|` outside brackets and groups. */
function alternatives(source: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let isInClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') {
      index += 1;
    } else if (isInClass) {
      if (character === ']') isInClass = false;
    } else if (character === '[') {
      isInClass = true;
    } else if (character === '(') {
      depth += 1;
    } else if (character === ')') {
      depth -= 1;
    } else if (character === '|' && depth === 0) {
      found.push(source.slice(start, index));
      start = index + 1;
    }
  }
  found.push(source.slice(start));
  return found;
}

/** Where the group opening `branch` closes, just past its `)`. */
function groupEnd(branch: string, opening: number): number {
  let depth = 1;
  let index = opening;
  while (index < branch.length && depth > 0) {
    const character = branch[index];
    if (character === '\\') index += 1;
    else if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    index += 1;
  }
  return index;
}

/** The literals one alternative must start with, or undefined when it may start some other way. */
function leadingLiterals(branch: string): string[] | undefined {
  const body = branch.replace(/^\^/, '').replace(/^\\b/, '');
  if (body.startsWith('(')) {
    const opening = body.startsWith('(?:') ? 3 : 1;
    if (body.startsWith('(?') && opening === 1) return undefined;
    const end = groupEnd(body, opening);
    const inner = alternatives(body.slice(opening, end - 1)).map(leadingLiterals);
    if (inner.some((literals) => literals === undefined)) return undefined;
    const rest = body.slice(end);
    if (rest.startsWith('{')) return undefined;
    if (!/^[?*]/.test(rest)) return inner.flat() as string[];
    // An optional group opens the pattern, or what comes after it does.
    const after = leadingLiterals(rest.slice(1));
    return after === undefined ? undefined : [...(inner.flat() as string[]), ...after];
  }
  const literal = /^[a-z' ]+/.exec(body)?.[0] ?? '';
  const isLastOptional = /^[?*{]/.test(body.slice(literal.length));
  const required = isLastOptional ? literal.slice(0, -1) : literal;
  return required.trim().length >= 1 ? [required] : undefined;
}

/** The trigger words of a pattern, or undefined when it has none. */
export function triggersOf(pattern: RegExp): readonly string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  const literals = alternatives(pattern.source).map(leadingLiterals);
  return literals.every((found) => found !== undefined) ? literals.flat() : undefined;
}

/** A rule's trigger words: any of its parts will do, since every part must be said. */
function ruleTriggers(rule: Rule): readonly string[] | undefined {
  const parts = rule.pattern ? [rule.pattern] : (rule.allOf ?? []);
  return parts.map(triggersOf).find((found) => found !== undefined);
}

/** The characters a normalised statement holds; any other character only breaks a word. */
const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789' |";
const columnOf = new Int16Array(128).fill(-1);
for (let index = 0; index < alphabet.length; index += 1)
  columnOf[alphabet.charCodeAt(index)] = index;

/**
 * Every trigger word of a list in one Aho-Corasick automaton, built into a full transition table, so one pass over
 * a statement, one table step a character, finds which entries could match, however many words there are.
 */
class TriggerIndex {
  private readonly transitions: Int32Array;
  /** The entries each state completes a trigger word of (its own and its failure states'). */
  private readonly entriesAt: readonly (readonly number[])[];
  private readonly alwaysRun: readonly number[];

  constructor(
    private readonly entryCount: number,
    triggers: readonly (readonly string[] | undefined)[],
  ) {
    const width = alphabet.length;
    const children: number[][] = [[]];
    const completes: number[][] = [[]];
    const alwaysRun: number[] = [];
    triggers.forEach((words, entry) => {
      if (words === undefined) {
        alwaysRun.push(entry);
        return;
      }
      for (const word of words) {
        let state = 0;
        for (let index = 0; index < word.length; index += 1) {
          const column = columnOf[word.charCodeAt(index)] ?? -1;
          if (column < 0) break;
          let next = children[state]![column];
          if (next === undefined) {
            next = children.length;
            children.push([]);
            completes.push([]);
            children[state]![column] = next;
          }
          state = next;
        }
        completes[state]!.push(entry);
      }
    });
    const transitions = new Int32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let column = 0; column < width; column += 1) {
      const child = children[0]![column];
      transitions[column] = child ?? 0;
      if (child !== undefined) queue.push(child);
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      completes[state] = [...completes[state]!, ...completes[fail[state]!]!];
      for (let column = 0; column < width; column += 1) {
        const child = children[state]![column];
        const fallback = transitions[fail[state]! * width + column]!;
        if (child === undefined) {
          transitions[state * width + column] = fallback;
        } else {
          transitions[state * width + column] = child;
          fail[child] = fallback;
          queue.push(child);
        }
      }
    }
    this.transitions = transitions;
    this.entriesAt = completes;
    this.alwaysRun = alwaysRun;
  }

  /** Which entries could match `text`: those with no trigger words, and those with one of them in it. */
  possible(text: string): Uint8Array {
    const isPossible = new Uint8Array(this.entryCount);
    for (const entry of this.alwaysRun) isPossible[entry] = 1;
    const width = alphabet.length;
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      const column = code < 128 ? columnOf[code]! : -1;
      state = column < 0 ? 0 : this.transitions[state * width + column]!;
      const entries = this.entriesAt[state]!;
      for (let at = 0; at < entries.length; at += 1) isPossible[entries[at]!] = 1;
    }
    return isPossible;
  }
}

/** An index built on first use, so a launch that screens nothing never builds it. */
function lazily(build: () => TriggerIndex): (text: string) => Uint8Array {
  let index: TriggerIndex | undefined;
  return (text) => {
    index ??= build();
    return index.possible(text);
  };
}

/** Builds, once, what finds the rules of a list that could match a statement. */
export function triggerIndex(rules: readonly Rule[]): (text: string) => Uint8Array {
  return lazily(() => new TriggerIndex(rules.length, rules.map(ruleTriggers)));
}

/** The same for a list of patterns, such as the normaliser's repairs: which of them could match a text. */
export function patternTriggerIndex(patterns: readonly RegExp[]): (text: string) => Uint8Array {
  return lazily(() => new TriggerIndex(patterns.length, patterns.map(triggersOf)));
}
