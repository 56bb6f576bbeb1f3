import type { RequestHandler } from 'express';
import type { Skill } from 'ask-sdk-core';
import type { Verifier } from 'ask-sdk-express-adapter';
import { SkillRequestSignatureVerifier, TimestampVerifier } from 'ask-sdk-express-adapter';
import express from 'express';
import { log, loggableId } from '../log';
import { isRequestEnvelope } from '../platforms/alexa/isRequestEnvelope';

/** What production checks on every Alexa request: Amazon's signature and a timestamp within 150 seconds. */
export const productionVerifiers = (): Verifier[] => [
  new SkillRequestSignatureVerifier(),
  new TimestampVerifier(),
];

/** Alexa request bodies are a few kilobytes; anything far larger is not Alexa. */
const bodyLimit = '128kb';

const refused = { error: 'The request was refused.' };

/**
 * The `/alexa` route: ask-sdk-express-adapter's signature and timestamp verifiers over the raw body,
 * then the skill. Unlike the adapter's stock final handler, a request that cannot be dispatched
 * (malformed JSON, another skill's id) gets a 400 without internal detail rather than a 500.
 */
export function alexaRoute(skill: Skill, verifiers: readonly Verifier[]): RequestHandler[] {
  const dispatch: RequestHandler = async (request, response) => {
    const body: unknown = request.body;
    if (typeof body !== 'string' || body.length === 0) {
      response.status(400).json(refused);
      return;
    }
    try {
      await Promise.all(verifiers.map((verifier) => verifier.verify(body, request.headers)));
    } catch {
      log.warn('alexa request failed verification', { platform: 'alexa' });
      response.status(400).json(refused);
      return;
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(body);
    } catch {
      response.status(400).json(refused);
      return;
    }
    if (!isRequestEnvelope(envelope)) {
      response.status(400).json(refused);
      return;
    }
    try {
      response.json(await skill.invoke(envelope));
    } catch (error) {
      log.warn('alexa request could not be dispatched', {
        platform: 'alexa',
        error: loggableId((error as Error).name),
      });
      response.status(400).json(refused);
    }
  };
  return [express.text({ type: () => true, limit: bodyLimit }), dispatch];
}
