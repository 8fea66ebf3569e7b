/**
 * The gateway on its own: `npx tsx gateway/index.ts`. Subgraph URLs: SUBGRAPH_URL_<NAME> (e.g.
 * SUBGRAPH_URL_E_KYZMET) when set, else each subgraph's default port on HOST. SIGTERM stops it
 * gracefully.
 */
import { exitUnlessConfigured } from '../runtime/config.js';
import { createLogger } from '../runtime/log.js';
import { metricsPortFromEnv, serveMetrics } from '../runtime/metrics.js';
import { startTracing } from '../runtime/tracing.js';
import { announceListening, shutdownDrainMs, stopGracefully } from '../runtime/shutdown.js';
import { DEFAULT_GATEWAY_PORT } from '../schema/sections.js';
import { authConfigFromEnv } from './auth.js';
import { startGateway } from './server.js';
import { subgraphUrlsFromEnv } from './subgraph-urls.js';

const { HOST, PORT, PORT_OFFSET } = exitUnlessConfigured(['gateway']);
const log = createLogger('gateway');
// OTLP traces when OTEL_EXPORTER_OTLP_ENDPOINT is set; nothing started otherwise
const tracing = await startTracing('dossier-gateway');
const drainMs = shutdownDrainMs();
const served = await startGateway({
  auth: await authConfigFromEnv(),
  subgraphUrls: subgraphUrlsFromEnv(),
  port: PORT ?? DEFAULT_GATEWAY_PORT + PORT_OFFSET,
  host: HOST,
}).catch((error: unknown) => {
  // e.g. the access log's schema is behind: the message says which migrations and how to apply them
  log.error('start_failed', { message: error instanceof Error ? error.message : String(error) });
  console.error(`The gateway did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
// the internal metrics port (METRICS_PORT, default 9400, moved by PORT_OFFSET; never the public one)
const metricsPort = metricsPortFromEnv(9400 + PORT_OFFSET);
const metrics = metricsPort === undefined ? undefined : await serveMetrics(metricsPort, HOST);
log.info('listening', { url: served.url, metrics: metrics?.url, traces: tracing ? 'otlp' : 'off' });
announceListening(Number(new URL(served.url).port));
// on SIGTERM: /ready 503, the requests in flight finish, then Redis and the access log close
stopGracefully(
  'gateway',
  served,
  async () => {
    await served.close();
    await metrics?.close();
    await tracing?.shutdown();
  },
  drainMs,
);
