import type { ErrorHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { contentFor } from '../../../content';
import { log, loggableId } from '../../../log';
import { toSsml } from '../../../speech';
import { localeOf } from '../localeOf';

/** Anything unexpected becomes a kind apology and the choices, never silence or a failure. */
export const KindErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input, error) => {
    const envelope = input.requestEnvelope;
    log.error('turn failed', {
      platform: 'alexa',
      requestId: loggableId(envelope?.request?.requestId),
      error: loggableId(error.name),
    });
    if (getRequestType(envelope) === 'SessionEndedRequest')
      return input.responseBuilder.getResponse();
    // Alexa asked only whether the skill could serve a request: a failure is a silent no, never an apology.
    if (getRequestType(envelope) === 'CanFulfillIntentRequest')
      return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).getResponse();
    const { content } = contentFor(localeOf(envelope));
    return input.responseBuilder
      .speak(toSsml([{ type: 'text', text: content.error }]))
      .reprompt(toSsml([{ type: 'text', text: content.whatNext.reprompt }]))
      .withShouldEndSession(false)
      .getResponse();
  },
};
