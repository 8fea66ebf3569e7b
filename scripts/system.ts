/**
 * The whole system in one process, each part on its own HTTP port: the mock state systems, the
 * subgraphs and the gateway. `npm start`, the federation tests and the benchmark all use it.
 * Subgraphs are found by convention: every folder of schema/sections.ts's list that has a `subgraph.ts`
 * (exporting `subgraph`) and a `mock.ts` (exporting `createMock`).
 */
import { existsSync } from 'node:fs';
import { openConfiguredDatabase, type AccessLog } from '../gateway/access-log/store.js';
import type { Database } from '../runtime/sql.js';
import { createChangeRecorder } from '../subgraphs/kit/changes.js';
import { authConfigFromEnv, type AuthConfig } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import type { TelegramLinks } from '../gateway/telegram/store.js';
import type { Served } from '../runtime/http.js';
import { portOffset } from '../runtime/ports.js';
import { serveMetrics } from '../runtime/metrics.js';
import { DEFAULT_GATEWAY_PORT, defaultMockPort, defaultSubgraphPort, SECTIONS, type SubgraphName } from '../schema/sections.js';
import type { Population } from '../subgraphs/mocks/population.js';
import type { MockStateSystem } from '../subgraphs/mocks/state-system.js';
import type { SectionCache } from '../subgraphs/kit/cache.js';
import type { ResilienceOptions } from '../subgraphs/kit/state-client.js';
import { startSubgraph, type SubgraphDefinition } from '../subgraphs/kit/subgraph.js';
import { config } from '../runtime/config.js';

export interface SystemOptions {
  /** 'default' listens on the default ports (gateway PORT or 4000), moved by PORT_OFFSET; 'ephemeral' on free ports (tests). */
  ports?: 'default' | 'ephemeral';
  host?: string;
  population?: Population;
  auth?: AuthConfig;
  /** The subgraphs' state-system clients: timeouts, retries, breaker; from the environment by default. */
  resilience?: ResilienceOptions;
  /** The cache every subgraph uses; the process's shared one by default. */
  cache?: SectionCache;
  refreshMinIntervalMs?: number;
  /** false: the subgraphs do not wait for a cache known to be unreachable (npm start checked it). */
  waitForCache?: boolean;
  /** Where the gateway records accesses; in `database` by default. */
  accessLog?: AccessLog;
  /** The gateway's Telegram links; in the access log's database (DATABASE_URL or an embedded PGlite) by default. */
  telegramLinks?: TelegramLinks;
  /**
   * The ONE database of the gateway (access log, dossier changes, notification settings) and of the
   * subgraphs (what changed since the last view). Without it or `accessLog`: DATABASE_URL's
   * PostgreSQL, else an embedded PGlite, opened here and shared. With `accessLog` alone, the
   * subgraphs record no changes.
   */
  database?: Database;
  /** Gateway development mode (Sandbox, introspection); NODE_ENV decides by default. */
  development?: boolean;
  /** The internal port of this process's `/metrics` (0: a free one); none when absent. */
  metricsPort?: number;
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  mock: MockStateSystem;
  mockUrl: string;
  /** Stops this subgraph's server (tests of a subgraph going down). */
  stop(): Promise<void>;
}

export interface RunningSystem {
  gatewayUrl: string;
  /** Where this process's metrics are (gateway and every subgraph: one process), when served. */
  metricsUrl?: string;
  subgraphs: RunningSubgraph[];
  close(): Promise<void>;
}

const subgraphsDir = new URL('../subgraphs/', import.meta.url);

/** The subgraph folders present, in the order of schema/sections.ts. */
export const availableSubgraphs = (): SubgraphName[] =>
  SECTIONS.map((s) => s.subgraph).filter((name) => existsSync(new URL(`${name}/subgraph.ts`, subgraphsDir)));

export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const fixed = options.ports === 'default';
  const offset = fixed ? portOffset() : 0;
  const host = options.host ?? '127.0.0.1';
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    let database = options.database;
    if (!database && !options.accessLog) {
      const opened = await openConfiguredDatabase();
      closers.push(() => opened.close());
      database = opened;
    }
    const changes = database ? createChangeRecorder(database) : null;
    const subgraphs: RunningSubgraph[] = [];
    for (const name of availableSubgraphs()) {
      const { createMock } = (await import(new URL(`${name}/mock.ts`, subgraphsDir).href)) as {
        createMock: (population?: Population) => MockStateSystem;
      };
      const { subgraph } = (await import(new URL(`${name}/subgraph.ts`, subgraphsDir).href)) as {
        subgraph: SubgraphDefinition<{ iin: string }>;
      };
      const mock = createMock(options.population);
      const mockUrl = await mock.listen(fixed ? defaultMockPort(name) + offset : 0, host);
      closers.push(() => mock.close());
      const served: Served = await startSubgraph(subgraph, {
        port: fixed ? defaultSubgraphPort(name) + offset : 0,
        host,
        stateSystemUrl: mockUrl,
        resilience: options.resilience,
        cache: options.cache,
        refreshMinIntervalMs: options.refreshMinIntervalMs,
        waitForCache: options.waitForCache,
        changes,
      });
      closers.push(() => served.close());
      subgraphs.push({ name, url: served.url, mock, mockUrl, stop: () => served.close() });
    }
    const gateway = await startGateway({
      auth: options.auth ?? (await authConfigFromEnv()),
      subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
      port: fixed ? (config().PORT ?? DEFAULT_GATEWAY_PORT + offset) : 0,
      host,
      development: options.development,
      accessLog: options.accessLog,
      telegramLinks: options.telegramLinks,
      database,
    });
    closers.push(() => gateway.close());
    const metrics = options.metricsPort === undefined ? undefined : await serveMetrics(options.metricsPort, host);
    if (metrics) closers.push(() => metrics.close());
    return { gatewayUrl: gateway.url, metricsUrl: metrics?.url, subgraphs, close };
  } catch (error) {
    await close();
    throw error;
  }
}
