import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { helloWorldSkill } from './helloWorldSkill';

/** The hello-world skill as a Lambda entry, shaped exactly like src/handlers/alexa.ts, for the cold-start baseline. */
const skill = helloWorldSkill();

export const handler = (event: RequestEnvelope, context: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
