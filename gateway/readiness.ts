/** The gateway's readiness report: subgraphs reachable (with their circuit states) and Redis. */
import type { RedisClient } from '../runtime/redis.js';
import { ACCESS_LOG_SUBGRAPH } from '../schema/sections.js';

export const withoutLocal = (urls: Record<string, string>) => Object.fromEntries(Object.entries(urls).filter(([name]) => name !== ACCESS_LOG_SUBGRAPH));

/**
 * Readiness: every subgraph answers its /health (with its state system's circuit state), and
 * Redis answers a PING when REDIS_URL is set. 200 when all are up, else 503 with what is not.
 */
export function readiness(subgraphUrls: Record<string, string>, redis: RedisClient | undefined) {
  return async () => {
    const subgraphs = Object.fromEntries(
      await Promise.all(
        Object.entries(subgraphUrls).map(async ([name, url]) => {
          try {
            const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1000) });
            const body = (await response.json()) as { circuit?: string };
            return [name, { up: response.ok, circuit: body.circuit ?? 'unknown' }] as const;
          } catch {
            return [name, { up: false, circuit: 'unknown' }] as const;
          }
        }),
      ),
    );
    let cache: { up: boolean; kind: string } = { up: true, kind: 'memory' };
    if (redis) cache = { kind: 'redis', up: await redis.ping().then(() => true, () => false) };
    const ready = cache.up && Object.values(subgraphs).every((s) => s.up);
    return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'degraded', cache, subgraphs } };
  };
}

