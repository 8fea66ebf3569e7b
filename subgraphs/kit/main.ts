/**
 * Running one subgraph on its own (its folder's `index.ts`): the port from PORT (default by
 * DESIGN.md's order), its state system from STATE_SYSTEM_URL (default: the mock's port). On
 * SIGTERM it drains and stops gracefully (runtime/shutdown.ts), closing its Redis connection.
 */
import { createLogger } from '../../runtime/log.js';
import { announceListening, shutdownDrainMs, stopGracefully } from '../../runtime/shutdown.js';
import { defaultMockPort, defaultSubgraphPort } from '../../schema/sections.js';
import { sharedCache } from './cache.js';
import { startSubgraph, type SubgraphDefinition } from './subgraph.js';

export async function runSubgraph<R extends { iin: string }>(definition: SubgraphDefinition<R>): Promise<void> {
  const log = createLogger(definition.name);
  const drainMs = shutdownDrainMs();
  const cache = sharedCache();
  const served = await startSubgraph(definition, {
    port: Number(process.env.PORT ?? defaultSubgraphPort(definition.name)),
    host: process.env.HOST ?? '127.0.0.1',
    stateSystemUrl: process.env.STATE_SYSTEM_URL ?? `http://127.0.0.1:${defaultMockPort(definition.name)}`,
    cache,
  });
  log.info('listening', { url: served.url });
  announceListening(Number(new URL(served.url).port));
  stopGracefully(definition.name, served, async () => {
    await served.close();
    await cache.close();
  }, drainMs);
}
