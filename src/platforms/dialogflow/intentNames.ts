import type { Intent, ModelIntent } from '../../core';

/** The welcome intent Dialogflow starts every conversation with (event WELCOME). */
export const welcomeIntentName = 'Default Welcome Intent';

/** The intent that carries the phone line's no-input events, so silence reaches the webhook. */
export const noInputIntentName = 'no-input';

/**
 * The events a telephony gateway sends when the caller says nothing before it stops listening; the webhook sees the
 * event's name as the query text. No one name is documented for Dialogflow ES, so each gateway's is listed.
 */
export const noInputEvents: readonly string[] = ['TELEPHONY_NO_INPUT', 'NO_INPUT'];

/** Dialogflow intent display names for each neutral intent; the generated agent uses the same table. */
export const dialogflowNameOf: Readonly<Record<ModelIntent, string>> = {
  breathe: 'breathe',
  compassionBreak: 'compassion-break',
  urgeSurfing: 'urge-surfing',
  grounding: 'grounding',
  windDown: 'wind-down',
  affirmation: 'affirmation',
  learn: 'learn',
  listTopics: 'list-topics',
  explainUrgeSurfing: 'explain-urge-surfing',
  tellMeMore: 'tell-me-more',
  next: 'next',
  chooseNumber: 'choose-number',
  crisis: 'crisis',
  bodyInDanger: 'medical-emergency',
  someoneInDanger: 'someone-in-danger',
  progress: 'progress',
  myUsual: 'my-usual',
  quietOn: 'quiet-on',
  quietOff: 'quiet-off',
  forgetMe: 'forget-me',
  setReminder: 'set-reminder',
  cancelReminder: 'cancel-reminder',
  medication: 'medication',
  slip: 'slip',
  feelingUnwell: 'feeling-unwell',
  help: 'help',
  support: 'support',
  stop: 'stop',
  cancel: 'cancel',
  fallback: 'Default Fallback Intent',
  repeat: 'repeat',
  yes: 'yes',
  no: 'no',
  startOver: 'start-over',
  navigateHome: 'navigate-home',
};

/** The neutral intent for a Dialogflow display name; anything unknown is a fallback. */
export function intentOfDisplayName(displayName: string): Intent {
  const found = Object.entries(dialogflowNameOf).find(([, name]) => name === displayName);
  return (found?.[0] as Intent | undefined) ?? 'fallback';
}
