/**
 * Running one subgraph on its own (its folder's `index.ts`): the port from PORT (default by
 * DESIGN.md's order), its state system from STATE_SYSTEM_URL (default: the mock's port).
 */
import { createLogger } from '../../runtime/log.js';
import { metricsPortFromEnv, serveMetrics } from '../../runtime/metrics.js';
import { defaultMockPort, defaultSubgraphPort, SECTIONS } from '../../schema/sections.js';
import { startSubgraph, type SubgraphDefinition } from './subgraph.js';

export async function runSubgraph<R extends { iin: string }>(definition: SubgraphDefinition<R>): Promise<void> {
  const log = createLogger(definition.name);
  const served = await startSubgraph(definition, {
    port: Number(process.env.PORT ?? defaultSubgraphPort(definition.name)),
    host: process.env.HOST ?? '127.0.0.1',
    stateSystemUrl: process.env.STATE_SYSTEM_URL ?? `http://127.0.0.1:${defaultMockPort(definition.name)}`,
  });
  // METRICS_PORT, else 9401, 9402, ... in DESIGN.md's order of subgraphs
  const metricsPort = metricsPortFromEnv(9401 + SECTIONS.findIndex((s) => s.subgraph === definition.name));
  const metrics = metricsPort === undefined ? undefined : await serveMetrics(metricsPort, process.env.HOST ?? '127.0.0.1');
  log.info('listening', { url: served.url, metrics: metrics?.url });
  const stop = () => void Promise.all([served.close(), metrics?.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
