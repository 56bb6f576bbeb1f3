import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import type { ChatSession } from './alexaRequests';
import type { Transport } from './transport';
import type { UtteranceResolver } from './resolveUtterance';
import { intentRequest, launchRequest, sessionEndedRequest } from './alexaRequests';
import { ssmlToText } from './ssmlToText';

/** What one turn sounded like, ready to print. */
export interface HeardTurn {
  /** The intent the words resolved to, with its slot values. */
  readonly understood?: string;
  readonly speech: string;
  readonly reprompt?: string;
  readonly card?: string;
  readonly isSessionOver: boolean;
}

function speechOf(outputSpeech: ui.OutputSpeech | undefined): string {
  if (!outputSpeech) return '';
  return outputSpeech.type === 'SSML' ? ssmlToText(outputSpeech.ssml) : outputSpeech.text;
}

function cardOf(card: ui.Card | undefined): string | undefined {
  if (!card || card.type !== 'Simple') return undefined;
  return `${card.title ?? ''}\n${card.content ?? ''}`.trim();
}

/** A conversation with the skill: words in, what the listener would hear out. */
export class Conversation {
  private silentTurns = 0;
  private isOver = false;

  constructor(
    private readonly session: ChatSession,
    private readonly transport: Transport,
    private readonly resolver: UtteranceResolver,
  ) {}

  /** Whether the skill has ended the session. */
  get hasEnded(): boolean {
    return this.isOver;
  }

  /** "Alexa, open kind recovery". */
  async open(): Promise<HeardTurn> {
    return this.send(await this.transport(launchRequest(this.session)));
  }

  /**
   * Says something; an empty line is silence, and a second silence closes the session as Alexa would.
   * Said before `open()`, it is a one-shot request ("Alexa, ask kind recovery for an affirmation").
   */
  async say(words: string): Promise<HeardTurn> {
    if (words.trim() === '') return this.silence();
    this.silentTurns = 0;
    if (this.resolver.isLaunch(words)) return this.open();
    const intent = this.resolver.resolve(words);
    const slots = Object.values(intent.slots ?? {})
      .filter((slot) => slot.value !== undefined)
      .map(
        (slot) =>
          ` ${slot.name}=${slot.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id ?? slot.value}`,
      )
      .join('');
    const heard = await this.send(await this.transport(intentRequest(this.session, intent)));
    return { ...heard, understood: `${intent.name}${slots}` };
  }

  /** The listener leaves (Ctrl-D): the platform tells the skill the session ended. */
  async leave(): Promise<void> {
    if (this.isOver) return;
    this.isOver = true;
    await this.transport(sessionEndedRequest(this.session, 'USER_INITIATED'));
  }

  private async silence(): Promise<HeardTurn> {
    this.silentTurns += 1;
    if (this.silentTurns === 1 && this.lastReprompt) {
      return { speech: this.lastReprompt, isSessionOver: false };
    }
    this.isOver = true;
    await this.transport(sessionEndedRequest(this.session, 'EXCEEDED_MAX_REPROMPTS'));
    return { speech: '', isSessionOver: true };
  }

  private lastReprompt: string | undefined;

  private send(envelope: ResponseEnvelope): HeardTurn {
    const { response } = envelope;
    this.session.isNew = false;
    this.session.attributes = envelope.sessionAttributes ?? {};
    this.isOver = response.shouldEndSession !== false;
    const reprompt = speechOf(response.reprompt?.outputSpeech) || undefined;
    this.lastReprompt = reprompt;
    return {
      speech: speechOf(response.outputSpeech),
      ...(reprompt ? { reprompt } : {}),
      ...(cardOf(response.card) ? { card: cardOf(response.card) } : {}),
      isSessionOver: this.isOver,
    };
  }
}
