/**
 * What a person may say about how they feel, in families drawn from the seed document and from what people in
 * withdrawal bring most; "none" is anything that is not a feeling (a request, a question, small talk).
 */
export const feelingFamilies = [
  'shame',
  'selfCriticism',
  'comparison',
  'fear',
  'loneliness',
  'stigma',
  'anger',
  'lowMood',
  'withdrawal',
  'craving',
  'panic',
  'sleeplessness',
  'pride',
  'none',
] as const;

/** One family of feeling, or none. */
export type FeelingLabel = (typeof feelingFamilies)[number];

/** One family of feeling. */
export type FeelingFamily = Exclude<FeelingLabel, 'none'>;
