import { AgentsClient } from '@google-cloud/dialogflow';
import { agentZip } from './dialogflowAgentZip';
import { dialogflowProjectOrExplain } from './dialogflowSetup';

/** Replaces the project's Dialogflow ES agent with the generated one (`restoreAgent`). */
async function main(): Promise<void> {
  const projectId = dialogflowProjectOrExplain();
  const client = new AgentsClient();
  const [operation] = await client.restoreAgent({
    parent: `projects/${projectId}`,
    agentContent: agentZip(),
  });
  await operation.promise();
  console.log(
    `Restored the Kind Recovery agent in project ${projectId}. Set its fulfillment webhook to your /dialogflow URL.`,
  );
}

main().catch((error: Error) => {
  console.error(`Dialogflow refused the agent: ${error.message}`);
  process.exit(1);
});
