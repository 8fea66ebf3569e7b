/**
 * Connections to the shared Redis, single or Cluster, from one URL (REDIS_URL):
 *
 *   redis://[user:password@]host:port[/db]                  one Redis (rediss:// with TLS)
 *   redis-cluster://[user:password@]host1:port1,host2:port2  a Redis Cluster: its seed nodes (any
 *                                                           of its masters; the rest is discovered;
 *                                                           rediss-cluster:// with TLS)
 *
 * Both fail fast while Redis is away (a command is refused at once, never queued), so callers can
 * answer without it, and keep reconnecting. The Cluster client pipelines automatically: commands
 * issued together go out as one pipeline per node.
 */
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { configOf, type Env } from './config.js';

export type RedisClient = Redis | Cluster;

const CLUSTER_SCHEME = /^(rediss?)-cluster:\/\//;

export const isClusterUrl = (url: string): boolean => CLUSTER_SCHEME.test(url);

/** The seed nodes and credentials of a `redis-cluster://` URL. */
export function parseClusterUrl(url: string): { nodes: Array<{ host: string; port: number }>; username?: string; password?: string; tls: boolean } {
  const scheme = CLUSTER_SCHEME.exec(url);
  if (!scheme) throw new Error('a Redis Cluster URL starts with redis-cluster:// or rediss-cluster://');
  let rest = url.slice(scheme[0].length).replace(/\/.*$/, '');
  let username: string | undefined;
  let password: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    const credentials = rest.slice(0, at);
    rest = rest.slice(at + 1);
    const colon = credentials.indexOf(':');
    username = decodeURIComponent(colon >= 0 ? credentials.slice(0, colon) : credentials) || undefined;
    password = colon >= 0 ? decodeURIComponent(credentials.slice(colon + 1)) : undefined;
  }
  const nodes = rest
    .split(',')
    .filter(Boolean)
    .map((node) => {
      const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(node);
      if (!match) throw new Error(`REDIS_URL: "${node}" is not host:port`);
      return { host: match[1]!.replace(/^\[|\]$/g, ''), port: Number(match[2]) };
    });
  if (nodes.length === 0) throw new Error('REDIS_URL names no cluster node');
  return { nodes, username, password, tls: scheme[1] === 'rediss' };
}

const FAIL_FAST: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  connectTimeout: 1000,
  commandTimeout: 1000,
  retryStrategy: (attempt) => Math.min(100 * attempt, 2000),
};

/** A client of the Redis or Redis Cluster at `url`, failing fast while it is away. */
export function connectRedis(url: string, options: RedisOptions = {}): RedisClient {
  if (!isClusterUrl(url)) return new Redis(url, { ...FAIL_FAST, ...options });
  const { nodes, username, password, tls } = parseClusterUrl(url);
  const { retryStrategy, enableOfflineQueue, lazyConnect, ...perNode } = { ...FAIL_FAST, ...options };
  return new Cluster(nodes, {
    enableAutoPipelining: true,
    enableOfflineQueue,
    lazyConnect,
    clusterRetryStrategy: (attempt) => (retryStrategy ? retryStrategy(attempt) : null),
    // a master that comes back on its address is reconnected to, not only found again on a MOVED
    clusterNodeRetryStrategy: (attempt) => Math.min(100 * attempt, 2000),
    // a master gone: its commands fail at once (answered without the cache), not after retries
    retryDelayOnFailover: 0,
    slotsRefreshTimeout: 1000,
    slotsRefreshInterval: 5000,
    redisOptions: { ...perNode, username, password, ...(tls ? { tls: {} } : {}) },
  });
}

/** Whether a client can take commands now (a Cluster: its slots are known). */
export const isReady = (client: RedisClient): boolean => client.status === 'ready';

/**
 * The shared cache's URL (REDIS_URL). Replicas agree only through it: the subgraphs' cache, its
 * generations, claims and refresh limits, and what the gateways must forget after a refresh. So
 * production refuses to start without it, saying why; development runs without it in one process.
 */
export function sharedCacheUrl(part: 'gateway' | 'subgraph', env?: Env): string | undefined {
  const { REDIS_URL, production } = configOf(env);
  if (REDIS_URL) return REDIS_URL;
  if (production) {
    throw new Error(
      `REDIS_URL must be set in production: without the shared cache each ${part} replica keeps its own, ` +
        'so a refresh served by one replica reaches no other (the other subgraphs and gateways go on serving what it replaced)',
    );
  }
  return undefined;
}
