import { randomUUID } from 'node:crypto';
import type { WebhookRequest, WebhookResponse } from '../platforms/dialogflow';
import { welcomeIntentName } from '../platforms/dialogflow';
import type { OutputContext } from '../platforms/dialogflow/webhookTypes';
import type { HeardTurn } from './conversation';
import type { UtteranceResolver } from './resolveUtterance';
import { spokenNumber } from './spokenNumber';
import { ssmlToText } from './ssmlToText';

/** Sends one webhook request and returns the webhook's response. */
export type WebhookTransport = (request: WebhookRequest) => Promise<WebhookResponse>;

/** A conversation through the Dialogflow webhook, as the phone gateway or a chat channel would hold it. */
export class DialogflowConversation {
  private readonly session = `projects/kind-recovery-chat/agent/sessions/${randomUUID()}`;
  private contexts: OutputContext[] = [];
  private isOver = false;

  constructor(
    private readonly transport: WebhookTransport,
    private readonly resolver: UtteranceResolver,
    private readonly languageCode = 'en',
  ) {}

  /** Whether the webhook has ended the conversation. */
  get hasEnded(): boolean {
    return this.isOver;
  }

  /** The call connects (the WELCOME event). */
  async open(): Promise<HeardTurn> {
    return this.send(welcomeIntentName, {}, 'WELCOME');
  }

  /** Says something; Dialogflow matches an intent and the webhook also gets the words themselves. */
  async say(words: string): Promise<HeardTurn> {
    if (this.resolver.isLaunch(words)) return this.open();
    const intent = this.resolver.resolve(words);
    const parameters = Object.fromEntries(
      Object.values(intent.slots ?? {})
        .filter((slot) => slot.value !== undefined)
        .map((slot) => {
          const resolvedId = slot.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id;
          const number = spokenNumber(slot.value ?? '');
          return [slot.name, resolvedId ?? (number === '?' ? slot.value : Number(number))];
        }),
    );
    const heard = await this.send(intent.name, parameters, words);
    const slots = Object.entries(parameters)
      .map(([name, value]) => ` ${name}=${String(value)}`)
      .join('');
    return { ...heard, understood: `${intent.name}${slots}` };
  }

  /** The caller hangs up; Dialogflow simply stops calling the webhook. */
  leave(): void {
    this.isOver = true;
  }

  private async send(
    displayName: string,
    parameters: Record<string, unknown>,
    queryText: string,
  ): Promise<HeardTurn> {
    const response = await this.transport({
      responseId: randomUUID(),
      session: this.session,
      queryResult: {
        queryText,
        languageCode: this.languageCode,
        parameters,
        outputContexts: this.contexts,
        intent: { displayName },
      },
      originalDetectIntentRequest: { source: 'DIALOGFLOW_CONSOLE', payload: {} },
    });
    this.keepContexts(response.outputContexts ?? []);
    this.isOver = response.endInteraction === true;
    const telephony = response.fulfillmentMessages.find(
      (message) => 'telephonySynthesizeSpeech' in message,
    );
    const texts = response.fulfillmentMessages.flatMap((message) =>
      'text' in message ? message.text.text : [],
    );
    return {
      speech:
        telephony && 'telephonySynthesizeSpeech' in telephony
          ? ssmlToText(telephony.telephonySynthesizeSpeech.ssml)
          : response.fulfillmentText,
      ...(texts[1] ? { card: texts[1] } : {}),
      isSessionOver: this.isOver,
    };
  }

  /** Contexts live for a number of turns, as Dialogflow counts them; the webhook's own replace them. */
  private keepContexts(fromWebhook: readonly OutputContext[]): void {
    const carried = this.contexts
      .filter((context) => !fromWebhook.some((fresh) => fresh.name === context.name))
      .map((context) => ({ ...context, lifespanCount: (context.lifespanCount ?? 1) - 1 }));
    this.contexts = [...carried, ...fromWebhook].filter(
      (context) => (context.lifespanCount ?? 0) > 0,
    );
  }
}
