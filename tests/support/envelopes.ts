import type { RequestEnvelope } from 'ask-sdk-model';
import { middayToday } from '../../src/chat/alexaRequests';

/** The skill id the fixtures are addressed to. */
export const skillId = 'amzn1.ask.skill.5f1c2a3b-1d2e-4f50-9a8b-7c6d5e4f3a2b';

interface EnvelopeOptions {
  readonly isNewSession?: boolean;
  readonly attributes?: Record<string, unknown>;
  readonly locale?: string;
  readonly applicationId?: string;
  readonly hasScreen?: boolean;
  /**
   * When the request was sent; by default midday UTC today, so a welcome whose listener's time zone is unknown
   * (these envelopes reach no Settings API) is the day's welcome whatever the hour the tests run at. A request
   * that must pass the timestamp check says `timestamp: new Date().toISOString()`.
   */
  readonly timestamp?: string;
  /** Whether the request belongs to a session (true unless said): Alexa sends a CanFulfillIntentRequest outside one. */
  readonly hasSession?: boolean;
  /** Whether the request names the Alexa user (true unless said). */
  readonly hasUser?: boolean;
}

/** A request envelope shaped as an Echo device sends it, with the given request. */
export function envelope(
  request: Record<string, unknown>,
  options: EnvelopeOptions = {},
): RequestEnvelope {
  const application = { applicationId: options.applicationId ?? skillId };
  const user = { userId: 'amzn1.ask.account.AF3Q7EXAMPLEUSERID' };
  const device = {
    deviceId: 'amzn1.ask.device.AEXAMPLEDEVICEID',
    supportedInterfaces: options.hasScreen
      ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } }
      : { AudioPlayer: {} },
  };
  const session = {
    new: options.isNewSession ?? false,
    sessionId: 'amzn1.echo-api.session.0f6b5f4e-9c71-4b39-9e0a-2a3b4c5d6e7f',
    application,
    attributes: options.attributes ?? {},
    user,
  };
  return {
    version: '1.0',
    ...(options.hasSession === false ? {} : { session }),
    context: {
      System: {
        application,
        ...(options.hasUser === false ? {} : { user }),
        device,
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.example',
      },
    },
    request: {
      requestId: 'amzn1.echo-api.request.7d5a4c3b-2e1f-4a0b-9c8d-1e2f3a4b5c6d',
      timestamp: options.timestamp ?? middayToday().toISOString(),
      locale: options.locale ?? 'en-US',
      ...request,
    },
  } as unknown as RequestEnvelope;
}

/** "Alexa, open kind recovery". */
export const launchEnvelope = (options: EnvelopeOptions = {}) =>
  envelope({ type: 'LaunchRequest' }, { isNewSession: true, ...options });

/** A slot as a test names it: a heard value, a value resolved to an id, or (no id) one that resolved to nothing. */
type SlotGiven = string | undefined | { value: string; id?: string };

/** Slots as Alexa sends them; a string is a heard value, an object carries its entity resolution. */
function alexaSlotsOf(slots: Record<string, SlotGiven>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(slots).map(([slotName, slot]) => {
      if (slot === undefined) return [slotName, { name: slotName, confirmationStatus: 'NONE' }];
      if (typeof slot === 'string')
        return [slotName, { name: slotName, value: slot, confirmationStatus: 'NONE' }];
      const authority = 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.example.LESSON_TOPIC';
      return [
        slotName,
        {
          name: slotName,
          value: slot.value,
          confirmationStatus: 'NONE',
          resolutions: {
            resolutionsPerAuthority: [
              slot.id
                ? {
                    authority,
                    status: { code: 'ER_SUCCESS_MATCH' },
                    values: [{ value: { name: slot.value, id: slot.id } }],
                  }
                : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
            ],
          },
        },
      ];
    }),
  );
}

/** An IntentRequest; a slot given as a string is sent as Alexa sends a heard value. */
export function intentEnvelope(
  name: string,
  slots: Record<string, SlotGiven> = {},
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return envelope(
    {
      type: 'IntentRequest',
      dialogState: 'COMPLETED',
      intent: { name, confirmationStatus: 'NONE', slots: alexaSlotsOf(slots) },
    },
    options,
  );
}

/**
 * Alexa asking whether the skill could serve a request said without its name: the intent and slots it heard,
 * outside any session, as the ASK documentation shows it.
 */
export function canFulfillEnvelope(
  name: string,
  slots: Record<string, SlotGiven> = {},
  options: EnvelopeOptions = {},
): RequestEnvelope {
  return envelope(
    {
      type: 'CanFulfillIntentRequest',
      intent: { name, confirmationStatus: 'NONE', slots: alexaSlotsOf(slots) },
    },
    { hasSession: false, ...options },
  );
}

/** The platform closing the session. */
export const sessionEndedEnvelope = (reason: string, options: EnvelopeOptions = {}) =>
  envelope(
    {
      type: 'SessionEndedRequest',
      reason,
      ...(reason === 'ERROR'
        ? {
            error: {
              type: 'INVALID_RESPONSE',
              message: 'An exception occurred while dispatching the request to the skill.',
            },
          }
        : {}),
    },
    options,
  );
