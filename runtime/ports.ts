/**
 * Ports: PORT_OFFSET, which moves every default port (gateway 4000, subgraphs 4001-4007, mock
 * state systems 4101-4107) so a second copy runs beside the first; and which ports are taken.
 */
import { createServer } from 'node:net';
import { configOf, type Env } from './config.js';

/** PORT_OFFSET, a whole number that keeps every port under 65536 (runtime/config.ts); 0 when unset. */
export const portOffset = (env?: Env): number => configOf(env).PORT_OFFSET;

/** Whether something already listens on this port of this address (or may not be bound there). */
export function portTaken(port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/** The entries whose port is taken on `host`, in their order. */
export async function takenPorts<T extends { port: number }>(entries: readonly T[], host: string): Promise<Array<T & { error: string }>> {
  const checked = await Promise.all(entries.map(async (entry) => ({ entry, error: await portTaken(entry.port, host) })));
  return checked.filter((c) => c.error).map(({ entry, error }) => ({ ...entry, error: error!.code ?? error!.message }));
}
