/**
 * The gateway on its own: `npx tsx gateway/index.ts`. Subgraph URLs: SUBGRAPH_URL_<NAME> (e.g.
 * SUBGRAPH_URL_E_KYZMET) when set, else each subgraph's default port on HOST.
 */
import { createLogger } from '../runtime/log.js';
import { portOffset } from '../runtime/ports.js';
import { exitUnlessConfigured } from '../runtime/secrets.js';
import { DEFAULT_GATEWAY_PORT } from '../schema/sections.js';
import { authConfigFromEnv } from './auth.js';
import { startGateway } from './server.js';
import { subgraphUrlsFromEnv } from './subgraph-urls.js';

exitUnlessConfigured(['gateway']);
const log = createLogger('gateway');
const served = await startGateway({
  auth: await authConfigFromEnv(),
  subgraphUrls: subgraphUrlsFromEnv(),
  port: Number(process.env.PORT ?? DEFAULT_GATEWAY_PORT + portOffset()),
  host: process.env.HOST ?? '127.0.0.1',
});
log.info('listening', { url: served.url });
const stop = () => void served.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
