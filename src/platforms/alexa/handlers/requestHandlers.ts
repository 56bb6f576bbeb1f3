import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import type { AlexaIntentName } from '../intentNames';
import { respond } from '../respond';
import { toTurn } from '../toTurn';

const answerTurn = (input: Parameters<RequestHandler['handle']>[0]) =>
  respond(input, toTurn(input));

function intentHandler(name: AlexaIntentName): RequestHandler {
  return {
    canHandle: (input) =>
      getRequestType(input.requestEnvelope) === 'IntentRequest' &&
      getIntentName(input.requestEnvelope) === name,
    handle: answerTurn,
  };
}

/** "Alexa, open kind recovery". */
export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: answerTurn,
};

/** The platform closed the session; nothing may be spoken. */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: answerTurn,
};

export const BreatheIntentHandler = intentHandler('BreatheIntent');
export const CompassionBreakIntentHandler = intentHandler('CompassionBreakIntent');
export const AffirmationIntentHandler = intentHandler('AffirmationIntent');
export const LearnIntentHandler = intentHandler('LearnIntent');
export const TellMeMoreIntentHandler = intentHandler('TellMeMoreIntent');
export const NextIntentHandler = intentHandler('NextIntent');
export const RoundsIntentHandler = intentHandler('RoundsIntent');
export const CrisisIntentHandler = intentHandler('CrisisIntent');
export const HelpIntentHandler = intentHandler('AMAZON.HelpIntent');
export const StopIntentHandler = intentHandler('AMAZON.StopIntent');
export const CancelIntentHandler = intentHandler('AMAZON.CancelIntent');
export const FallbackIntentHandler = intentHandler('AMAZON.FallbackIntent');
export const RepeatIntentHandler = intentHandler('AMAZON.RepeatIntent');
export const YesIntentHandler = intentHandler('AMAZON.YesIntent');
export const NoIntentHandler = intentHandler('AMAZON.NoIntent');
export const StartOverIntentHandler = intentHandler('AMAZON.StartOverIntent');
export const NavigateHomeIntentHandler = intentHandler('AMAZON.NavigateHomeIntent');

/** Any other intent (a model newer than this code, or a stray built-in) is answered as a fallback. */
export const UnknownIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: answerTurn,
};
