import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { HeardTurn } from '../../src/chat/conversation';
import type { InteractionModel } from '../../src/chat/resolveUtterance';
import type { Answer } from './figures';
import { middayToday, newSession } from '../../src/chat/alexaRequests';
import { Conversation } from '../../src/chat/conversation';
import { agentAsModel } from '../../src/chat/dialogflowAgentModel';
import { DialogflowConversation } from '../../src/chat/dialogflowConversation';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { inProcess, webhookInProcess } from '../../src/chat/transport';
import { en } from '../../src/content/en';

const modelsFolder = join(__dirname, '..', '..', 'interaction-models');

/** The first words of each variation, enough to know which answer was heard. */
const openings = (variations: readonly (readonly unknown[])[]) =>
  variations.map((lines) => String(lines.find((line) => typeof line === 'string') ?? ''));

const slipOpenings = openings(en.safety.slip);
const { medication } = en.safety;
const medicationOpenings = openings([
  ...medication.question,
  ...medication.statement,
  ...medication.mixing,
  medication.runningOut([]),
]);
const questions = [en.safety.askDirectly.aboutEndingLife, en.safety.askDirectly.aboutHarm];

/** A number, a unit or a share in a medication answer would be a dose: the refusal must carry none. */
const doseWords = /\d|\bmilligrams?\b|\bmg\b|\bpercent\b|\bhalf\b|\bquarter\b/i;

/** Which answer a listener heard, told from what was said and shown. */
export function answerHeard(turn: HeardTurn): Answer {
  // Pauses are written into the heard text as "[pause 0.5s]"; only words count.
  const speech = turn.speech.replace(/\[pause [\d.]+s\]/g, ' ');
  const cardTitles = [en.crisis.cardTitle, en.emergency.cardTitle];
  if (cardTitles.some((title) => turn.card?.startsWith(title))) return 'emergency';
  if (questions.some((question) => speech.includes(question))) return 'question';
  if (slipOpenings.some((opening) => speech.includes(opening))) return 'slip';
  const isRefusal = medicationOpenings.some((opening) => speech.includes(opening));
  return isRefusal && /prescriber/.test(speech) && !doseWords.test(speech) ? 'medication' : 'other';
}

/**
 * What a listener hears for each statement said right after "Alexa, open kind recovery", heard through the en-US
 * model; with `isCatchingAll` false, speech that opens with no carrier is taken to reach Alexa's fallback, without
 * its words.
 */
export async function alexaTurns(
  statements: readonly string[],
  isCatchingAll = true,
): Promise<HeardTurn[]> {
  const model = JSON.parse(
    readFileSync(join(modelsFolder, 'alexa', 'en-US.json'), 'utf8'),
  ) as InteractionModel;
  const resolver = new UtteranceResolver(model, { isCatchingAll });
  const transport = inProcess();
  const turns: HeardTurn[] = [];
  for (const statement of statements) {
    const session = newSession({ locale: 'en-US', clock: middayToday });
    const conversation = new Conversation(session, transport, resolver);
    await conversation.open();
    turns.push(await conversation.say(statement));
  }
  return turns;
}

/** What a listener hears for each statement said on the US phone line right after it answers. */
export async function phoneTurns(statements: readonly string[]): Promise<HeardTurn[]> {
  const resolver = new UtteranceResolver(agentAsModel(join(modelsFolder, 'dialogflow', 'agent')));
  const transport = webhookInProcess();
  const turns: HeardTurn[] = [];
  for (const statement of statements) {
    const conversation = new DialogflowConversation(transport, resolver, 'en-us');
    await conversation.open();
    turns.push(await conversation.say(statement));
  }
  return turns;
}

/** The answer each statement gets on Alexa, as the safety figures count it. */
export const alexaAnswers = async (statements: readonly string[], isCatchingAll = true) =>
  (await alexaTurns(statements, isCatchingAll)).map(answerHeard);

/** The answer each statement gets on the phone line, as the safety figures count it. */
export const phoneAnswers = async (statements: readonly string[]) =>
  (await phoneTurns(statements)).map(answerHeard);
