import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createSkill } from '../platforms/alexa';
import { storeFromEnvironment } from '../storage/storeFromEnvironment';
import type { WebhookResponse } from '../platforms/dialogflow';
import { answerWebhook } from '../platforms/dialogflow';
import type { WebhookTransport } from './dialogflowConversation';

/** Sends one Alexa request and returns the skill's response. */
export type Transport = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

/** Talks to the skill in this process, exactly as the Lambda or server would invoke it. */
export function inProcess(): Transport {
  const skill = createSkill({ store: storeFromEnvironment() });
  return (request) => skill.invoke(request);
}

/** Talks to a running server (`npm run dev`) over HTTP. */
export function overHttp(baseUrl: string): Transport {
  const endpoint = new URL('/alexa', baseUrl).toString();
  return async (request) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
    } catch {
      throw new Error(`Could not reach ${endpoint}. Is \`npm run dev\` running?`);
    }
    if (!response.ok) {
      throw new Error(
        `${endpoint} answered ${response.status}. Is it a development server (\`npm run dev\`)?`,
      );
    }
    return (await response.json()) as ResponseEnvelope;
  };
}

/** Calls the Dialogflow webhook adapter in this process, with the request as JSON would carry it. */
export function webhookInProcess(): WebhookTransport {
  return async (request) => {
    const result = answerWebhook(JSON.parse(JSON.stringify(request)));
    if (result.status !== 200)
      throw new Error(`The webhook refused the request: ${result.body.error}`);
    return result.body;
  };
}

/** Calls a running server's `/dialogflow`, with basic auth from the environment when it is set. */
export function webhookOverHttp(baseUrl: string): WebhookTransport {
  const endpoint = new URL('/dialogflow', baseUrl).toString();
  const user = process.env.DIALOGFLOW_WEBHOOK_USER;
  const password = process.env.DIALOGFLOW_WEBHOOK_PASSWORD;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (user && password) {
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  return async (request) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify(request),
      });
    } catch {
      throw new Error(`Could not reach ${endpoint}. Is \`npm run dev\` running?`);
    }
    if (!response.ok) throw new Error(`${endpoint} answered ${response.status}.`);
    return (await response.json()) as WebhookResponse;
  };
}
