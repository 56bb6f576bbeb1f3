/** The parts of a Dialogflow ES v2 webhook request the adapter reads. */
export interface WebhookRequest {
  readonly session: string;
  readonly responseId?: string;
  readonly queryResult: {
    readonly queryText?: string;
    readonly languageCode?: string;
    readonly parameters?: Record<string, unknown>;
    readonly outputContexts?: readonly OutputContext[];
    readonly intent?: { readonly displayName?: string };
  };
  readonly originalDetectIntentRequest?: {
    readonly source?: string;
    readonly payload?: Record<string, unknown>;
  };
}

/** A Dialogflow context: where the conversation's state is kept between turns. */
export interface OutputContext {
  readonly name: string;
  readonly lifespanCount?: number;
  readonly parameters?: Record<string, unknown>;
}

/** One rich message: plain text for chat channels, or SSML for the phone gateway. */
export type FulfillmentMessage =
  | { readonly text: { readonly text: readonly string[] } }
  | {
      readonly platform: 'TELEPHONY';
      readonly telephonySynthesizeSpeech: { readonly ssml: string };
    }
  | {
      readonly platform: 'TELEPHONY';
      /** Puts the call through to a number in E.164 form (v2beta1). */
      readonly telephonyTransferCall: { readonly phoneNumber: string };
    };

/** The webhook response (v2beta1 fields, as the phone gateway needs). */
export interface WebhookResponse {
  readonly fulfillmentText: string;
  readonly fulfillmentMessages: readonly FulfillmentMessage[];
  readonly outputContexts?: readonly OutputContext[];
  readonly endInteraction?: boolean;
}
