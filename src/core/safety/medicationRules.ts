import type { Rule } from './rule';
import { rule, together } from './rule';
import { medicine, otherSubstance } from './vocabulary';

const re = (source: string) => new RegExp(source);

/** A change to medication, or how long withdrawal lasts: a question for the prescriber or pharmacist. */
export const medicationRules: readonly Rule[] = [
  together('medication', 'a dose asked about or changed', [
    /\b(dose|doses|dosage|dosing|mg|milligrams?|mgs|micrograms?|mls?)\b/,
    /\b(how|what|which|should|can|could|would|is it|do i|need|want|change|cut|lower|raise|increase|decrease|reduce|skip|miss|drop|taper|right|correct|enough|too|higher|smaller|bigger|less|more)\b/,
  ]),
  rule(
    'medication',
    'changing or stopping the medicine',
    re(
      `\\b(taper|tapering|wean|weaning|titrat\\w*|cut back|reduce|reducing|reduction|cut down|cutting down|cut|drop|dropping|come off|coming off|get off|getting off|stop|stopping|stop taking|quit|quitting|skip|skipping|miss|missing|switch|switching|swap|swapping|change|changing|increase|increasing|decrease|decreasing|lower|lowering|raise|halve|halving|split|splitting|double|crush|go off|going off|ran out|run out|out of)\\b[^|]{0,40}\\b(${medicine}|taper|cold turkey|all at once|suddenly)\\b`,
    ),
  ),
  rule(
    'medication',
    'the speed or shape of a taper',
    /\b(taper|tapering|weaning) (schedule|plan|rate|speed|faster|slower|quicker|too fast|too slow|percent|percentage)\b|\bhow (fast|quickly|slowly|soon|much|often) (should|can|could|do|would|will|must) (i|we|you)\b/,
  ),
  rule(
    'medication',
    'how long withdrawal will last',
    /\bhow long (will|does|do|did|is|would|till|until)\b[^|]{0,40}\b(withdrawal|withdrawals|symptoms?|this|it|the fog|the insomnia|the anxiety) (last|take|go on|end|stop|be)\b|\bwhen (will|does|do) (the |my )?(withdrawal|symptoms?|this) (end|stop|go away|get better)\b/,
  ),
  rule(
    'medication',
    'mixing asked about',
    re(
      `\\b${otherSubstance}\\b[^|]{0,40}\\b(${medicine}|on (my )?(meds|benzos|medication))\\b|\\b(${medicine})\\b[^|]{0,40}\\b${otherSubstance}\\b`,
    ),
  ),
  rule(
    'medication',
    'another drug to switch to',
    re(
      `\\b(switch|swap|change|move|go) (over )?(to|onto|from) (${medicine}|another|a different)\\b|\\binstead of (my )?${medicine}\\b`,
    ),
  ),
  rule(
    'medication',
    'whether the medicine is safe or right',
    re(
      `\\b(is it|is this|are they|it is) (safe|ok|okay|alright|dangerous|bad|normal)\\b[^|]{0,40}\\b(${medicine}|taper)\\b|\\bshould i (take|be taking|stop|keep taking|still take)\\b`,
    ),
  ),
];
