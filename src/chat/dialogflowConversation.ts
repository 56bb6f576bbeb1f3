import { randomUUID } from 'node:crypto';
import type { WebhookRequest, WebhookResponse } from '../platforms/dialogflow';
import { dialogflowNameOf, welcomeIntentName } from '../platforms/dialogflow';
import { noInputEvents, noInputIntentName } from '../platforms/dialogflow/intentNames';
import type { OutputContext } from '../platforms/dialogflow/webhookTypes';
import type { HeardTurn } from './conversation';
import type { UtteranceResolver } from './resolveUtterance';
import { spokenNumber } from './spokenNumber';
import { ssmlToText } from './ssmlToText';

/** Sends one webhook request and returns the webhook's response. */
export type WebhookTransport = (request: WebhookRequest) => Promise<WebhookResponse>;

/** The resolver's names for what Dialogflow names otherwise. */
const dialogflowNames: Readonly<Record<string, string>> = {
  'AMAZON.FallbackIntent': dialogflowNameOf.fallback,
};

/** The event the phone gateway sends when the caller says nothing. */
const [noInputEvent = 'TELEPHONY_NO_INPUT'] = noInputEvents;

/** A conversation through the Dialogflow webhook, as the phone gateway or a chat channel would hold it. */
export class DialogflowConversation {
  private readonly session = `projects/kind-recovery-chat/agent/sessions/${randomUUID()}`;
  private contexts: OutputContext[] = [];
  private isOver = false;

  /**
   * With `isPhoneCall`, requests come as the phone gateway sends them (source GOOGLE_TELEPHONY), so the webhook
   * answers a call; otherwise as a chat channel or the console sends them.
   */
  constructor(
    private readonly transport: WebhookTransport,
    private readonly resolver: UtteranceResolver,
    private readonly languageCode = 'en',
    private readonly options: { readonly isPhoneCall?: boolean } = {},
  ) {}

  /** Whether the webhook has ended the conversation. */
  get hasEnded(): boolean {
    return this.isOver;
  }

  /** The call connects (the WELCOME event). */
  async open(): Promise<HeardTurn> {
    return this.send(welcomeIntentName, {}, 'WELCOME');
  }

  /**
   * Says something; Dialogflow matches an intent and the webhook also gets the words themselves. An empty line is
   * silence: the gateway's no-input event, which the webhook answers.
   */
  async say(words: string): Promise<HeardTurn> {
    if (words.trim() === '') {
      const heard = await this.send(noInputIntentName, {}, noInputEvent);
      return { ...heard, understood: `${noInputIntentName} (event ${noInputEvent})` };
    }
    if (this.resolver.isLaunch(words)) return this.open();
    const resolved = this.resolver.resolve(words);
    const intent = { ...resolved, name: dialogflowNames[resolved.name] ?? resolved.name };
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
      originalDetectIntentRequest: {
        source: this.options.isPhoneCall ? 'GOOGLE_TELEPHONY' : 'DIALOGFLOW_CONSOLE',
        payload: {},
      },
    });
    this.keepContexts(response.outputContexts ?? []);
    const transfer = response.fulfillmentMessages.find(
      (message) => 'telephonyTransferCall' in message,
    );
    const transferredTo =
      transfer && 'telephonyTransferCall' in transfer
        ? transfer.telephonyTransferCall.phoneNumber
        : undefined;
    // A call put through has left the webhook, though it is not hung up.
    this.isOver = response.endInteraction === true || transferredTo !== undefined;
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
      ...(transferredTo
        ? { notes: [`The phone line puts the call through to ${transferredTo}.`] }
        : {}),
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
