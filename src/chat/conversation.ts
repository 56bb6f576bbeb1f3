import type { Directive, ResponseEnvelope, ui } from 'ask-sdk-model';
import type { AlexaApis } from './alexaApis';
import type { ChatSession, PermissionAnswer } from './alexaRequests';
import type { Transport } from './transport';
import type { UtteranceResolver } from './resolveUtterance';
import {
  intentRequest,
  launchRequest,
  permissionResponse,
  sessionEndedRequest,
} from './alexaRequests';
import { describeApiCall, describeScreen, permissionToDo } from './deviceView';
import { ssmlToText } from './ssmlToText';

/** What one turn sounded like, ready to print. */
export interface HeardTurn {
  /** The intent the words resolved to, with its slot values. */
  readonly understood?: string;
  readonly speech: string;
  readonly reprompt?: string;
  readonly card?: string;
  /** What a screen shows: its text, and how a breathing circle moves. */
  readonly screen?: readonly string[];
  /** What the device did for the skill, such as a reminder set. */
  readonly notes?: readonly string[];
  /** A question Alexa itself asks on the skill's behalf, waiting on an answer (a permission). */
  readonly asks?: string;
  readonly isSessionOver: boolean;
}

function speechOf(outputSpeech: ui.OutputSpeech | undefined): string {
  if (!outputSpeech) return '';
  return outputSpeech.type === 'SSML' ? ssmlToText(outputSpeech.ssml) : outputSpeech.text;
}

function cardOf(card: ui.Card | undefined): string | undefined {
  if (card?.type === 'Simple') return `${card.title ?? ''}\n${card.content ?? ''}`.trim();
  if (card?.type === 'Standard') return `${card.title ?? ''}\n${card.text ?? ''}`.trim();
  if (card?.type === 'AskForPermissionsConsent') {
    const wanted = card.permissions.map(permissionToDo).join(' and ');
    return `In the Alexa app: a request for permission to ${wanted}.`;
  }
  return undefined;
}

/** A permission Alexa is asking the listener for, on the skill's behalf. */
interface PendingPermission {
  readonly scope: string;
  readonly token: string | undefined;
}

/** The permission a `Connections.SendRequest` AskFor directive asks for, if there is one. */
function permissionAskedIn(
  directives: readonly Directive[] | undefined,
): PendingPermission | undefined {
  const askFor = directives?.find(
    (directive) =>
      directive.type === 'Connections.SendRequest' &&
      (directive as { name?: string }).name === 'AskFor',
  ) as
    { token?: string; payload?: { permissionScopes?: { permissionScope?: string }[] } } | undefined;
  const scope = askFor?.payload?.permissionScopes?.[0]?.permissionScope;
  return askFor && scope ? { scope, token: askFor.token } : undefined;
}

/** The APL document a response renders, if there is one. */
function documentIn(directives: readonly Directive[] | undefined): unknown {
  const render = directives?.find(
    (directive) => directive.type === 'Alexa.Presentation.APL.RenderDocument',
  ) as { document?: unknown } | undefined;
  return render?.document;
}

/** The listener's spoken answer to Alexa's permission question. */
export function permissionAnswerOf(words: string): PermissionAnswer {
  const said = words.trim().toLowerCase();
  if (/^(y|yes|yeah|yep|sure|ok|okay|grant|allow|i approve|approve)\b/.test(said))
    return 'ACCEPTED';
  if (/^(n|no|nope|deny|refuse|don't|do not)\b/.test(said)) return 'DENIED';
  return 'NOT_ANSWERED';
}

/** A conversation with the skill: words in, what the listener would hear out. */
export class Conversation {
  private silentTurns = 0;
  private isOver = false;

  private pendingPermission: PendingPermission | undefined;

  constructor(
    private readonly session: ChatSession,
    private readonly transport: Transport,
    private readonly resolver: UtteranceResolver,
    /** The stand-in for the Alexa APIs at the session's apiEndpoint, to show what the skill asked of them. */
    private readonly apis?: AlexaApis,
  ) {}

  /** Whether Alexa is waiting on the listener's answer to a permission question. */
  get isAskingPermission(): boolean {
    return this.pendingPermission !== undefined;
  }

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
    if (this.pendingPermission) return this.answerPermission(permissionAnswerOf(words));
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

  /**
   * Answers Alexa's permission question as the listener would; Alexa then sends the skill a Connections.Response,
   * with the permission in the request's context once it is granted.
   */
  async answerPermission(answer: PermissionAnswer): Promise<HeardTurn> {
    const pending = this.pendingPermission;
    if (!pending) throw new Error('Alexa is not asking for a permission.');
    this.pendingPermission = undefined;
    if (answer === 'ACCEPTED' && !this.session.grantedScopes.includes(pending.scope))
      this.session.grantedScopes.push(pending.scope);
    const request = permissionResponse(this.session, pending.token, pending.scope, answer);
    const heard = await this.send(await this.transport(request));
    return { ...heard, understood: `Connections.Response AskFor ${answer}` };
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
    // While Alexa asks for a permission the session waits on the answer, which comes back to the skill.
    this.pendingPermission = permissionAskedIn(response.directives);
    this.isOver = response.shouldEndSession !== false && !this.pendingPermission;
    const reprompt = speechOf(response.reprompt?.outputSpeech) || undefined;
    this.lastReprompt = reprompt;
    const card = cardOf(response.card);
    const screen = this.session.hasScreen ? describeScreen(documentIn(response.directives)) : [];
    const notes = (this.apis?.takeCalls() ?? [])
      .map(describeApiCall)
      .filter((note): note is string => note !== undefined);
    const asks = this.pendingPermission
      ? `Alexa asks for permission to ${permissionToDo(this.pendingPermission.scope)}.`
      : undefined;
    return {
      speech: speechOf(response.outputSpeech),
      ...(reprompt ? { reprompt } : {}),
      ...(card ? { card } : {}),
      ...(screen.length > 0 ? { screen } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      ...(asks ? { asks } : {}),
      isSessionOver: this.isOver,
    };
  }
}
