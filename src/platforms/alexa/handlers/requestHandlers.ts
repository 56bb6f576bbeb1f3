import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import type { AlexaIntentName } from '../intentNames';
import { carrierOfIntent } from '../freeSpeech';
import { respond } from '../respond';
import { toTurn } from '../toTurn';

const answerTurn = (input: HandlerInput) =>
  respond(input, (memory, zone) => toTurn(input, memory, zone));

function intentHandler(name: AlexaIntentName): RequestHandler {
  return {
    canHandle: (input) =>
      getRequestType(input.requestEnvelope) === 'IntentRequest' &&
      getIntentName(input.requestEnvelope) === name,
    handle: answerTurn,
  };
}

/** "Alexa, open kind recovery": the welcome knows the listener's hour, so late at night it can offer rest first. */
export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: answerTurn,
};

/** The platform closed the session; nothing may be spoken. */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: answerTurn,
};

/** "Help me breathe", "breathe for six rounds". */
export const BreatheIntentHandler = intentHandler('BreatheIntent');
/** "A self-compassion break". */
export const CompassionBreakIntentHandler = intentHandler('CompassionBreakIntent');
/** "Give me an affirmation". */
export const AffirmationIntentHandler = intentHandler('AffirmationIntent');
/** "Teach me about the fear of relapse". */
export const LearnIntentHandler = intentHandler('LearnIntent');
/** "Tell me more". */
export const TellMeMoreIntentHandler = intentHandler('TellMeMoreIntent');
/** "Next", "another one". */
export const NextIntentHandler = intentHandler('NextIntent');
/** A bare number of rounds: "six". */
export const RoundsIntentHandler = intentHandler('RoundsIntent');
/** "I need help", and every way of saying someone is in danger. */
export const CrisisIntentHandler = intentHandler('CrisisIntent');
/** "How am I doing?" */
export const ProgressIntentHandler = intentHandler('ProgressIntent');
/** "My usual". */
export const MyUsualIntentHandler = intentHandler('MyUsualIntent');
/** "Delete my data", "forget me". */
export const ForgetMeIntentHandler = intentHandler('ForgetMeIntent');
/** "Urge surfing". */
export const UrgeSurfingIntentHandler = intentHandler('UrgeSurfingIntent');
/** "Ground me", "I'm having a panic attack". */
export const GroundingIntentHandler = intentHandler('GroundingIntent');
/** "Help me sleep", "I can't sleep". */
export const WindDownIntentHandler = intentHandler('WindDownIntent');
/** "My friend won't wake up". */
export const SomeoneInDangerIntentHandler = intentHandler('SomeoneInDangerIntent');
/** "I took too many pills", "I'm having a seizure". */
export const MedicalEmergencyIntentHandler = intentHandler('MedicalEmergencyIntent');
/** A question about doses, tapering, stopping, switching or mixing. */
export const MedicationIntentHandler = intentHandler('MedicationIntent');
/** "I slipped", "I took an extra pill". */
export const SlipIntentHandler = intentHandler('SlipIntent');
/** "I feel dizzy" during a practice. */
export const FeelingUnwellIntentHandler = intentHandler('FeelingUnwellIntent');
/** "Help". */
export const HelpIntentHandler = intentHandler('AMAZON.HelpIntent');
/** "Stop". */
export const StopIntentHandler = intentHandler('AMAZON.StopIntent');
/** "Cancel". */
export const CancelIntentHandler = intentHandler('AMAZON.CancelIntent');
/** Words the model could not place. */
export const FallbackIntentHandler = intentHandler('AMAZON.FallbackIntent');
/** "Say that again". */
export const RepeatIntentHandler = intentHandler('AMAZON.RepeatIntent');
/** "Yes". */
export const YesIntentHandler = intentHandler('AMAZON.YesIntent');
/** "No". */
export const NoIntentHandler = intentHandler('AMAZON.NoIntent');
/** "Start over". */
export const StartOverIntentHandler = intentHandler('AMAZON.StartOverIntent');
/** "Go home" on a device with a screen. */
export const NavigateHomeIntentHandler = intentHandler('AMAZON.NavigateHomeIntent');

/** A person's own words after a carrier ("I {words}"): screened like any other words, never a request. */
export const FreeSpeechIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    carrierOfIntent.has(getIntentName(input.requestEnvelope)),
  handle: answerTurn,
};

/** Any other intent (a model newer than this code, or a stray built-in) is answered as a fallback. */
export const UnknownIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: answerTurn,
};

/** The listener disabled the skill: everything kept about them is erased. */
export const SkillDisabledHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  handle: async (input) => {
    try {
      await input.attributesManager.deletePersistentAttributes?.();
    } catch (error) {
      if (!(error as Error).message?.includes('without PersistenceManager')) throw error;
    }
    return input.responseBuilder.getResponse();
  },
};

/** Events with no listener waiting (System.ExceptionEncountered, skill events): acknowledged without speech. */
export const SilentEventHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.getResponse(),
};
