import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatSession } from '../../src/chat/alexaRequests';
import type { InteractionModel } from '../../src/chat/resolveUtterance';
import { middayToday, newSession } from '../../src/chat/alexaRequests';
import { Conversation } from '../../src/chat/conversation';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { ssmlToText } from '../../src/chat/ssmlToText';
import { createSkill } from '../../src/platforms/alexa';

/** The generated en-US interaction model, as a real client would load it. */
export function generatedModel(locale = 'en-US'): InteractionModel {
  const path = join(__dirname, '..', '..', 'interaction-models', 'alexa', `${locale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
}

/** What the listener hears from a response, as readable text. */
export function heard(envelope: ResponseEnvelope): string {
  const speech = envelope.response.outputSpeech;
  if (!speech) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text;
}

/** What the listener hears if they stay quiet. */
export function repromptHeard(envelope: ResponseEnvelope): string {
  const speech = envelope.response.reprompt?.outputSpeech;
  if (!speech) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text;
}

/** The answers Alexa reads: an intent and a slot's understanding may be a maybe; a slot's fulfilment may not. */
const yesNoMaybe: readonly string[] = ['YES', 'NO', 'MAYBE'];
const yesNo: readonly string[] = ['YES', 'NO'];

/**
 * Problems with an answer to a CanFulfillIntentRequest, which must answer and do nothing else: no speech, no
 * reprompt, no card, no directive, no session decision.
 */
function canFulfillProblems(envelope: ResponseEnvelope): string[] {
  const { canFulfillIntent, ...rest } = envelope.response;
  if (!canFulfillIntent) return ['a CanFulfillIntentRequest met no canFulfillIntent answer'];
  const problems = Object.keys(rest).map((field) => `a can-fulfil answer carries ${field}`);
  if (!yesNoMaybe.includes(canFulfillIntent.canFulfill))
    problems.push(`canFulfill is ${String(canFulfillIntent.canFulfill)}`);
  for (const [name, slot] of Object.entries(canFulfillIntent.slots ?? {})) {
    if (!yesNoMaybe.includes(slot.canUnderstand))
      problems.push(`slot ${name} canUnderstand is ${String(slot.canUnderstand)}`);
    if (!yesNo.includes(String(slot.canFulfill)))
      problems.push(`slot ${name} canFulfill is ${String(slot.canFulfill)}`);
  }
  return problems;
}

/**
 * Problems Alexa would have with a response; an empty list means it would be accepted. The request, where given,
 * says what kind of answer is due: a CanFulfillIntentRequest gets its own, speechless check.
 */
export async function alexaResponseProblems(
  envelope: ResponseEnvelope,
  request?: RequestEnvelope,
): Promise<string[]> {
  if (request?.request.type === 'CanFulfillIntentRequest' || envelope.response.canFulfillIntent)
    return canFulfillProblems(envelope);
  const problems: string[] = [];
  const { response } = envelope;
  for (const [where, speech] of [
    ['speech', response.outputSpeech],
    ['reprompt', response.reprompt?.outputSpeech],
  ] as const) {
    if (!speech) continue;
    if (speech.type !== 'SSML') continue;
    if (speech.ssml.length >= 8000) problems.push(`${where} is ${speech.ssml.length} characters`);
    const errors = await check(speech.ssml, { platform: 'amazon' });
    if (errors) problems.push(`${where} SSML: ${JSON.stringify(errors)}`);
    for (const match of speech.ssml.matchAll(/<break time='(\d+)ms'\/>/g)) {
      if (Number(match[1]) > 10000) problems.push(`${where} has a break of ${match[1]} ms`);
    }
  }
  if (response.shouldEndSession === false) {
    if (!response.reprompt) problems.push('the session stays open without a reprompt');
    if (!heard(envelope).trim().endsWith('?'))
      problems.push(`open session does not end with a question: "${heard(envelope).slice(-80)}"`);
    if (!repromptHeard(envelope).trim().endsWith('?'))
      problems.push('reprompt does not end with a question');
  }
  if (response.shouldEndSession === true && response.reprompt)
    problems.push('a closing response carries a reprompt');
  return problems;
}

/** A request envelope through the real skill, every response checked against Alexa's rules. */
export async function invokeChecked(
  request: RequestEnvelope,
  skill = createSkill(),
): Promise<ResponseEnvelope> {
  const response = await skill.invoke(request);
  const problems = await alexaResponseProblems(response, request);
  if (problems.length > 0)
    throw new Error(`Alexa would reject this response:\n${problems.join('\n')}`);
  return response;
}

/** A spoken conversation with the real skill, resolved against the generated model, every response checked. */
export class CheckedConversation {
  readonly responses: ResponseEnvelope[] = [];
  readonly conversation: Conversation;
  readonly session: ChatSession;

  constructor(options: { locale?: string; hasScreen?: boolean } = {}) {
    const skill = createSkill();
    this.session = newSession({ ...options, clock: middayToday });
    this.conversation = new Conversation(
      this.session,
      async (request) => {
        const response = await invokeChecked(request, skill);
        this.responses.push(response);
        return response;
      },
      new UtteranceResolver(generatedModel(options.locale)),
    );
  }

  /** The last response the skill gave. */
  get last(): ResponseEnvelope {
    const last = this.responses[this.responses.length - 1];
    if (!last) throw new Error('nothing has been said yet');
    return last;
  }
}
