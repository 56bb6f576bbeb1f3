import type { RequestEnvelope } from 'ask-sdk-model';
import { isObject } from '../isObject';

/**
 * Whether a parsed body has the shape the ask-sdk reads without checking: a version, a typed request (an intent
 * request with a named intent), the System context Alexa always sends with the application it is for, and, when
 * there is a session, its application and attributes as objects. Anything else is refused before the skill sees it.
 */
export function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  if (!isObject(value) || typeof value.version !== 'string') return false;
  const { request, context, session } = value;
  if (!isObject(request) || typeof request.type !== 'string') return false;
  if (
    request.type === 'IntentRequest' &&
    !(isObject(request.intent) && typeof request.intent.name === 'string')
  )
    return false;
  const system = isObject(context) ? context.System : undefined;
  if (!isObject(system) || !isObject(system.application)) return false;
  if (typeof system.application.applicationId !== 'string') return false;
  if (session === undefined) return true;
  return (
    isObject(session) &&
    isObject(session.application) &&
    (session.attributes === undefined || isObject(session.attributes))
  );
}
