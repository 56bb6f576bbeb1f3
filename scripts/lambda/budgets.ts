import { trainedModel } from '../../src/core/understanding/trainedModel';

/** What each function's bundle may weigh in code, in KiB. */
export const codeBudgetKiB = { alexa: 300, dialogflow: 200 } as const;

/**
 * What the screen model's weights may add to each bundle, in KiB. They are data, counted apart from the code: a
 * string the bundle carries and decodes only when there are words to screen.
 */
export const screenModelBudgetKiB = 80;

/** The screen model's weights as the bundles carry them, in bytes (base64, one byte a character). */
export const screenModelBytes = trainedModel.weights.length;
