/**
 * The benchmark's subgraphs: all seven in one process (as `npm start` runs them), on free loopback
 * ports, over the state systems of bench/state-systems.ts (BENCH_MOCK_URLS, JSON by name), with a
 * cache the orchestrator can clear (the cold scenario) and refresh allowed as often as asked
 * (`refreshMinIntervalMs: 0`). Tells the orchestrator the subgraphs' URLs over IPC.
 *
 * The cache: Redis as in production (BENCH_REDIS_URL, every key under BENCH_CACHE_PREFIX, all of
 * them deleted when cleared and at the end), or with BENCH_CACHE=memory the in-process one.
 */
import type { Served } from '../runtime/http.js';
import { startTracing } from '../runtime/tracing.js';
import type { SubgraphName } from '../schema/sections.js';
import { availableSubgraphs } from '../scripts/system.js';
import { MemoryCache, RedisCache } from '../subgraphs/kit/cache.js';
import { startSubgraph, type SubgraphDefinition } from '../subgraphs/kit/subgraph.js';
import { watchParent, type FromChild, type SubgraphInfo, type ToChild } from './common.js';
import { exitUnlessConfigured } from '../runtime/config.js';

const send = (message: FromChild) => process.send?.(message);
const settings = exitUnlessConfigured();
const mockUrls = (settings.BENCH_MOCK_URLS ?? {}) as Partial<Record<SubgraphName, string>>;
const prefix = settings.BENCH_CACHE_PREFIX ?? `bench:${process.pid}`;
const redis = settings.BENCH_CACHE === 'memory' ? undefined : new RedisCache({ url: settings.BENCH_REDIS_URL, prefix });
const memory = redis ? undefined : new MemoryCache();
const cache = (redis ?? memory)!;
const served: Served[] = [];

/** Empties the cache: every key of this run's prefix in Redis (a person's keys carry it as their hash tag, `{prefix:…}`). */
async function clearCache(): Promise<void> {
  if (!redis) return memory!.clear();
  for (const pattern of [`{${prefix}:*`, `${prefix}:*`]) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length > 0) await redis.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
}
let stopping = false;

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 5000).unref();
  await Promise.all(served.map((s) => s.close().catch(() => undefined)));
  await clearCache().catch((error: unknown) => console.error(`the cache was not cleared: ${error instanceof Error ? error.message : String(error)}`));
  await redis?.close().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
watchParent(() => void stop(1));
process.on('message', (m: ToChild) => {
  if (m.type === 'clear-cache') {
    void clearCache().then(
      () => send({ type: 'done', id: m.id }),
      (error: unknown) => send({ type: 'failed', id: m.id, message: `the cache was not cleared: ${error instanceof Error ? error.message : String(error)}` }),
    );
  } else if (m.type === 'stop') void stop();
});

const subgraphs: SubgraphInfo[] = [];
// --telemetry's "tracing on" subgraphs: OTEL_EXPORTER_OTLP_ENDPOINT set; every other process traces nothing
await startTracing('bench-subgraphs');
try {
  await cache.connect();
  if (redis && redis.redis.status !== 'ready')
    throw new Error(`Redis at ${settings.BENCH_REDIS_URL} is not reachable (npm run bench -- --cache=memory runs without it)`);
  await clearCache();
  for (const name of availableSubgraphs()) {
    const mockUrl = mockUrls[name];
    if (!mockUrl) throw new Error(`no state system for ${name} in BENCH_MOCK_URLS`);
    const { subgraph } = (await import(new URL(`../subgraphs/${name}/subgraph.ts`, import.meta.url).href)) as {
      subgraph: SubgraphDefinition<{ iin: string }>;
    };
    // bindingOptional: Hive, and the driver's own subgraph requests, send a caller context without a request binding
    const server = await startSubgraph(subgraph, {
      port: 0,
      host: '127.0.0.1',
      stateSystemUrl: mockUrl,
      cache,
      refreshMinIntervalMs: 0,
      bindingOptional: true,
    });
    served.push(server);
    subgraphs.push({ name, url: server.url, mockUrl });
  }
} catch (error) {
  console.error(`the subgraphs did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

send({ type: 'ready', subgraphs });
