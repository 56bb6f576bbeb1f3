/** The platform-neutral intents the conversation core understands. */
export const intents = [
  'breathe',
  'compassionBreak',
  'urgeSurfing',
  /** Grounding with the eyes open, for panic and feeling unreal. */
  'grounding',
  /** A wind-down for a sleepless night. */
  'windDown',
  'affirmation',
  'learn',
  /** "What topics are there?": the lessons, a few at a time. */
  'listTopics',
  /** "What is urge surfing?": a sentence, and the practice offered. */
  'explainUrgeSurfing',
  'tellMeMore',
  'next',
  'chooseNumber',
  'crisis',
  /** A medical emergency of the speaker's own: an overdose, a seizure, chest pain, not breathing well. */
  'bodyInDanger',
  /** Someone else in danger: not waking, not breathing, having taken too many. */
  'someoneInDanger',
  'progress',
  'myUsual',
  /** Quiet mode: no chimes and a softer voice, remembered. */
  'quietOn',
  'quietOff',
  'forgetMe',
  'setReminder',
  'cancelReminder',
  'medication',
  'slip',
  'feelingUnwell',
  'help',
  /** Support right now, after "help" asked which kind. */
  'support',
  'stop',
  'cancel',
  'fallback',
  /** The person's own words, where the platform heard no request in them (Alexa's free-speech carriers). */
  'said',
  'repeat',
  'yes',
  'no',
  'startOver',
  'navigateHome',
] as const;

/** One neutral intent. */
export type Intent = (typeof intents)[number];

/** The intents a platform's language model names; `said` is made by the adapters from a person's free words. */
export type ModelIntent = Exclude<Intent, 'said'>;

/** Every intent a platform's language model names. */
export const modelIntents = intents.filter((intent): intent is ModelIntent => intent !== 'said');

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
