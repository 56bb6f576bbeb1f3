import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createSkill } from '../platforms/alexa';

/** Sends one Alexa request and returns the skill's response. */
export type Transport = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

/** Talks to the skill in this process, exactly as the Lambda or server would invoke it. */
export function inProcess(): Transport {
  const skill = createSkill();
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
