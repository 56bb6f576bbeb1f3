import type { ErrorRequestHandler } from 'express';
import type { Skill } from 'ask-sdk-core';
import type { Verifier } from 'ask-sdk-express-adapter';
import express from 'express';
import { join } from 'node:path';
import { createSkill } from '../platforms/alexa';
import { storeFromEnvironment } from '../storage/storeFromEnvironment';
import { alexaRoute, productionVerifiers } from './alexaRoute';
import type { DialogflowAccess } from '../platforms/dialogflow';
import { dialogflowAccessFromEnvironment } from '../platforms/dialogflow';
import { dialogflowRoute } from './dialogflowRoute';
import { pageRoute, webTurnRoute } from './webRoute';
import { inspectorRoutes, type TurnLog } from './inspectorRoute';

/** The chimes folder, from the source tree (dev runs from source). */
const audioFolder = join(__dirname, '..', '..', 'audio');

/** How the app is put together; production verifies every Alexa request. */
export interface AppOptions {
  /** Check Alexa request signatures and timestamps (off only in local development). */
  readonly isVerifying: boolean;
  readonly skill?: Skill;
  /** The checks on `/alexa`; by default Amazon's signature and timestamp when verifying, none otherwise. */
  readonly alexaVerifiers?: readonly Verifier[];
  /** Who may call `/dialogflow`; by default, as the environment says (refused in production when unset). */
  readonly dialogflowAccess?: DialogflowAccess;
  /** Serve the turn inspector at `/inspect` (development only: it shows what was said). */
  readonly hasInspector?: boolean;
}

/** Errors from body parsing (too large, bad encoding) answered briefly, never with a stack trace. */
const briefErrors: ErrorRequestHandler = (
  error: { status?: number },
  _request,
  response,
  _next,
) => {
  const status =
    typeof error.status === 'number' && error.status >= 400 && error.status < 500
      ? error.status
      : 500;
  response
    .status(status)
    .json({ error: status === 413 ? 'The request is too large.' : 'The request was refused.' });
};

/** The HTTP app, built without listening, so tests and entry points share it. */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Every answer is a fresh reply to a POST; hashing each body for an ETag would only cost time.
  app.set('etag', false);
  const skill =
    options.skill ??
    createSkill({ skillId: process.env.ALEXA_SKILL_ID, store: storeFromEnvironment() });
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  const verifiers = options.alexaVerifiers ?? (options.isVerifying ? productionVerifiers() : []);
  app.post('/alexa', ...alexaRoute(skill, verifiers));
  // In development the chimes are served here; in production they come from AUDIO_BASE_URL over HTTPS.
  if (!options.isVerifying) app.use('/audio', express.static(audioFolder));
  const access = options.dialogflowAccess ?? dialogflowAccessFromEnvironment(!options.isVerifying);
  app.post('/dialogflow', ...dialogflowRoute(access));
  const turnLog: TurnLog | undefined = options.hasInspector ? [] : undefined;
  app.post(
    '/web/turn',
    ...webTurnRoute(turnLog && ((body, result) => turnLog.push({ body, result }))),
  );
  if (turnLog) app.use('/inspect', ...inspectorRoutes(turnLog));
  app.use(pageRoute());
  app.use((_request, response) => {
    response.status(404).json({ error: 'Not found.' });
  });
  app.use(briefErrors);
  return app;
}
