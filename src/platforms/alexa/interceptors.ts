import type { RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { LogFields } from '../../log';
import { log } from '../../log';

/** Why Alexa closed a session, and the platform's error type (never its message, which may quote a response). */
function sessionEndFields(request: RequestEnvelope['request']): LogFields {
  if (request.type !== 'SessionEndedRequest') return {};
  return {
    reason: request.reason,
    ...(request.error?.type ? { errorType: request.error.type } : {}),
  };
}

const startTimes = new WeakMap<object, number>();

/** Notes when a request arrived, so the response can be timed. */
export const TimingRequestInterceptor: RequestInterceptor = {
  process: (input) => {
    startTimes.set(input.requestEnvelope, performance.now());
  },
};

/** Logs each turn by request id, type, intent name and duration; never slots, text or user ids. */
export const TurnLogResponseInterceptor: ResponseInterceptor = {
  process: (input) => {
    const envelope = input.requestEnvelope;
    const requestType = getRequestType(envelope);
    const started = startTimes.get(envelope);
    log.info('turn', {
      platform: 'alexa',
      requestId: envelope.request.requestId,
      requestType,
      ...(requestType === 'IntentRequest' ? { intent: getIntentName(envelope) } : {}),
      ...sessionEndFields(envelope.request),
      ...(started !== undefined ? { durationMs: Math.round(performance.now() - started) } : {}),
    });
  },
};
