import type { RequestHandler, Response } from 'express';
import express from 'express';
import type { DialogflowAccess, HttpAnswer } from '../platforms/dialogflow';
import { answerBody, refuseByHead, webhookBodyLimitBytes } from '../platforms/dialogflow';

function send(response: Response, answer: HttpAnswer): void {
  response.status(answer.status).set(answer.headers).json(answer.body);
}

/**
 * The `/dialogflow` route: the method and basic auth are checked before the body is read, then a raw body of
 * at most 64 KiB goes to the same HTTP rules the Lambda handler uses.
 */
export function dialogflowRoute(access: DialogflowAccess): RequestHandler[] {
  const checkHead: RequestHandler = (request, response, next) => {
    const refusal = refuseByHead(
      {
        method: request.method,
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
      },
      access,
    );
    if (refusal) send(response, refusal);
    else next();
  };
  const answer: RequestHandler = (request, response) => {
    const body: unknown = request.body;
    send(response, answerBody(typeof body === 'string' ? body : undefined));
  };
  return [checkHead, express.text({ type: () => true, limit: webhookBodyLimitBytes }), answer];
}
