import type { ConversationState, Reply, Turn } from '../../core';
import { handleTurn } from '../../core';
import { contentFor } from '../../content';
import { log, loggableId } from '../../log';
import { seedFrom } from '../seed';
import type { CrisisButtons, WebScript } from './script';
import { crisisButtons, toScript } from './script';
import { MalformedWebTurn, parseWebTurn, toTurn } from './toTurn';

/** What `POST /web/turn` answers: the reply as a timed script, the state to send back, and the locale's numbers. */
export interface WebTurnAnswer {
  readonly script: WebScript;
  readonly state: ConversationState;
  /** The locale's crisis line and emergency number as links, for the footer and for the crisis buttons. */
  readonly contacts: CrisisButtons;
  /** Present while a crisis or emergency answer is under way: show the numbers as large buttons. */
  readonly crisis?: { readonly isMedical: boolean };
}

/** The turn's inner workings, for the inspector in development. */
export interface WebTurnTrace {
  readonly turn: Turn;
  readonly stateBefore: unknown;
  readonly reply: Reply;
}

/** An answer to the page, or a short error for a request the page did not make. */
export type WebTurnResult =
  | { readonly status: 200; readonly body: WebTurnAnswer; readonly trace?: WebTurnTrace }
  | { readonly status: 400; readonly body: { readonly error: string } };

/** Answers one turn from the page through the conversation core. */
export function answerWebTurn(body: unknown, now = new Date()): WebTurnResult {
  let request;
  try {
    request = parseWebTurn(body);
  } catch (error) {
    if (error instanceof MalformedWebTurn) return { status: 400, body: { error: error.message } };
    throw error;
  }
  const started = performance.now();
  const requestId = `${now.getTime()}-${Math.random()}`;
  const turn = toTurn(request, seedFrom(requestId), now.toISOString().slice(0, 10));
  const { reply, state } = handleTurn(turn, request.state);
  log.info('turn', {
    platform: 'web',
    requestId: loggableId(requestId),
    requestType: turn.kind,
    ...(turn.kind === 'intent' ? { intent: turn.intent } : {}),
    durationMs: Math.round(performance.now() - started),
  });
  const { content, contacts } = contentFor(turn.locale);
  const activity = state.activity;
  return {
    status: 200,
    body: {
      script: toScript(reply, content.breathing.cues),
      state,
      contacts: crisisButtons(contacts),
      ...(activity.name === 'crisis' ? { crisis: { isMedical: activity.isMedical === true } } : {}),
    },
    trace: { turn, stateBefore: request.state, reply },
  };
}
