import type { Express } from 'express';
import type { Server, ServerResponse } from 'node:http';
import { log } from '../log';

/** The port from `PORT`, or 3000; a value that is not a port is refused before anything starts. */
export function portFromEnvironment(value = process.env.PORT): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

/**
 * Listens, and on SIGTERM or SIGINT stops taking requests, lets those in flight finish, then exits: with 0, or
 * with 1 if they have not finished within 10 seconds.
 */
export function listen(app: Express, port: number, host?: string): Server {
  const server = app.listen(port, host ?? '::');
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE' ? `port ${port} is already in use` : (error.code ?? error.name);
    process.stderr.write(`Kind Recovery could not start: ${reason}.\n`);
    process.exit(1);
  });
  // Once closing, every answer not yet sent says so (Connection: close), so a client does not send its next
  // request down a connection about to close; answers under way are tracked for that.
  let isClosing = false;
  const unanswered = new Set<ServerResponse>();
  const sayClosing = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('Connection', 'close');
  };
  server.prependListener('request', (_request, response) => {
    if (isClosing) sayClosing(response);
    unanswered.add(response);
    response.once('close', () => unanswered.delete(response));
  });
  const shutDown = (signal: string) => {
    log.info('shutting down', { signal });
    isClosing = true;
    unanswered.forEach(sayClosing);
    server.close(() => process.exit(0));
    // A kept-alive connection goes idle once its answer is sent; closing idle ones as they appear lets the
    // process exit as soon as the last request in flight is answered, not a keep-alive timeout later.
    setInterval(() => server.closeIdleConnections(), 50).unref();
    setTimeout(() => {
      log.error('shutdown timed out with requests still open', { signal });
      process.exit(1);
    }, 10_000).unref();
  };
  process.once('SIGTERM', () => shutDown('SIGTERM'));
  process.once('SIGINT', () => shutDown('SIGINT'));
  return server;
}

/** Runs an entry point, turning a configuration mistake into one clear line instead of a stack trace. */
export function runEntry(main: () => void): void {
  try {
    main();
  } catch (error) {
    process.stderr.write(`Kind Recovery could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
