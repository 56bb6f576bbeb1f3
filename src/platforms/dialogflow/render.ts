import type { ConversationState, Reply } from '../../core';
import { googleSpeech, toPlainText, toSsml } from '../../speech';
import { stateContext } from './stateContext';
import type { FulfillmentMessage, WebhookResponse } from './webhookTypes';

/** Writes a neutral reply as a webhook response: plain text for chat, SSML for the phone, state in one context. */
export function render(
  reply: Reply,
  session: string,
  state: ConversationState,
  hasStateChanged: boolean,
): WebhookResponse {
  const text = toPlainText(reply.speech);
  const cardMessages: FulfillmentMessage[] = reply.card
    ? [{ text: { text: [`${reply.card.title}\n${reply.card.text}`] } }]
    : [];
  const isEnding = !reply.isListening;
  return {
    fulfillmentText: text,
    fulfillmentMessages: [
      { text: { text: [text] } },
      ...cardMessages,
      {
        platform: 'TELEPHONY',
        telephonySynthesizeSpeech: {
          ssml: toSsml(reply.speech, googleSpeech, {
            audioBaseUrl: process.env.AUDIO_BASE_URL,
            isQuiet: reply.isQuiet === true,
          }),
        },
      },
      ...(reply.transferTo
        ? [
            {
              platform: 'TELEPHONY' as const,
              telephonyTransferCall: { phoneNumber: reply.transferTo },
            },
          ]
        : []),
    ],
    ...(hasStateChanged || isEnding
      ? { outputContexts: [stateContext(session, state, isEnding)] }
      : {}),
    // A call put through is not hung up: the transfer ends the webhook's part in it.
    ...(isEnding && !reply.transferTo ? { endInteraction: true } : {}),
  };
}
