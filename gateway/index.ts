/**
 * The gateway on its own: `tsx gateway/index.ts`. Subgraph URLs come from the supergraph, or
 * SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_E_KYZMET) when set.
 */
import { createLogger } from '../runtime/log.js';
import { metricsPortFromEnv, serveMetrics } from '../runtime/metrics.js';
import { DEFAULT_GATEWAY_PORT, SECTIONS } from '../schema/sections.js';
import { authConfigFromEnv } from './auth.js';
import { startGateway } from './server.js';

const log = createLogger('gateway');
const subgraphUrls = Object.fromEntries(
  SECTIONS.flatMap(({ subgraph }) => {
    const url = process.env[`SUBGRAPH_URL_${subgraph.toUpperCase().replace(/-/g, '_')}`];
    return url ? [[subgraph, url]] : [];
  }),
);
const served = await startGateway({
  auth: await authConfigFromEnv(),
  subgraphUrls,
  port: Number(process.env.PORT ?? DEFAULT_GATEWAY_PORT),
  host: process.env.HOST ?? '127.0.0.1',
});
const metricsPort = metricsPortFromEnv(9400);
const metrics = metricsPort === undefined ? undefined : await serveMetrics(metricsPort, process.env.HOST ?? '127.0.0.1');
log.info('listening', { url: served.url, metrics: metrics?.url });
const stop = () => void Promise.all([served.close(), metrics?.close()]).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
