import type { Intent, ModelIntent } from '../../core';

/** Alexa intent names and the neutral intents they mean; the generated interaction model uses the same table. */
export const alexaIntents = {
  BreatheIntent: 'breathe',
  CompassionBreakIntent: 'compassionBreak',
  UrgeSurfingIntent: 'urgeSurfing',
  GroundingIntent: 'grounding',
  WindDownIntent: 'windDown',
  AffirmationIntent: 'affirmation',
  LearnIntent: 'learn',
  ListTopicsIntent: 'listTopics',
  ExplainUrgeSurfingIntent: 'explainUrgeSurfing',
  TellMeMoreIntent: 'tellMeMore',
  NextIntent: 'next',
  RoundsIntent: 'chooseNumber',
  CrisisIntent: 'crisis',
  MedicalEmergencyIntent: 'bodyInDanger',
  SomeoneInDangerIntent: 'someoneInDanger',
  ProgressIntent: 'progress',
  MyUsualIntent: 'myUsual',
  QuietModeOnIntent: 'quietOn',
  QuietModeOffIntent: 'quietOff',
  ForgetMeIntent: 'forgetMe',
  SetReminderIntent: 'setReminder',
  CancelReminderIntent: 'cancelReminder',
  MedicationIntent: 'medication',
  SlipIntent: 'slip',
  FeelingUnwellIntent: 'feelingUnwell',
  SupportIntent: 'support',
  'AMAZON.HelpIntent': 'help',
  'AMAZON.StopIntent': 'stop',
  'AMAZON.CancelIntent': 'cancel',
  'AMAZON.FallbackIntent': 'fallback',
  'AMAZON.RepeatIntent': 'repeat',
  'AMAZON.YesIntent': 'yes',
  'AMAZON.NoIntent': 'no',
  'AMAZON.StartOverIntent': 'startOver',
  'AMAZON.NavigateHomeIntent': 'navigateHome',
} as const satisfies Record<string, Intent>;

/**
 * Built-in intents the skill does not put in its model but Alexa may still send (Alexa+ sends built-ins more
 * often): "pause" means the listener wants quiet, as stop does; "resume" means say the last thing again.
 */
export const alexaAliases = {
  'AMAZON.PauseIntent': 'stop',
  'AMAZON.ResumeIntent': 'repeat',
} as const satisfies Record<string, Intent>;

/** One Alexa intent name the skill handles. */
export type AlexaIntentName = keyof typeof alexaIntents;

/** The Alexa intent name for each neutral intent. */
export const alexaNameOf = Object.fromEntries(
  Object.entries(alexaIntents).map(([alexaName, intent]) => [intent, alexaName]),
) as Record<ModelIntent, AlexaIntentName>;
