/**
 * Running one subgraph on its own (its folder's `index.ts`): the port from PORT (default by
 * the order of schema/sections.ts), its state system from STATE_SYSTEM_URL (default: the mock's port).
 */
import { createLogger } from '../../runtime/log.js';
import { assertNoPinnedToday } from '../../schema/dates.js';
import { defaultMockPort, defaultSubgraphPort } from '../../schema/sections.js';
import { startSubgraph, type SubgraphDefinition } from './subgraph.js';

export async function runSubgraph<R extends { iin: string }>(definition: SubgraphDefinition<R>): Promise<void> {
  assertNoPinnedToday();
  const log = createLogger(definition.name);
  const served = await startSubgraph(definition, {
    port: Number(process.env.PORT ?? defaultSubgraphPort(definition.name)),
    host: process.env.HOST ?? '127.0.0.1',
    stateSystemUrl: process.env.STATE_SYSTEM_URL ?? `http://127.0.0.1:${defaultMockPort(definition.name)}`,
  });
  log.info('listening', { url: served.url });
  const stop = () => void served.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
