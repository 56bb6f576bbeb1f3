import type { FeatureShape } from '../../src/core/understanding/features';
import type { EncodedModel } from '../../src/core/understanding/linearModel';
import { nibbleOffset } from '../../src/core/understanding/linearModel';
import { seededRandom } from '../../src/core/random';

/** How the model is trained; fixed, so the same corpus always gives the same bytes. */
export interface TrainingSettings {
  readonly shape: FeatureShape;
  readonly epochs: number;
  readonly learningRate: number;
  /** Pull towards zero on every update, so rare n-grams cannot carry a decision alone. */
  readonly l2: number;
  /** How far each label's weight is evened out: 0 keeps the corpus's balance, 1 weighs every label alike. */
  readonly balance: number;
  readonly seed: number;
}

/** One statement as the trainer sees it: its feature buckets and its label's index. */
export interface TrainingRow {
  readonly buckets: readonly number[];
  readonly label: number;
}

/** Shuffles in place with a seeded generator (Fisher-Yates), so every run visits rows in the same order. */
function shuffle(order: number[], random: () => number): void {
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
}

/**
 * Multinomial logistic regression over hashed n-grams, trained with AdaGrad one statement at a time, as fastText
 * trains its linear layer. Returns float weights (buckets × labels) and biases.
 */
export function trainWeights(
  rows: readonly TrainingRow[],
  labelCount: number,
  settings: TrainingSettings,
): { weights: Float64Array; bias: Float64Array } {
  const { buckets } = settings.shape;
  const weights = new Float64Array(buckets * labelCount);
  const squares = new Float64Array(buckets * labelCount);
  const bias = new Float64Array(labelCount);
  const biasSquares = new Float64Array(labelCount);
  const perLabel = new Array<number>(labelCount).fill(0);
  for (const row of rows) perLabel[row.label]! += 1;
  const labelWeight = perLabel.map(
    (count) => (rows.length / (labelCount * Math.max(count, 1))) ** settings.balance,
  );
  const random = seededRandom(settings.seed);
  const order = rows.map((_, index) => index);
  const scores = new Float64Array(labelCount);
  const epsilon = 1e-8;
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    shuffle(order, random);
    for (const rowIndex of order) {
      const row = rows[rowIndex]!;
      const norm = 1 / Math.sqrt(Math.max(row.buckets.length, 1));
      scores.set(bias);
      for (const bucket of row.buckets) {
        const base = bucket * labelCount;
        for (let label = 0; label < labelCount; label += 1) {
          scores[label]! += weights[base + label]! * norm;
        }
      }
      const highest = Math.max(...scores);
      let total = 0;
      for (let label = 0; label < labelCount; label += 1) {
        scores[label] = Math.exp(scores[label]! - highest);
        total += scores[label]!;
      }
      const importance = labelWeight[row.label]!;
      for (let label = 0; label < labelCount; label += 1) {
        // The gradient of the cross-entropy for this label, weighted by how rare the true label is.
        const error = (scores[label]! / total - (label === row.label ? 1 : 0)) * importance;
        biasSquares[label]! += error * error;
        bias[label]! -=
          (settings.learningRate * error) / (Math.sqrt(biasSquares[label]!) + epsilon);
        for (const bucket of row.buckets) {
          const at = bucket * labelCount + label;
          const gradient = error * norm + settings.l2 * weights[at]!;
          squares[at]! += gradient * gradient;
          weights[at]! -= (settings.learningRate * gradient) / (Math.sqrt(squares[at]!) + epsilon);
        }
      }
    }
  }
  return { weights, bias };
}

/** The largest four-bit weight. */
const largestLevel = 7;

/**
 * Rounds the weights to four bits and writes them as base64, the form the model is committed in. The scale is set
 * by the 99.9th percentile of the weights' sizes, so a few outliers do not waste the levels every other weight needs.
 */
export function quantise<Label extends string>(
  labels: readonly Label[],
  settings: TrainingSettings,
  trained: { weights: Float64Array; bias: Float64Array },
): EncodedModel<Label> {
  const sizes = Float64Array.from(trained.weights, Math.abs).sort();
  const clip = sizes[Math.floor((sizes.length - 1) * 0.999)] ?? 1;
  const scale = Number((clip / largestLevel).toPrecision(6));
  const bytes = Buffer.alloc(Math.ceil(trained.weights.length / 2));
  trained.weights.forEach((weight, index) => {
    const level = Math.max(-largestLevel, Math.min(largestLevel, Math.round(weight / scale)));
    const nibble = level + nibbleOffset;
    bytes[index >> 1]! |= (index & 1) === 0 ? nibble : nibble << 4;
  });
  return {
    labels,
    shape: settings.shape,
    scale,
    bias: Array.from(trained.bias, (value) => Number(value.toFixed(6))),
    weights: bytes.toString('base64'),
  };
}
