/**
 * Prometheus metrics (prom-client): every metric of the process, defined here, and the internal
 * HTTP server that exposes them at `/metrics` (METRICS_PORT), apart from the public GraphQL port.
 *
 * Metrics are per process: `npm start` runs the whole system in one process and serves one
 * `/metrics`; a gateway or subgraph run on its own serves its own. Labels are low-cardinality and
 * never personal: operation names are capped, clients are a fixed list, codes come from the error
 * catalogue, sections and systems are the fixed list of DESIGN's subgraphs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isCatalogued } from '../schema/errors.js';
import { configOf, type Env } from './config.js';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** Seconds: from a 5 ms cache hit to a request at its deadline. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const operations = new Counter({
  name: 'dossier_operations_total',
  help: 'GraphQL operations answered by the gateway, by operation name (capped), client and outcome (ok, partial, error).',
  labelNames: ['operation', 'client', 'outcome'] as const,
  registers: [registry],
});

export const operationSeconds = new Histogram({
  name: 'dossier_operation_duration_seconds',
  help: 'Time from the request reaching the gateway to its answer, by operation name (capped) and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const errors = new Counter({
  name: 'dossier_errors_total',
  help: 'Errors in the answers of the gateway, by catalogued code (anything else counts as INTERNAL).',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const subgraphFetchSeconds = new Histogram({
  name: 'dossier_subgraph_fetch_duration_seconds',
  help: "The gateway's requests to a subgraph, by subgraph and outcome (ok, error).",
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const stateSystemCallSeconds = new Histogram({
  name: 'dossier_state_system_call_duration_seconds',
  help: "A subgraph's HTTP calls to its state system (each attempt), by system and outcome (ok or the error code).",
  labelNames: ['system', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const breakerState = new Gauge({
  name: 'dossier_state_system_breaker_state',
  help: 'Circuit breaker of each state system: 0 closed, 1 half-open, 2 open.',
  labelNames: ['system'] as const,
  registers: [registry],
});

export const BREAKER_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

const sectionCounter = (name: string, help: string) => new Counter({ name, help, labelNames: ['section'] as const, registers: [registry] });
export const cacheHits = sectionCounter('dossier_cache_hits_total', 'Persons whose section was served fresh from the cache.');
export const cacheMisses = sectionCounter(
  'dossier_cache_misses_total',
  'Persons whose section was not fresh in the cache (asked of the state system, or of another replica).',
);
export const cacheStaleServed = sectionCounter('dossier_cache_stale_served_total', 'Persons whose section was served stale because the state system failed.');
export const cacheRefreshes = sectionCounter('dossier_cache_refreshes_total', 'Persons whose section a refresh made to be read afresh.');

export const dossierChangesFound = sectionCounter('dossier_changes_found_total', 'Changes found in a dossier since the last view (each with its outbox rows).');
export const dossierChangeTrackingFailures = sectionCounter(
  'dossier_change_tracking_failures_total',
  'Live answers whose comparison with the last-seen copy could not be recorded (PostgreSQL failed; the next live read compares again).',
);

export const redisErrors = new Counter({
  name: 'dossier_redis_errors_total',
  help: 'Errors talking to Redis, by component (cache, gateway).',
  labelNames: ['component'] as const,
  registers: [registry],
});

export const accessLogBatchSize = new Histogram({
  name: 'dossier_access_log_batch_entries',
  help: 'Entries written by one access-log INSERT (group commit).',
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
  registers: [registry],
});

export const accessLogWriteSeconds = new Histogram({
  name: 'dossier_access_log_write_duration_seconds',
  help: 'Time of one access-log INSERT, by outcome (ok, error).',
  labelNames: ['outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

export const supergraphUpdates = new Counter({
  name: 'dossier_supergraph_updates_total',
  help: 'Supergraphs the gateway found changed, by outcome (applied, refused).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

/** The clients the portal knows (`apollographql-client-name`); any other is `other`. */
export const KNOWN_CLIENTS: ReadonlySet<string> = new Set(['portal', 'mobile', 'telegram-bot', 'sandbox', 'unknown']);
export const clientLabel = (client: string | undefined): string => (client && KNOWN_CLIENTS.has(client) ? client : 'other');

/** A catalogued error code, else INTERNAL: the label never holds a client's or an upstream's text. */
export const codeLabel = (code: unknown): string => (isCatalogued(code) ? code : 'INTERNAL');

/** How many distinct operation names get their own label; later ones count as `other`. */
export const MAX_OPERATION_NAMES = 50;
const operationNames = new Set<string>();

/**
 * The label of an operation the gateway resolved against its schema: its name while fewer than
 * MAX_OPERATION_NAMES names have been seen, else `other`; `anonymous` without a name, `invalid`
 * when it did not parse or validate.
 */
export function operationLabel(name: string | null | undefined, resolved: boolean): string {
  if (!resolved) return 'invalid';
  if (!name) return 'anonymous';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
  operationNames.add(name);
  return name;
}

/** Seconds since a `performance.now()` reading. */
export const secondsSince = (start: number): number => (performance.now() - start) / 1000;

export interface MetricsServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Serves this process's metrics at `/metrics` on an internal port (0: a free one). */
export async function serveMetrics(port: number, host = '127.0.0.1'): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    server,
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${bound}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** METRICS_PORT when set (a number), else the given default; `off` (or an empty value) serves none. */
export function metricsPortFromEnv(fallback: number | undefined, env?: Env): number | undefined {
  const port = configOf(env).METRICS_PORT;
  if (port === undefined) return fallback;
  return port === 'off' ? undefined : port;
}
