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
  /** Where the skill reaches the Alexa APIs (reminders, settings). */
  readonly apiEndpoint: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
  /** The permissions the listener has granted the skill, sent with every request as Alexa does. */
  grantedScopes: string[];
  /** Makes each new id: random, as a device's are, or counted from a seed, so a conversation can be replayed. */
  readonly newId: () => string;
}

/**
 * Ids counted from `seed`, shaped like a UUID: the skill draws its variations from the request id, so a seeded
 * conversation says the same words each time it is replayed.
 */
export function seededIds(seed: number): () => string {
  let count = 0;
  return () => {
    count += 1;
    const hex = (value: number, width: number) =>
      (value >>> 0).toString(16).padStart(width, '0').slice(-width);
    return `${hex(seed, 8)}-0000-4000-8000-${hex(count, 12)}`;
  };
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
  options: Partial<
    Pick<ChatSession, 'locale' | 'applicationId' | 'hasScreen' | 'clock' | 'apiEndpoint' | 'newId'>
  > = {},
): ChatSession {
  const newId = options.newId ?? randomUUID;
  return {
    newId,
    sessionId: `amzn1.echo-api.session.${newId()}`,
    userId: `amzn1.ask.account.${newId()}`,
    locale: options.locale ?? 'en-US',
    applicationId: options.applicationId ?? 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
    hasScreen: options.hasScreen ?? false,
    clock: options.clock ?? (() => new Date()),
    apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
    isNew: true,
    attributes: {},
    grantedScopes: [],
  };
}

function envelope(session: ChatSession, request: Record<string, unknown>): RequestEnvelope {
  const application = { applicationId: session.applicationId };
  const permissions =
    session.grantedScopes.length > 0
      ? {
          consentToken: 'chat-consent-token',
          scopes: Object.fromEntries(
            session.grantedScopes.map((scope) => [scope, { status: 'GRANTED' }]),
          ),
        }
      : undefined;
  const user = { userId: session.userId, ...(permissions ? { permissions } : {}) };
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
        apiEndpoint: session.apiEndpoint,
        apiAccessToken: 'chat-token',
      },
    },
    request: {
      requestId: `amzn1.echo-api.request.${session.newId()}`,
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

/** How Alexa's permission question was answered: a grant, a refusal, or no clear answer. */
export type PermissionAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/** Alexa's answer to a `Connections.SendRequest` AskFor: the listener's choice, and the skill's token back. */
export const permissionResponse = (
  session: ChatSession,
  token: string | undefined,
  scope: string,
  answer: PermissionAnswer,
): RequestEnvelope =>
  envelope(session, {
    type: 'Connections.Response',
    name: 'AskFor',
    status: { code: '200', message: 'OK' },
    ...(token !== undefined ? { token } : {}),
    payload: { permissionScope: scope, status: answer },
  });
