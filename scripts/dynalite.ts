import type { AddressInfo } from 'node:net';
import { DynamoClient } from '../src/storage/dynamoClient';

// dynalite ships no types; it is a DynamoDB-compatible server in memory.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: {
  createTableMs: number;
  deleteTableMs: number;
  updateTableMs: number;
}) => import('node:http').Server;

/** A DynamoDB-compatible server on a free loopback port, its address, and the skill's own client for it. */
export async function startDynalite(): Promise<{
  endpoint: string;
  client: DynamoClient;
  stop: () => Promise<void>;
}> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    endpoint,
    client,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // fetch keeps its connections open for the next request; a stopped server ends them.
        server.closeAllConnections();
      }),
  };
}
