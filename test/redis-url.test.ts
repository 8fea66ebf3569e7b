import { describe, expect, it } from 'vitest';
import { Cluster, Redis } from 'ioredis';
import { connectRedis, parseClusterUrl, sharedCacheUrl } from '../runtime/redis.js';

describe('REDIS_URL', () => {
  it('names one Redis, or a Redis Cluster by its seed nodes', () => {
    expect(parseClusterUrl('redis-cluster://10.0.0.1:7000,10.0.0.2:7001')).toEqual({
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
      ],
      username: undefined,
      password: undefined,
      tls: false,
    });
    expect(parseClusterUrl('rediss-cluster://app:s%40cret@redis-0.redis:6379,[::1]:6380/')).toEqual({
      nodes: [
        { host: 'redis-0.redis', port: 6379 },
        { host: '::1', port: 6380 },
      ],
      username: 'app',
      password: 's@cret',
      tls: true,
    });
    expect(() => parseClusterUrl('redis-cluster://host-without-port')).toThrow(/host:port/);
    const one = connectRedis('redis://127.0.0.1:1', { lazyConnect: true });
    const cluster = connectRedis('redis-cluster://127.0.0.1:1,127.0.0.1:2', { lazyConnect: true });
    expect(one).toBeInstanceOf(Redis);
    expect(cluster).toBeInstanceOf(Cluster);
    one.disconnect();
    cluster.disconnect();
  });

  it('is required in production, with the reason; optional in development', () => {
    expect(() => sharedCacheUrl('gateway', { NODE_ENV: 'production' })).toThrow(
      /REDIS_URL must be set in production: .* a refresh served by one replica reaches no other/,
    );
    expect(sharedCacheUrl('subgraph', { NODE_ENV: 'production', REDIS_URL: 'redis://r:6379' })).toBe('redis://r:6379');
    expect(sharedCacheUrl('subgraph', {})).toBeUndefined();
  });
});
