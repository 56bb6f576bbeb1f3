import type {
  OutputContext,
  WebhookRequest,
  WebhookResponse,
} from '../../src/platforms/dialogflow/webhookTypes';
import { check } from 'ssml-check-core';
import { answerWebhook } from '../../src/platforms/dialogflow';
import { webhookResponseProblems } from './dialogflowProto';

/** The session the fixtures speak in. */
export const session =
  'projects/kind-recovery-prod/agent/sessions/5a1f2c9e-8d3b-4e7a-9c61-0b2d4f6a8e10';

interface RequestOptions {
  readonly queryText?: string;
  readonly parameters?: Record<string, unknown>;
  readonly contexts?: readonly OutputContext[];
  readonly languageCode?: string;
  readonly source?: string;
  readonly payload?: Record<string, unknown>;
  readonly responseId?: string;
}

/** A webhook request shaped as Dialogflow ES sends it, for an intent by display name. */
export function webhookRequest(displayName: string, options: RequestOptions = {}): WebhookRequest {
  return {
    responseId: options.responseId ?? '3f2a9c7e-1b4d-4e8f-a6c2-9d0e1f2a3b4c-e15c53b8',
    session,
    queryResult: {
      queryText: options.queryText ?? '',
      parameters: options.parameters ?? {},
      allRequiredParamsPresent: true,
      fulfillmentMessages: [{ text: { text: [''] } }],
      outputContexts: [...(options.contexts ?? [])],
      intent: {
        name: 'projects/kind-recovery-prod/agent/intents/0d2c1b7a-4e5f-4a6b-8c9d-1e2f3a4b5c6d',
        displayName,
      },
      intentDetectionConfidence: 0.92,
      languageCode: options.languageCode ?? 'en-us',
    },
    originalDetectIntentRequest: {
      source: options.source ?? 'GOOGLE_TELEPHONY',
      payload: options.payload ?? {},
    },
  } as WebhookRequest;
}

/** Problems Dialogflow or the phone gateway would have with a response; an empty list means none. */
export async function webhookProblems(response: WebhookResponse): Promise<string[]> {
  const problems = webhookResponseProblems(response);
  const size = Buffer.byteLength(JSON.stringify(response));
  if (size > 64 * 1024) problems.push(`the response is ${size} bytes, over 64 KiB`);
  for (const message of response.fulfillmentMessages) {
    if (!('telephonySynthesizeSpeech' in message)) continue;
    const errors = await check(message.telephonySynthesizeSpeech.ssml, { platform: 'google' });
    if (errors) problems.push(`telephony SSML: ${JSON.stringify(errors)}`);
  }
  return problems;
}

/** Sends a request through the webhook adapter as JSON would carry it, and checks the response strictly. */
export async function answerChecked(request: WebhookRequest): Promise<WebhookResponse> {
  const result = answerWebhook(JSON.parse(JSON.stringify(request)));
  if (result.status !== 200) throw new Error(`400: ${result.body.error}`);
  const problems = await webhookProblems(result.body);
  if (problems.length > 0)
    throw new Error(`Dialogflow would reject this response:\n${problems.join('\n')}`);
  return result.body;
}

/** The contexts Dialogflow sends on the next turn: the webhook's, with lifespans counted down. */
export function nextContexts(
  previous: readonly OutputContext[],
  response: WebhookResponse,
): OutputContext[] {
  const fresh = response.outputContexts ?? [];
  const carried = previous
    .filter((context) => !fresh.some((candidate) => candidate.name === context.name))
    .map((context) => ({ ...context, lifespanCount: (context.lifespanCount ?? 1) - 1 }));
  return [...carried, ...fresh].filter((context) => (context.lifespanCount ?? 0) > 0);
}
