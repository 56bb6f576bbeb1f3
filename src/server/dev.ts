import { createApp } from './createApp';
import { listen, portFromEnvironment, runEntry } from './listen';

const banner = (port: number) => `
  ============================================================================
   KIND RECOVERY — LOCAL DEVELOPMENT SERVER
   Alexa signature and timestamp checks are OFF. Bound to 127.0.0.1 only.
   Never expose this server to the internet; use \`npm start\` for that.

   The page:  http://127.0.0.1:${port}/      The turn inspector:  http://127.0.0.1:${port}/inspect
   POST http://127.0.0.1:${port}/alexa      GET http://127.0.0.1:${port}/healthz
   Talk to it:  npm run chat -- --url http://127.0.0.1:${port}
  ============================================================================
`;

/** Local entry: no verification, loopback only, and a banner that says so. */
function main(): void {
  const port = portFromEnvironment();
  const server = listen(createApp({ isVerifying: false, hasInspector: true }), port, '127.0.0.1');
  server.on('listening', () => {
    const address = server.address();
    process.stdout.write(banner(typeof address === 'object' && address ? address.port : port));
  });
}

runEntry(main);
