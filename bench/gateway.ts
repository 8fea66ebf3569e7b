/**
 * Our gateway in a process of its own (as gateway/index.ts runs it), over the subgraphs of the
 * benchmark's system process (BENCH_SUBGRAPH_URLS, JSON by name), on a free loopback port.
 *
 * BENCH_ACCESS_LOG: `default` (the gateway's own choice: PostgreSQL at DATABASE_URL, which the
 * orchestrator sets to a schema of its own, else embedded PGlite in memory) or `none` (an access
 * log that keeps nothing, to see its cost).
 */
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import type { Served } from '../runtime/http.js';
import { startTracing } from '../runtime/tracing.js';
import { nullAccessLog, watchParent, type FromChild, type ToChild } from './common.js';
import { exitUnlessConfigured } from '../runtime/config.js';

const { BENCH_SUBGRAPH_URLS: subgraphUrls = {}, BENCH_ACCESS_LOG: accessLogChoice, DATABASE_URL, ACCESS_LOG_DIR } = exitUnlessConfigured();
let served: Served | undefined;
let stopping = false;

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 5000).unref();
  await served?.close().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
watchParent(() => void stop(1));
process.on('message', (m: ToChild) => {
  if (m.type === 'stop') void stop();
});

// --telemetry's "tracing on" gateway: OTEL_EXPORTER_OTLP_ENDPOINT set; every other one traces nothing
await startTracing('bench-gateway');

try {
  served = await startGateway({
    auth: await authConfigFromEnv(),
    subgraphUrls,
    port: 0,
    host: '127.0.0.1',
    development: false,
    ...(accessLogChoice === 'none' && { accessLog: nullAccessLog }),
  });
} catch (error) {
  console.error(`the gateway did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const accessLog = accessLogChoice === 'none' ? 'none' : DATABASE_URL ? 'postgres' : ACCESS_LOG_DIR ? 'pglite-dir' : 'pglite-memory';
process.send?.({ type: 'ready', gatewayUrl: served.url, accessLog } satisfies FromChild);
