import { SessionsClient } from '@google-cloud/dialogflow';
import { randomUUID } from 'node:crypto';
import { dialogflowProjectOrExplain } from './dialogflowSetup';

/** Sends one phrase to the deployed agent (`detectIntent`) and prints what it matched and answered. */
async function main(): Promise<void> {
  const text = process.argv.slice(2).join(' ').trim();
  if (text === '') {
    console.error('Say what to send, e.g. npm run dialogflow:try -- "help me breathe"');
    process.exit(1);
  }
  const projectId = dialogflowProjectOrExplain();
  const client = new SessionsClient();
  const [response] = await client.detectIntent({
    session: client.projectAgentSessionPath(projectId, randomUUID()),
    queryInput: { text: { text, languageCode: 'en' } },
  });
  const result = response.queryResult;
  console.log(
    `intent: ${result?.intent?.displayName ?? '(none)'} (confidence ${result?.intentDetectionConfidence ?? 0})`,
  );
  console.log(`answer: ${result?.fulfillmentText ?? ''}`);
}

main().catch((error: Error) => {
  console.error(`Dialogflow did not answer: ${error.message}`);
  process.exit(1);
});
