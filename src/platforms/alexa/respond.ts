import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply, Turn } from '../../core';
import type { Outcome } from '../../core';
import { handleTurn, restoreProfile } from '../../core';
import { log } from '../../log';
import { VersionConflict } from '../../storage/userStore';
import type { PersistentAttributes } from './persistence';
import { deleteReminderQuietly } from './reminders';
import type { Memory } from './toTurn';
import { alexaSpeech, toSsml } from '../../speech';
import { renderDocumentDirective, supportsApl } from './apl';
import { cachedTimeZone, isZone, timeZoneOf } from './timeZone';

/** Writes a neutral reply as an Alexa response. */
export function render(input: HandlerInput, reply: Reply): Response {
  const builder = input.responseBuilder;
  const options = { audioBaseUrl: process.env.AUDIO_BASE_URL, isQuiet: reply.isQuiet === true };
  if (reply.speech.length > 0) builder.speak(toSsml(reply.speech, alexaSpeech, options));
  if (reply.isListening) builder.reprompt(toSsml(reply.reprompt, alexaSpeech, options));
  if (reply.card) builder.withSimpleCard(reply.card.title, reply.card.text);
  if (reply.visual && supportsApl(input.requestEnvelope))
    builder.addDirective(renderDocumentDirective(reply.visual));
  if (reply.speech.length > 0 || reply.isListening)
    builder.withShouldEndSession(!reply.isListening);
  return builder.getResponse();
}

/** Whether the request names a user the skill could remember. */
function canRemember(input: HandlerInput): boolean {
  return typeof input.requestEnvelope.context?.System?.user?.userId === 'string';
}

const isWithoutStore = (error: unknown) =>
  /without PersistenceManager/.test((error as Error).message ?? '');

/**
 * What the store remembers about the listener. A store that cannot be read (an outage, a damaged record) is
 * logged and treated as no memory, so the listener, perhaps in crisis, is still answered.
 */
async function rememberedProfile(
  input: HandlerInput,
  isFresh: boolean,
): Promise<Memory & { version?: number }> {
  if (!canRemember(input)) return { hasMemory: false };
  try {
    const attributes = (await input.attributesManager.getPersistentAttributes(
      !isFresh,
    )) as PersistentAttributes;
    const profile = restoreProfile(attributes.profile);
    return {
      hasMemory: true,
      ...(profile ? { profile } : {}),
      ...(attributes.version ? { version: attributes.version } : {}),
    };
  } catch (error) {
    if (!isWithoutStore(error))
      log.error('user store unreadable', { platform: 'alexa', error: (error as Error).name });
    return { hasMemory: false };
  }
}

/** Writes the outcome's profile (or forgets the listener); a concurrent write is reported for a retry. */
async function persist(
  input: HandlerInput,
  outcome: Outcome,
  version: number | undefined,
): Promise<'saved' | 'conflict'> {
  const { attributesManager } = input;
  try {
    if (outcome.isForgetting) {
      await deleteReminderQuietly(
        input,
        (await rememberedProfile(input, false)).profile?.reminder?.alertToken,
      );
      await attributesManager.deletePersistentAttributes?.();
    } else if (outcome.profile) {
      attributesManager.setPersistentAttributes({ profile: outcome.profile, version });
      await attributesManager.savePersistentAttributes();
    }
    return 'saved';
  } catch (error) {
    if (error instanceof VersionConflict) return 'conflict';
    log.error('user store not written', { platform: 'alexa', error: (error as Error).name });
    return 'saved';
  }
}

/**
 * The outcome with the listener's time zone kept in their profile when it is new to it, so a later visit to a
 * fresh container knows their day and hour without waiting on the Settings API.
 */
function withTimeZone(outcome: Outcome, memory: Memory, zone: string | undefined): Outcome {
  const profile = outcome.profile ?? memory.profile;
  if (!memory.hasMemory || outcome.isForgetting || !profile || zone === undefined) return outcome;
  return profile.timeZone === zone
    ? outcome
    : { ...outcome, profile: { ...profile, timeZone: zone } };
}

/** How often a turn is re-answered from a fresh read when another write to the same listener landed first. */
const attemptsOnConflict = 5;

/**
 * Runs one turn through the core, keeping its state in the session attributes and the profile in the user store.
 * The core is pure, so when another request for the same listener wrote first, the turn is simply answered again
 * from what is now stored, and no update is lost.
 */
export async function respond(
  input: HandlerInput,
  toTurnWith: (memory: Memory, zone: string | undefined) => Turn,
): Promise<Response> {
  const { attributesManager } = input;
  // Some requests arrive without a session (the ask-sdk throws when reading one); they start afresh.
  const hasSession = input.requestEnvelope.session !== undefined;
  const saved: unknown = hasSession ? attributesManager.getSessionAttributes().state : undefined;
  // Asked at once, so the Settings API and the user store are waited on together.
  const cached = cachedTimeZone(input);
  const asking = cached === undefined ? timeZoneOf(input) : undefined;
  let outcome: Outcome | undefined;
  for (let attempt = 1; attempt <= attemptsOnConflict; attempt += 1) {
    const { version, ...memory } = await rememberedProfile(input, attempt > 1);
    const remembered = memory.profile?.timeZone;
    const zone = cached ?? (isZone(remembered) ? remembered : await asking);
    outcome = withTimeZone(handleTurn(toTurnWith(memory, zone), saved), memory, zone);
    const isChanging = outcome.isForgetting || outcome.profile !== undefined;
    if (!memory.hasMemory || !isChanging || (await persist(input, outcome, version)) === 'saved')
      break;
  }
  const answered = outcome as Outcome;
  if (hasSession) {
    attributesManager.setSessionAttributes(
      answered.reply.isListening ? { state: answered.state } : {},
    );
  }
  return render(input, answered.reply);
}
