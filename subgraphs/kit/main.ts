/**
 * Running one subgraph on its own (its folder's `index.ts`): the port from PORT (default by
 * the order of schema/sections.ts, moved by PORT_OFFSET), the address from HOST, its state system
 * from STATE_SYSTEM_URL (default: the mock's port on the same address). On SIGTERM it drains and
 * stops gracefully (runtime/shutdown.ts), closing its Redis connection.
 */
import { configOf, exitUnlessConfigured, type Env } from '../../runtime/config.js';
import { createLogger, describeError, type Logger } from '../../runtime/log.js';
import { metricsPortFromEnv, serveMetrics } from '../../runtime/metrics.js';
import { startTracing } from '../../runtime/tracing.js';
import { announceListening, shutdownDrainMs, stopGracefully } from '../../runtime/shutdown.js';
import { urlHost } from '../../runtime/url-host.js';
import { defaultMockPort, defaultSubgraphPort, SECTIONS, type SubgraphName } from '../../schema/sections.js';
import { sharedCache } from './cache.js';
import { startSubgraph, type SubgraphDefinition } from './subgraph.js';
import { createChangeRecorder } from './changes.js';
import { openPostgres, type Database } from '../../runtime/sql.js';

/**
 * The database where a subgraph that watches its records records what changed (DATABASE_URL, as
 * the gateway's). Refused in production without it; in development the subgraph runs without.
 */
function changesDatabase(name: SubgraphName, log: Logger, env?: Env): Database | undefined {
  const { DATABASE_URL, production } = configOf(env);
  if (DATABASE_URL) return openPostgres(DATABASE_URL, (error) => log.warn('database_idle_connection_error', describeError(error)));
  if (production) {
    console.error(`${name}: DATABASE_URL (not set): the PostgreSQL where what changed in a dossier since the last view is recorded`);
    process.exit(1);
  }
  log.info('dossier_changes_off', { message: 'DATABASE_URL is not set: what changed since the last view is not recorded by this subgraph' });
  return undefined;
}

/** Where a subgraph started alone listens, and where it finds its state system. */
export function subgraphSettingsFromEnv(name: SubgraphName, env?: Env): { port: number; host: string; stateSystemUrl: string } {
  const { HOST: host, PORT, PORT_OFFSET: offset, STATE_SYSTEM_URL } = configOf(env);
  return {
    port: PORT ?? defaultSubgraphPort(name) + offset,
    host,
    stateSystemUrl: STATE_SYSTEM_URL ?? `http://${urlHost(host)}:${defaultMockPort(name) + offset}`,
  };
}

export async function runSubgraph<R extends { iin: string }>(definition: SubgraphDefinition<R>): Promise<void> {
  const { HOST, PORT_OFFSET } = exitUnlessConfigured(['subgraph']);
  const log = createLogger(definition.name);
  // OTLP traces when OTEL_EXPORTER_OTLP_ENDPOINT is set; nothing started otherwise
  const tracing = await startTracing(`dossier-${definition.name}`);
  const drainMs = shutdownDrainMs();
  const cache = sharedCache();
  // what changed since the last view is recorded in the PostgreSQL the gateway lists it from
  const database = definition.watch ? changesDatabase(definition.name, log) : undefined;
  const served = await startSubgraph(definition, {
    ...subgraphSettingsFromEnv(definition.name),
    cache,
    changes: database ? createChangeRecorder(database) : null,
  });
  // METRICS_PORT, else 9401, 9402, ... in the order of schema/sections.ts, moved by PORT_OFFSET
  const metricsPort = metricsPortFromEnv(9401 + SECTIONS.findIndex((s) => s.subgraph === definition.name) + PORT_OFFSET);
  const metrics = metricsPort === undefined ? undefined : await serveMetrics(metricsPort, HOST);
  log.info('listening', { url: served.url, metrics: metrics?.url, traces: tracing ? 'otlp' : 'off' });
  announceListening(Number(new URL(served.url).port));
  stopGracefully(
    definition.name,
    served,
    async () => {
      await served.close();
      await metrics?.close();
      await cache.close();
      await tracing?.shutdown();
      await database?.close();
    },
    drainMs,
  );
}
