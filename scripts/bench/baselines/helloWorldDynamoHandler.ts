import type { RequestHandler } from 'ask-sdk-core';
import { SkillBuilders, getRequestType } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { DynamoDbPersistenceAdapter } from 'ask-sdk-dynamodb-persistence-adapter';
import { DynamoDB } from 'aws-sdk';

/**
 * The peer for the cold start with a store: the hello-world skill keeping one attribute (how many visits) through
 * Amazon's own `ask-sdk-dynamodb-persistence-adapter` (aws-sdk v2), as its templates do. The Node.js 22 runtime
 * ships no aws-sdk v2, so the bundle carries it. For the benchmark only: the skill itself never uses this adapter.
 */
const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: async (input) => {
    const attributes = await input.attributesManager.getPersistentAttributes();
    const visits = typeof attributes.visits === 'number' ? attributes.visits + 1 : 1;
    input.attributesManager.setPersistentAttributes({ ...attributes, visits });
    await input.attributesManager.savePersistentAttributes();
    const speakOutput = visits === 1 ? 'Welcome, you can say Hello.' : 'Welcome back. Say Hello.';
    return input.responseBuilder.speak(speakOutput).reprompt(speakOutput).getResponse();
  },
};

const endpoint = process.env.DYNAMODB_ENDPOINT;
// Against a local server, as the skill's own store does: its endpoint and throwaway credentials.
const dynamoDBClient = new DynamoDB(
  endpoint
    ? {
        endpoint,
        region: process.env.AWS_REGION ?? 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : {},
);

const skill = SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler)
  .addErrorHandlers({
    canHandle: () => true,
    handle: (input) =>
      input.responseBuilder.speak('Sorry, I had trouble doing what you asked.').getResponse(),
  })
  .withPersistenceAdapter(
    new DynamoDbPersistenceAdapter({
      tableName: process.env.DYNAMODB_TABLE ?? 'hello-world',
      dynamoDBClient,
    }),
  )
  .create();

export const handler = (event: RequestEnvelope, context: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
