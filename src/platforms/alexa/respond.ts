import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply, Turn } from '../../core';
import { handleTurn } from '../../core';
import { alexaSpeech, toSsml } from '../../speech';
import { renderDocumentDirective, supportsApl } from './apl';

/** Writes a neutral reply as an Alexa response. */
export function render(input: HandlerInput, reply: Reply): Response {
  const builder = input.responseBuilder;
  const options = { audioBaseUrl: process.env.AUDIO_BASE_URL };
  if (reply.speech.length > 0) builder.speak(toSsml(reply.speech, alexaSpeech, options));
  if (reply.isListening) builder.reprompt(toSsml(reply.reprompt, alexaSpeech, options));
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (reply.visual && supportsApl(input))
    builder.addDirective(renderDocumentDirective(reply.visual));
  if (reply.speech.length > 0 || reply.isListening)
    builder.withShouldEndSession(!reply.isListening);
  return builder.getResponse();
}

/** Runs one turn through the core, keeping its state in the session attributes. */
export function respond(input: HandlerInput, turn: Turn): Response {
  const { attributesManager } = input;
  // Some requests arrive without a session (the ask-sdk throws when reading one); they start afresh.
  const hasSession = input.requestEnvelope.session !== undefined;
  const saved: unknown = hasSession ? attributesManager.getSessionAttributes().state : undefined;
  const outcome = handleTurn(turn, saved);
  if (hasSession) {
    attributesManager.setSessionAttributes(
      outcome.reply.isListening ? { state: outcome.state } : {},
    );
  }
  return render(input, outcome.reply);
}
