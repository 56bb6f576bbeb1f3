import type { ScreenLabel } from './labels';
import type { FeatureShape } from './features';
import { featureBuckets } from './features';

/** A trained linear classifier as it is committed: weights of four bits each, written as base64. */
export interface EncodedModel<Label extends string = string> {
  readonly labels: readonly Label[];
  readonly shape: FeatureShape;
  /** One weight unit, so a stored weight of 5 means 5 × scale. */
  readonly scale: number;
  readonly bias: readonly number[];
  /**
   * buckets × labels weights from -7 to 7, bucket by bucket, two to a byte (the first in the low four bits, each
   * offset by 8), in base64. Four bits lose nothing measurable against eight and halve what every bundle carries.
   */
  readonly weights: string;
}

/** The offset that keeps a four-bit weight from -7 to 7 unsigned. */
export const nibbleOffset = 8;

/** How sure the model must be before each answer; chosen on the dev split when the model is trained. */
export interface Thresholds {
  /** The three emergencies together, for the emergency answer. */
  readonly answer: number;
  /** The emergencies and distress together, for the direct question. */
  readonly ask: number;
  readonly medication: number;
  readonly slip: number;
  /** The same two, when a crisis rule that only signals danger was met. */
  readonly signalAnswer: number;
  readonly signalAsk: number;
  /** The same two, when the rules heard danger words set aside: negated, past, reported or imagined. */
  readonly setAsideAnswer: number;
  readonly setAsideAsk: number;
}

/** The committed model: its weights, its thresholds, what it was trained on and how it did on the dev split. */
export interface TrainedModel extends EncodedModel<ScreenLabel> {
  readonly thresholds: Thresholds;
  /**
   * Crisis rules that were wrong too often on the training corpus to answer alone: when one of them is met, the
   * model decides, with lower thresholds. Measured each time the model is trained, so the list follows the data.
   */
  readonly signalRules: readonly string[];
  readonly corpus: { readonly hash: string; readonly statements: number };
  /** Figures on the dev split, in percent, for the rules alone, the model alone and both. */
  readonly devFigures: Readonly<
    Record<'rules' | 'model' | 'both', Readonly<Record<string, number>>>
  >;
}

/** A linear classifier ready to score: one row of label weights per feature bucket. */
export interface LinearModel<Label extends string = string> {
  readonly labels: readonly Label[];
  readonly shape: FeatureShape;
  readonly scale: number;
  readonly bias: readonly number[];
  readonly weights: Int8Array;
}

/** Reads the committed weights (atob exists in Node and in browsers, so the core stays free of Buffer). */
export function decodeModel<Label extends string>(
  encoded: EncodedModel<Label>,
): LinearModel<Label> {
  const bytes = atob(encoded.weights);
  const count = encoded.shape.buckets * encoded.labels.length;
  if (bytes.length !== Math.ceil(count / 2)) {
    throw new Error('The screen model has the wrong number of weights.');
  }
  const weights = new Int8Array(count);
  for (let index = 0; index < count; index += 1) {
    const byte = bytes.charCodeAt(index >> 1);
    weights[index] = ((index & 1) === 0 ? byte & 0x0f : byte >> 4) - nibbleOffset;
  }
  return { ...encoded, weights };
}

/**
 * Each label's score before the softmax. Features are summed and divided by the square root of their number, so a
 * danger said in a long sentence is diluted less than by an average, and a short one is not shouted.
 */
export function logits(model: LinearModel, buckets: readonly number[]): Float64Array {
  const width = model.labels.length;
  const sums = new Float64Array(width);
  const { weights } = model;
  for (let feature = 0; feature < buckets.length; feature += 1) {
    const row = buckets[feature]! * width;
    for (let label = 0; label < width; label += 1) sums[label]! += weights[row + label]!;
  }
  const norm = model.scale / Math.sqrt(Math.max(buckets.length, 1));
  for (let label = 0; label < width; label += 1)
    sums[label] = sums[label]! * norm + model.bias[label]!;
  return sums;
}

/** Turns scores into probabilities that sum to one, in place. */
export function softmax(scores: Float64Array): Float64Array {
  let highest = -Infinity;
  for (let label = 0; label < scores.length; label += 1)
    highest = Math.max(highest, scores[label]!);
  let total = 0;
  for (let label = 0; label < scores.length; label += 1) {
    scores[label] = Math.exp(scores[label]! - highest);
    total += scores[label]!;
  }
  for (let label = 0; label < scores.length; label += 1) scores[label]! /= total;
  return scores;
}

/** How likely each label is for a normalised statement. */
export function probabilities(model: LinearModel, normalised: string): Float64Array {
  return softmax(logits(model, featureBuckets(normalised, model.shape)));
}
