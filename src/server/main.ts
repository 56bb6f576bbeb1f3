import { log } from '../log';
import { createApp } from './createApp';
import { listen, portFromEnvironment, runEntry } from './listen';

/** Production entry: every Alexa request is verified, and the Dialogflow webhook needs its basic-auth pair. */
function main(): void {
  const port = portFromEnvironment();
  if (!process.env.ALEXA_SKILL_ID) {
    log.warn(
      "ALEXA_SKILL_ID is not set: requests are verified as Amazon's, but not checked against a skill id",
    );
  }
  if (!process.env.DIALOGFLOW_WEBHOOK_USER || !process.env.DIALOGFLOW_WEBHOOK_PASSWORD) {
    log.warn(
      'DIALOGFLOW_WEBHOOK_USER and DIALOGFLOW_WEBHOOK_PASSWORD are not both set: /dialogflow is refused',
    );
  }
  const server = listen(createApp({ isVerifying: true }), port);
  server.on('listening', () => log.info('kind recovery is listening', { port }));
}

runEntry(main);
