import type { Intent, RequestEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';

/** One conversation's identity and what the skill asked us to keep between turns. */
export interface ChatSession {
  readonly sessionId: string;
  readonly userId: string;
  readonly locale: string;
  readonly applicationId: string;
  readonly hasScreen: boolean;
  /** When each request is sent: the device's clock. */
  readonly clock: () => Date;
  isNew: boolean;
  attributes: Record<string, unknown>;
}

/**
 * A clock that reads midday UTC today: for visits that must hear the day's welcome whatever the hour they run at,
 * since a device whose time zone is not known is taken to be on UTC.
 */
export function middayToday(): Date {
  const midday = new Date();
  midday.setUTCHours(12, 0, 0, 0);
  return midday;
}

/** A new conversation, as an Alexa device would start one. */
export function newSession(
  options: Partial<Pick<ChatSession, 'locale' | 'applicationId' | 'hasScreen' | 'clock'>> = {},
): ChatSession {
  return {
    sessionId: `amzn1.echo-api.session.${randomUUID()}`,
    userId: `amzn1.ask.account.${randomUUID()}`,
    locale: options.locale ?? 'en-US',
    applicationId: options.applicationId ?? 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
    hasScreen: options.hasScreen ?? false,
    clock: options.clock ?? (() => new Date()),
    isNew: true,
    attributes: {},
  };
}

function envelope(session: ChatSession, request: Record<string, unknown>): RequestEnvelope {
  const application = { applicationId: session.applicationId };
  const user = { userId: session.userId };
  return {
    version: '1.0',
    session: {
      new: session.isNew,
      sessionId: session.sessionId,
      application,
      attributes: session.attributes,
      user,
    },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: 'amzn1.ask.device.chat',
          supportedInterfaces: session.hasScreen
            ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }
            : {},
        },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'chat-token',
      },
    },
    request: {
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: session.clock().toISOString(),
      locale: session.locale,
      ...request,
    },
  } as unknown as RequestEnvelope;
}

/** "Alexa, open kind recovery". */
export const launchRequest = (session: ChatSession): RequestEnvelope =>
  envelope(session, { type: 'LaunchRequest' });

/** An intent, as Alexa resolved it. */
export const intentRequest = (session: ChatSession, intent: Intent): RequestEnvelope =>
  envelope(session, { type: 'IntentRequest', dialogState: 'COMPLETED', intent });

/** The platform closing the session. */
export const sessionEndedRequest = (
  session: ChatSession,
  reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR',
): RequestEnvelope =>
  envelope(session, {
    type: 'SessionEndedRequest',
    reason,
    ...(reason === 'ERROR'
      ? { error: { type: 'INVALID_RESPONSE', message: 'The response was not valid.' } }
      : {}),
  });
