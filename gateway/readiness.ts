/** The gateway's readiness report: subgraphs reachable (with their circuit states) and Redis. */
import type { RedisClient } from '../runtime/redis.js';
import { GATEWAY_SUBGRAPHS } from '../schema/sections.js';

export const withoutLocal = (urls: Record<string, string>) => Object.fromEntries(Object.entries(urls).filter(([name]) => !GATEWAY_SUBGRAPHS.includes(name)));

/** How long one readiness probe's answer is given to every caller of /ready. */
export const READY_CACHE_MS = 1000;

type Report = { status: number; body: unknown };

/**
 * Readiness: every subgraph answers its /health (with its state system's circuit state), and
 * Redis answers a PING when REDIS_URL is set. 200 when all are up, else 503 with what is not.
 *
 * One probe serves every call for `cacheMs` after it ended, and calls while it runs wait for it:
 * however often /ready is asked, each subgraph and Redis are asked at most once a second or so.
 * (/ready and /health are for the orchestrator's probes only; README, "Resilience".)
 */
export function readiness(subgraphUrls: Record<string, string>, redis: RedisClient | undefined, cacheMs = READY_CACHE_MS): () => Promise<Report> {
  const probe = probeAll(subgraphUrls, redis);
  let last: { report: Report; at: number } | undefined;
  let running: Promise<Report> | undefined;
  return () => {
    if (last && Date.now() - last.at < cacheMs) return Promise.resolve(last.report);
    if (!running) {
      const current = probe().then((report) => {
        last = { report, at: Date.now() };
        return report;
      });
      running = current;
      const done = () => void (running === current && (running = undefined));
      current.then(done, done);
    }
    return running;
  };
}

function probeAll(subgraphUrls: Record<string, string>, redis: RedisClient | undefined) {
  return async (): Promise<Report> => {
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
    if (redis)
      cache = {
        kind: 'redis',
        up: await redis.ping().then(
          () => true,
          () => false,
        ),
      };
    const ready = cache.up && Object.values(subgraphs).every((s) => s.up);
    return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'degraded', cache, subgraphs } };
  };
}
