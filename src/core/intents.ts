/** The platform-neutral intents the conversation core understands. */
export const intents = [
  'breathe',
  'compassionBreak',
  'urgeSurfing',
  'affirmation',
  'learn',
  'tellMeMore',
  'next',
  'chooseNumber',
  'crisis',
  'progress',
  'myUsual',
  'forgetMe',
  'setReminder',
  'cancelReminder',
  'medication',
  'slip',
  'feelingUnwell',
  'help',
  'stop',
  'cancel',
  'fallback',
  'repeat',
  'yes',
  'no',
  'startOver',
  'navigateHome',
] as const;

/** One neutral intent. */
export type Intent = (typeof intents)[number];

/** Slot values as the platform heard them; a missing slot is absent or undefined. */
export type Slots = Readonly<Partial<Record<SlotName, string>>>;

/** The slots any intent may carry. */
export const slotNames = [
  'rounds',
  'minutes',
  'pattern',
  'topic',
  'theme',
  'length',
  'time',
] as const;

/** One slot name. */
export type SlotName = (typeof slotNames)[number];

/** Whether a string names a neutral intent. */
export function isIntent(name: string): name is Intent {
  return (intents as readonly string[]).includes(name);
}
