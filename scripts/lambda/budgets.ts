import { trainedFeelings } from '../../src/core/understanding/trainedFeelings';
import { trainedModel } from '../../src/core/understanding/trainedModel';

/**
 * What each function's bundle may weigh in code, in KiB (issue 17): everything but the models' weights, which are
 * committed data decoded on first use and have budgets of their own below.
 */
export const codeBudgetKiB = { alexa: 300, dialogflow: 200, web: 200 } as const;

/** What the generated interaction model the web function resolves typed words against may add, in KiB. */
export const webLanguageModelBudgetKiB = 130;

/**
 * What each model's weights may add to each bundle, in KiB: the safety screen's and the feelings model's. They are
 * data, counted apart from the code: strings the bundle carries and decodes only when there are words to hear.
 */
export const modelBudgetKiB = { screen: 80, feelings: 80 } as const;

/** Each model's weights as the bundles carry them, in bytes (base64, one byte a character). */
export const modelBytes = {
  screen: trainedModel.weights.length,
  feelings: trainedFeelings.weights.length,
} as const;

/** Both models' weights together, in bytes: what a bundle's size less its code is. */
export const allModelBytes = modelBytes.screen + modelBytes.feelings;
