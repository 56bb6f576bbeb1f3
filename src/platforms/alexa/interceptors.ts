import type { RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { jsonBytes, maxStateBytes } from '../../core';
import type { LogFields } from '../../log';
import { log, loggableId, logTag } from '../../log';
import { isObject } from '../isObject';
import { carrierOfIntent } from './freeSpeech';

/** Why Alexa closed a session, and the platform's error type (never its message, which may quote a response). */
function sessionEndFields(request: RequestEnvelope['request']): LogFields {
  if (request.type !== 'SessionEndedRequest') return {};
  return {
    reason: loggableId(request.reason),
    errorType: loggableId(request.error?.type),
  };
}

/**
 * Only the skill's own state comes back from a session, and only at a weight the skill could have written.
 * Anything else in the attributes (a forged or damaged session) is dropped here, so no response echoes it back.
 */
export const SessionStateInterceptor: RequestInterceptor = {
  process: (input) => {
    if (!input.requestEnvelope.session) return;
    const attributes: unknown = input.attributesManager.getSessionAttributes();
    const state = isObject(attributes) ? attributes.state : undefined;
    const isPlausible = state !== undefined && jsonBytes(state) <= maxStateBytes;
    input.attributesManager.setSessionAttributes(isPlausible ? { state } : {});
  },
};

const startTimes = new WeakMap<object, number>();

/** Notes when a request arrived, so the response can be timed. */
export const TimingRequestInterceptor: RequestInterceptor = {
  process: (input) => {
    startTimes.set(input.requestEnvelope, performance.now());
  },
};

/** The intent as logged: a free-speech intent's name holds the first word said, so all of them log as one. */
function loggedIntent(envelope: RequestEnvelope): string | undefined {
  const name = getIntentName(envelope);
  return carrierOfIntent.has(name) ? 'FreeSpeech' : loggableId(name);
}

/** Logs each turn by request id, a one-way user tag, type, intent name and duration; never slots, text or user ids. */
export const TurnLogResponseInterceptor: ResponseInterceptor = {
  process: (input) => {
    const envelope = input.requestEnvelope;
    const requestType = getRequestType(envelope);
    const started = startTimes.get(envelope);
    log.info('turn', {
      platform: 'alexa',
      requestId: loggableId(envelope.request.requestId),
      user: logTag(envelope.context?.System?.user?.userId),
      requestType: loggableId(requestType),
      ...(requestType === 'IntentRequest' ? { intent: loggedIntent(envelope) } : {}),
      ...sessionEndFields(envelope.request),
      ...(started !== undefined ? { durationMs: Math.round(performance.now() - started) } : {}),
    });
  },
};
