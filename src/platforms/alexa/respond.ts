import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply, Turn } from '../../core';
import type { UserProfile } from '../../core';
import { handleTurn, restoreProfile } from '../../core';
import type { PersistentAttributes } from './persistence';
import type { Memory } from './toTurn';
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

/** Whether the skill was built with a user store (a persistence adapter) and the request names a user. */
function canRemember(input: HandlerInput): boolean {
  return typeof input.requestEnvelope.context?.System?.user?.userId === 'string';
}

async function rememberedProfile(
  input: HandlerInput,
): Promise<{ hasMemory: boolean; profile?: UserProfile }> {
  if (!canRemember(input)) return { hasMemory: false };
  try {
    const attributes =
      (await input.attributesManager.getPersistentAttributes()) as PersistentAttributes;
    const profile = restoreProfile(attributes.profile);
    return profile ? { hasMemory: true, profile } : { hasMemory: true };
  } catch (error) {
    if (
      (error as Error).message?.includes(
        'Cannot get PersistentAttributes without PersistenceManager',
      )
    )
      return { hasMemory: false };
    throw error;
  }
}

/** Runs one turn through the core, keeping its state in the session attributes and the profile in the user store. */
export async function respond(
  input: HandlerInput,
  toTurnWith: (memory: Memory) => Turn,
): Promise<Response> {
  const { attributesManager } = input;
  const memory = await rememberedProfile(input);
  // Some requests arrive without a session (the ask-sdk throws when reading one); they start afresh.
  const hasSession = input.requestEnvelope.session !== undefined;
  const saved: unknown = hasSession ? attributesManager.getSessionAttributes().state : undefined;
  const outcome = handleTurn(toTurnWith(memory), saved);
  if (hasSession) {
    attributesManager.setSessionAttributes(
      outcome.reply.isListening ? { state: outcome.state } : {},
    );
  }
  if (outcome.isForgetting) {
    await attributesManager.deletePersistentAttributes?.();
  } else if (outcome.profile && memory.hasMemory) {
    const { version } = (await attributesManager.getPersistentAttributes()) as PersistentAttributes;
    attributesManager.setPersistentAttributes({ profile: outcome.profile, version });
    await attributesManager.savePersistentAttributes();
  }
  return render(input, outcome.reply);
}
