import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { canfulfill } from 'ask-sdk-model';
import { canFulfill } from '../canFulfill';

/**
 * Alexa asking, before any session, whether the skill could serve something said without its name. The answer is
 * all it gives: no speech, no session state, no user store, no Settings API, so it comes back at once.
 */
export const CanFulfillIntentRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'CanFulfillIntentRequest',
  handle: (input) => {
    const request = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    return input.responseBuilder.withCanFulfillIntent(canFulfill(request.intent)).getResponse();
  },
};
