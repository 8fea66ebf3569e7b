/**
 * The gateway on its own: `tsx gateway/index.ts`. Subgraph URLs come from the supergraph, or
 * SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_E_KYZMET) when set. SIGTERM stops it gracefully.
 */
import { createLogger } from '../runtime/log.js';
import { announceListening, shutdownDrainMs, stopGracefully } from '../runtime/shutdown.js';
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
const drainMs = shutdownDrainMs();
const served = await startGateway({
  auth: await authConfigFromEnv(),
  subgraphUrls,
  port: Number(process.env.PORT ?? DEFAULT_GATEWAY_PORT),
  host: process.env.HOST ?? '127.0.0.1',
});
log.info('listening', { url: served.url });
announceListening(Number(new URL(served.url).port));
// on SIGTERM: /ready 503, the requests in flight finish, then Redis and the access log close
stopGracefully('gateway', served, () => served.close(), drainMs);
