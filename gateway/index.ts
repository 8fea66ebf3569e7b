/**
 * The gateway on its own: `tsx gateway/index.ts`. Subgraph URLs come from the supergraph, or
 * SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_E_KYZMET) when set.
 */
import { createLogger } from '../runtime/log.js';
import { assertNoPinnedToday } from '../schema/dates.js';
import { DEFAULT_GATEWAY_PORT, SECTIONS } from '../schema/sections.js';
import { authConfigFromEnv } from './auth.js';
import { startGateway } from './server.js';

assertNoPinnedToday();
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
}).catch((error: unknown) => {
  // e.g. the access log's schema is behind: the message says which migrations and how to apply them
  log.error('start_failed', { message: error instanceof Error ? error.message : String(error) });
  console.error(`The gateway did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
log.info('listening', { url: served.url });
const stop = () => void served.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
