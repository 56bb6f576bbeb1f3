import type { Rule } from './rule';
import { rule, together } from './rule';
import { medicine, otherSubstance } from './vocabulary';

/** A slip, said calmly: met with compassion, not a lecture. Danger words make it a crisis first. */
export const slipRules: readonly Rule[] = [
  together(
    'slip',
    'mixing told of, not asked about: the slip answer carries the emergency number',
    [
      /\b(mixed|took|had|taken|drank|drunk|necked|washed (it|them) down)\b/,
      new RegExp(`\\b${medicine}\\b`),
      new RegExp(`\\b${otherSubstance}\\b`),
    ],
    { unless: /^(can|could|should|is it|would|will|what|how|do|does)\b|\?/ },
  ),
  rule(
    'slip',
    'the words people use for a slip',
    /\b(slipped|slip up|slipped up|had a slip|a little slip|lapsed|had a lapse|relapsed|relapse|relapsing|fell off the wagon|fell off track|went off track|blew it|blew my taper|messed up my taper|screwed up my taper|gave in|caved|broke my taper)\b(?! (on|over) (the )?(ice|stairs|floor|step|pavement))(?! and fell)/,
    {
      isEventOnly: true,
      unless:
        /\b(fear|afraid|scared|worried|worry|worries|frightened|terrified|nervous|anxious) (of|about|that|i will|i might)\b|\b(what if|in case|make me|lead to|cause a|avoid|prevent|preventing)\b/,
    },
  ),
  rule(
    'slip',
    'an extra pill or dose taken',
    new RegExp(
      `\\b(took|had|taken|popped|used|take|taking|swallowed) (an |one |a |another |a few |some )?(extra|more|additional|one more|an additional|another|bigger|larger|higher)( \\w+)? (${medicine}|dose|half|quarter|one|ones)\\b`,
    ),
    { isEventOnly: true },
  ),
  rule(
    'slip',
    'more than meant, without danger words',
    /\b(took|had|taken|used) (a bit |a little |slightly )?more than (i (should|was supposed to|meant to|am supposed to|planned)|prescribed|my dose)\b/,
  ),
  rule(
    'slip',
    'going back to the old dose',
    new RegExp(
      `\\b(went back|going back|gone back|back) (on|to) (my |the )?(old |full |usual |higher )?(${medicine}|dose)\\b`,
    ),
    {
      isEventOnly: true,
    },
  ),
  rule(
    'slip',
    'giving in to a craving',
    /\bgave in to (the |my |a )?(craving|cravings|urge|urges)\b|\bused again\b/,
  ),
];
