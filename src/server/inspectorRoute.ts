import type { RequestHandler } from 'express';
import { ResponseFactory } from 'ask-sdk-core';
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Reply } from '../core';
import { render as renderAlexa } from '../platforms/alexa/respond';
import { render as renderDialogflow } from '../platforms/dialogflow/render';
import type { WebTurnResult } from '../platforms/web';
import { pageHeaders } from './webRoute';

/** The turns the page has taken since the dev server started, newest last (development only, never stored). */
export type TurnLog = { body: unknown; result: WebTurnResult }[];

/** How many turns the inspector keeps. */
const keptTurns = 50;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const json = (value: unknown) => escapeHtml(JSON.stringify(value, null, 2) ?? 'undefined');

/** What the Alexa adapter would answer with this reply, on a device with a screen. */
function alexaResponse(reply: Reply) {
  const requestEnvelope = {
    context: { System: { device: { supportedInterfaces: { 'Alexa.Presentation.APL': {} } } } },
  } as unknown as RequestEnvelope;
  const input = { requestEnvelope, responseBuilder: ResponseFactory.init() } as HandlerInput;
  return renderAlexa(input, reply);
}

/** Every SSML string in a response, checked as the platform would; problems listed, or "ok". */
async function checkedSsml(
  response: unknown,
  platform: 'amazon' | 'google',
): Promise<{ ssml: string; problems: unknown }[]> {
  // A development dependency, loaded only when the inspector is asked for.
  const { check } = await import('ssml-check-core');
  const found = [...JSON.stringify(response).matchAll(/"(<speak>.*?<\/speak>)"/g)].map(
    (match) => JSON.parse(`"${match[1]}"`) as string,
  );
  return Promise.all(
    found.map(async (ssml) => ({
      ssml,
      problems: (await check(ssml, { platform })) ?? 'ok',
    })),
  );
}

async function turnSection(entry: TurnLog[number], index: number): Promise<string> {
  const { body, result } = entry;
  if (result.status !== 200 || !result.trace) {
    return `<section><h2>Turn ${index + 1}: refused</h2><pre>${json(result.body)}</pre></section>`;
  }
  const { turn, stateBefore, reply } = result.trace;
  const alexa = alexaResponse(reply);
  const dialogflow = renderDialogflow(
    reply,
    'projects/inspector/agent/sessions/inspector',
    result.body.state,
    true,
  );
  const parts: [string, unknown][] = [
    ['What the page sent', body],
    ['The neutral Turn', turn],
    ['State before', stateBefore ?? '(none: a new conversation)'],
    ['The Reply', reply],
    ['State after', result.body.state],
    ['What the page received', result.body],
    ['The Alexa response', alexa],
    ['Alexa SSML checked', await checkedSsml(alexa, 'amazon')],
    ['The Dialogflow response', dialogflow],
    ['Dialogflow SSML checked', await checkedSsml(dialogflow, 'google')],
  ];
  const heading = turn.kind === 'intent' ? `${turn.kind}: ${turn.intent}` : turn.kind;
  return `<section><h2>Turn ${index + 1} (${escapeHtml(heading)})</h2>${parts
    .map(
      ([title, value], part) =>
        `<details${part === 1 || part === 3 ? ' open' : ''}><summary>${title}</summary><pre>${json(value)}</pre></details>`,
    )
    .join('')}</section>`;
}

/** `GET /inspect`: each turn the page took, from the inside, newest first. Plain HTML, no scripts. */
export function inspectorRoutes(turns: TurnLog): RequestHandler[] {
  const page: RequestHandler = (_request, response, next) => {
    turns.splice(0, Math.max(0, turns.length - keptTurns));
    Promise.all(turns.map((entry, index) => turnSection(entry, index)))
      .then((sections) => {
        response
          .status(200)
          .set(pageHeaders)
          .set('Cache-Control', 'no-store')
          .type('html')
          .send(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kind Recovery turn inspector</title><link rel="stylesheet" href="/inspect.css"></head><body><main><h1>Turn inspector</h1><p>Each turn the page at <a href="/">/</a> has taken since this development server started, newest first. Reload to see new turns. Nothing here is stored.</p>${
              sections.reverse().join('') || '<p>No turns yet.</p>'
            }</main></body></html>`,
          );
      })
      .catch(next);
  };
  return [page];
}
