import type { Skill } from 'ask-sdk-core';
import { SkillBuilders } from 'ask-sdk-core';
import { CanFulfillIntentRequestHandler } from './handlers/canFulfillHandler';
import { KindErrorHandler } from './handlers/errorHandler';
import {
  CancelReminderIntentHandler,
  ReminderPermissionResponseHandler,
  SetReminderIntentHandler,
} from './handlers/reminderHandlers';
import * as handlers from './handlers/requestHandlers';
import {
  SessionStateInterceptor,
  TimingRequestInterceptor,
  TurnLogResponseInterceptor,
} from './interceptors';
import { UserStorePersistenceAdapter } from './persistence';
import type { UserStore } from '../../storage/userStore';

/** How the skill is built: the skill id to insist on, when there is one. */
export interface SkillOptions {
  readonly skillId?: string;
  /** Where listeners are remembered between visits; without one, every visit is a first visit. */
  readonly store?: UserStore;
}

/** The Kind Recovery Alexa skill; with a skill id, requests for any other skill are refused. */
export function createSkill(options: SkillOptions = {}): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      CanFulfillIntentRequestHandler,
      handlers.LaunchRequestHandler,
      handlers.SessionEndedRequestHandler,
      handlers.BreatheIntentHandler,
      handlers.CompassionBreakIntentHandler,
      handlers.AffirmationIntentHandler,
      handlers.LearnIntentHandler,
      handlers.TellMeMoreIntentHandler,
      handlers.NextIntentHandler,
      handlers.RoundsIntentHandler,
      handlers.CrisisIntentHandler,
      SetReminderIntentHandler,
      CancelReminderIntentHandler,
      ReminderPermissionResponseHandler,
      handlers.ProgressIntentHandler,
      handlers.MyUsualIntentHandler,
      handlers.ForgetMeIntentHandler,
      handlers.UrgeSurfingIntentHandler,
      handlers.GroundingIntentHandler,
      handlers.WindDownIntentHandler,
      handlers.MedicalEmergencyIntentHandler,
      handlers.SomeoneInDangerIntentHandler,
      handlers.MedicationIntentHandler,
      handlers.SlipIntentHandler,
      handlers.FeelingUnwellIntentHandler,
      handlers.HelpIntentHandler,
      handlers.StopIntentHandler,
      handlers.CancelIntentHandler,
      handlers.FallbackIntentHandler,
      handlers.RepeatIntentHandler,
      handlers.YesIntentHandler,
      handlers.NoIntentHandler,
      handlers.StartOverIntentHandler,
      handlers.NavigateHomeIntentHandler,
      handlers.FreeSpeechIntentHandler,
      handlers.UnknownIntentHandler,
      handlers.SkillDisabledHandler,
      handlers.SilentEventHandler,
    )
    .addRequestInterceptors(TimingRequestInterceptor, SessionStateInterceptor)
    .addResponseInterceptors(TurnLogResponseInterceptor)
    .addErrorHandlers(KindErrorHandler)
    .withCustomUserAgent('kind-recovery');
  if (options.skillId) builder.withSkillId(options.skillId);
  if (options.store) builder.withPersistenceAdapter(new UserStorePersistenceAdapter(options.store));
  return builder.create();
}
