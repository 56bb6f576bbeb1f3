import { log } from '../log';
import { createApp } from './createApp';
import { listen, portFromEnvironment, runEntry } from './listen';

/** Production entry: every Alexa request is verified. */
function main(): void {
  const port = portFromEnvironment();
  if (!process.env.ALEXA_SKILL_ID) {
    log.warn(
      "ALEXA_SKILL_ID is not set: requests are verified as Amazon's, but not checked against a skill id",
    );
  }
  const server = listen(createApp({ isVerifying: true }), port);
  server.on('listening', () => log.info('kind recovery is listening', { port }));
}

runEntry(main);
