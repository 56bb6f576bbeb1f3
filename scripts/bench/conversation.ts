import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { middayToday, newSession } from '../../src/chat/alexaRequests';
import { Conversation } from '../../src/chat/conversation';
import { agentAsModel } from '../../src/chat/dialogflowAgentModel';
import { DialogflowConversation } from '../../src/chat/dialogflowConversation';
import type { InteractionModel } from '../../src/chat/resolveUtterance';
import { UtteranceResolver } from '../../src/chat/resolveUtterance';
import { createSkill } from '../../src/platforms/alexa';
import type { WebhookRequest } from '../../src/platforms/dialogflow';
import { answerWebhook } from '../../src/platforms/dialogflow';
import type { WebhookResponse } from '../../src/platforms/dialogflow/webhookTypes';
import { MemoryStore } from '../../src/storage/memoryStore';
import { projectRoot } from '../lambda/packageFunctions';

/** What a listener says in a realistic visit: a breathing practice, affirmations, a lesson, goodbye. */
export const visit = [
  'help me breathe',
  'yes',
  'give me an affirmation',
  'another one',
  'teach me about resilience',
  'tell me more',
  'stop',
] as const;

/** The skill id every recorded Alexa request is addressed to. */
export const benchSkillId = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The Alexa requests of one visit, recorded once so a benchmark replays them without resolving words. */
export async function recordedAlexaVisit(): Promise<RequestEnvelope[]> {
  const model = JSON.parse(
    readFileSync(join(projectRoot, 'interaction-models', 'alexa', 'en-US.json'), 'utf8'),
  ) as InteractionModel;
  const skill = createSkill({ skillId: benchSkillId, store: new MemoryStore() });
  const requests: RequestEnvelope[] = [];
  const conversation = new Conversation(
    newSession({ applicationId: benchSkillId, clock: middayToday }),
    (request): Promise<ResponseEnvelope> => {
      requests.push(structuredClone(request));
      return skill.invoke(request);
    },
    new UtteranceResolver(model),
  );
  await conversation.open();
  for (const words of visit) await conversation.say(words);
  return requests;
}

/** The webhook requests of a conversation through Dialogflow: the welcome, then each line said. */
async function recordedWebhookConversation(lines: readonly string[]): Promise<WebhookRequest[]> {
  const agent = agentAsModel(join(projectRoot, 'interaction-models', 'dialogflow', 'agent'));
  const requests: WebhookRequest[] = [];
  const conversation = new DialogflowConversation(
    async (request): Promise<WebhookResponse> => {
      requests.push(structuredClone(request));
      const answer = answerWebhook(request);
      if (answer.status !== 200) throw new Error(answer.body.error);
      return answer.body;
    },
    new UtteranceResolver(agent),
    'en-us',
  );
  await conversation.open();
  for (const words of lines) await conversation.say(words);
  return requests;
}

/** The webhook requests of the same visit through Dialogflow, recorded the same way. */
export function recordedWebhookVisit(): Promise<WebhookRequest[]> {
  return recordedWebhookConversation(visit);
}

/**
 * A caller's first turn with words of their own after the welcome, long enough for the safety screen's model to
 * judge (and the feelings model to hear), so a webhook answering it decodes both models.
 */
export const firstWords = "I feel so anxious tonight and I can't sleep";

/** The webhook request carrying `firstWords`, recorded after the welcome as Dialogflow would send it. */
export async function recordedFirstWordsTurn(): Promise<WebhookRequest> {
  const [, words] = await recordedWebhookConversation([firstWords]);
  return words!;
}
