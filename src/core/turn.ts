import type { Intent, SlotName, Slots } from './intents';
import type { UserProfile } from './profile';

/** What the listener's device can do. */
export interface Device {
  readonly hasScreen: boolean;
  /** A phone call: after a crisis answer the skill never ends it; only the caller does. */
  readonly isPhoneCall?: boolean;
  /** A phone call the platform can put through to another number (Dialogflow's phone gateway). */
  readonly canTransferCall?: boolean;
}

interface TurnBase {
  /** BCP-47 locale of the request, e.g. "en-GB". */
  readonly locale: string;
  /** True on the first request of a platform session. */
  readonly isNewSession: boolean;
  readonly device: Device;
  /** What the person said, where the platform gives it (never logged). */
  readonly rawText?: string;
  /** A number the platform derives from the request, so variation stays reproducible. */
  readonly seed: number;
  /** The listener's day, YYYY-MM-DD, from the request's timestamp. */
  readonly today: string;
  /** The listener's hour, 0 to 23, in their time zone, where the platform can tell it. */
  readonly localHour?: number;
  /** Whether the platform can remember this listener between visits (Alexa with a user store). */
  readonly hasMemory: boolean;
  /** What was remembered, when the platform remembers and has met the listener before. */
  readonly profile?: UserProfile;
}

/** The skill was opened with no request. */
export interface LaunchTurn extends TurnBase {
  readonly kind: 'launch';
}

/** The person asked for something. */
export interface IntentTurn extends TurnBase {
  readonly kind: 'intent';
  readonly intent: Intent;
  readonly slots: Slots;
  /**
   * The words are a piece of a request that a slot caught and could not match ("breathe with {the purple one}"):
   * screened like any words, but not a statement of how the person feels.
   */
  readonly isPartOfRequest?: boolean;
  /** The slots whose words matched none of their values, where the platform says so (Alexa): a topic with no lesson. */
  readonly unmatchedSlots?: readonly SlotName[];
}

/** The platform closed the session (the person left, went quiet, or something failed). */
export interface SessionEndTurn extends TurnBase {
  readonly kind: 'sessionEnd';
  readonly reason: 'user' | 'silence' | 'error';
}

/**
 * The person said nothing when asked, and the platform left it to the skill (a phone line's no-input event); Alexa
 * reprompts by itself and never sends this.
 */
export interface SilenceTurn extends TurnBase {
  readonly kind: 'silence';
}

/** One thing that happened in a conversation, said in platform-neutral terms. */
export type Turn = LaunchTurn | IntentTurn | SessionEndTurn | SilenceTurn;
