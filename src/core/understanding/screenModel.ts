import type { LinearModel } from './linearModel';
import { decodeModel } from './linearModel';
import { trainedModel } from './trainedModel';

let decoded: LinearModel | undefined;

/** The trained model, decoded on first use: a launch, or any turn without words, never pays for it. */
export function screenModel(): LinearModel {
  decoded ??= decodeModel(trainedModel);
  return decoded;
}

/** The thresholds chosen with the model. */
export const screenThresholds = trainedModel.thresholds;

/** The crisis rules that only signal danger, found when the model was trained. */
export const signalRules: ReadonlySet<string> = new Set(trainedModel.signalRules);
