import type { ErrorHandler, RequestHandler, Skill } from 'ask-sdk-core';
import { SkillBuilders, getRequestType } from 'ask-sdk-core';

/**
 * The baseline: the ask-sdk-core "hello world" skill as Amazon's template writes it, answering a launch with a
 * welcome, any intent with "Hello World!", and a session end with nothing.
 */
const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) =>
    input.responseBuilder
      .speak('Welcome, you can say Hello or Help. Which would you like to try?')
      .reprompt('Welcome, you can say Hello or Help. Which would you like to try?')
      .getResponse(),
};

const HelloWorldIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input) => input.responseBuilder.speak('Hello World!').getResponse(),
};

const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const ErrorHandlerForAll: ErrorHandler = {
  canHandle: () => true,
  handle: (input) =>
    input.responseBuilder.speak('Sorry, I had trouble doing what you asked.').getResponse(),
};

export function helloWorldSkill(): Skill {
  return SkillBuilders.custom()
    .addRequestHandlers(LaunchRequestHandler, HelloWorldIntentHandler, SessionEndedRequestHandler)
    .addErrorHandlers(ErrorHandlerForAll)
    .create();
}
