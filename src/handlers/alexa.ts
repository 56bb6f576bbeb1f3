import type { Context } from 'aws-lambda';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { log, loggableId } from '../log';
import { createSkill } from '../platforms/alexa';
import { isRequestEnvelope } from '../platforms/alexa/isRequestEnvelope';
import { storeFromEnvironment } from '../storage/storeFromEnvironment';

/**
 * The Alexa Lambda function. Alexa invokes it directly (the `alexaSkill` trigger admits only our skill id),
 * so the event is the request envelope itself. The skill and its store are made once per container.
 */
const skill = createSkill({ skillId: process.env.ALEXA_SKILL_ID, store: storeFromEnvironment() });

/** Refused events get one short message; Alexa treats a failed invocation as the skill being unavailable. */
class RefusedEvent extends Error {
  constructor() {
    super('The request was refused.');
    this.name = 'RefusedEvent';
  }
}

export async function handler(event: unknown, context: Context): Promise<ResponseEnvelope> {
  if (!isRequestEnvelope(event)) {
    log.warn('alexa event refused', { platform: 'alexa' });
    throw new RefusedEvent();
  }
  try {
    return await skill.invoke(event, context);
  } catch (error) {
    log.warn('alexa request could not be dispatched', {
      platform: 'alexa',
      error: loggableId((error as Error).name),
    });
    throw new RefusedEvent();
  }
}
