import type { Skill } from 'ask-sdk-core';
import { SkillBuilders } from 'ask-sdk-core';
import { KindErrorHandler } from './handlers/errorHandler';
import * as handlers from './handlers/requestHandlers';
import { TimingRequestInterceptor, TurnLogResponseInterceptor } from './interceptors';

/** How the skill is built: the skill id to insist on, when there is one. */
export interface SkillOptions {
  readonly skillId?: string;
}

/** The Kind Recovery Alexa skill; with a skill id, requests for any other skill are refused. */
export function createSkill(options: SkillOptions = {}): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
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
      handlers.UnknownIntentHandler,
      handlers.SilentEventHandler,
    )
    .addRequestInterceptors(TimingRequestInterceptor)
    .addResponseInterceptors(TurnLogResponseInterceptor)
    .addErrorHandlers(KindErrorHandler)
    .withCustomUserAgent('kind-recovery');
  if (options.skillId) builder.withSkillId(options.skillId);
  return builder.create();
}
