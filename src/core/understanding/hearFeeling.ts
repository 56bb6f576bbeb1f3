import type { EncodedModel, LinearModel } from './linearModel';
import type { FeelingFamily, FeelingLabel } from './feelingFamilies';
import { decodeModel, probabilities } from './linearModel';
import { normaliseStatement } from './understand';
import { trainedFeelings } from './trainedFeelings';

/** The committed feelings model: its weights, how sure it must be, and its figures on the dev split. */
export interface TrainedFeelings extends EncodedModel<FeelingLabel> {
  /** The least chance a family must have, as the likeliest, to be heard. */
  readonly threshold: number;
  readonly corpus: { readonly hash: string; readonly statements: number };
  /** On the dev split, in percent: feelings heard as their own family, and other statements heard as a feeling. */
  readonly devFigures: Readonly<Record<string, number>>;
}

let decoded: LinearModel<FeelingLabel> | undefined;

/** The feelings model, decoded on first use. */
function feelingsModel(): LinearModel<FeelingLabel> {
  decoded ??= decodeModel(trainedFeelings);
  return decoded;
}

/**
 * Whether a statement of a feeling was heard, given the model's chances: when the chance that it tells of some
 * feeling (any family but none) is high enough, the likeliest family.
 */
export function familyOf(
  chances: Float64Array,
  labels: readonly FeelingLabel[],
  threshold: number,
): FeelingFamily | undefined {
  let best: FeelingFamily | undefined;
  let bestChance = -1;
  let feeling = 0;
  labels.forEach((label, index) => {
    if (label === 'none') return;
    const chance = chances[index]!;
    feeling += chance;
    if (chance > bestChance) [best, bestChance] = [label, chance];
  });
  return feeling >= threshold ? best : undefined;
}

/**
 * Words that alone tell of no feeling: the way a statement opens ("I", "I'm", "honestly", "um, I feel"), as
 * normalised. Said on their own, they are a start cut short, and too little to hear a feeling in.
 */
const openingWords = new Set(
  'i am me my myself so well um uh er erm oh hmm like just really honestly actually basically you know the a and but then now it is was this that feel feeling think mean guess |'.split(
    ' ',
  ),
);

/** Whether a normalised statement has a word beyond the way statements open. */
const hasWordOfItsOwn = (normalised: string) =>
  normalised.split(' ').some((word) => word !== '' && !openingWords.has(word));

/**
 * The family of feeling a person's words tell of ("I feel so ashamed", "nobody understands"), or undefined for
 * anything else: a request, a question, small talk. The safety screen has always run first.
 */
export function hearFeeling(text: string): FeelingFamily | undefined {
  const normalised = normaliseStatement(text);
  if (!hasWordOfItsOwn(normalised)) return undefined;
  const model = feelingsModel();
  const chances = probabilities(model, normalised);
  return familyOf(chances, model.labels, trainedFeelings.threshold);
}
