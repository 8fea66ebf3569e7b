/**
 * The dossier over a Redis Cluster of three masters when one of them dies: every dossier still
 * answers (from the cache where its person's slot lives on a master still up, live from the state
 * systems where it does not), nothing crashes, and caching resumes once the master is back.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonym } from '../runtime/log.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { RedisCache } from '../subgraphs/kit/cache.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { gql, tokenFor } from './helpers.js';
import { startRedisCluster, type RedisClusterForTest } from './redis-cluster.js';

const population = generatePopulation({ size: 1000 });
const people = population.people.filter((p) => p.birthDate < '2000-01-01').slice(0, 12);
const READ = '{ me { name { full } vehicles { plate } civilRegistryFreshness { source } vehiclesFreshness { source } } }';

describe('a Redis Cluster master killed and restarted', () => {
  let cluster: RedisClusterForTest;
  let cache: RedisCache;
  let system: RunningSystem;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    cache = new RedisCache({ url: cluster.url, prefix: 'cluster-outage' });
    system = await startSystem({ population, cache });
  }, 90_000);
  afterAll(async () => {
    await system?.close();
    await cache?.close();
    await cluster?.close();
  });

  const read = async (iin: string) => {
    const body = await gql(system, READ, { token: await tokenFor(iin) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.me.name.full).toBeTruthy();
    return [body.data!.me.civilRegistryFreshness.source, body.data!.me.vehiclesFreshness.source] as string[];
  };

  /** Whose keys the first master holds. */
  const onFirstMaster = async (): Promise<Set<string>> => {
    const node = new Redis(cluster.ports[0]!, '127.0.0.1');
    try {
      const keys = await node.keys('{cluster-outage:*');
      return new Set(people.filter((p) => keys.some((k) => k.startsWith(`{cluster-outage:${pseudonym(p.iin)}}`))).map((p) => p.iin));
    } finally {
      node.disconnect();
    }
  };

  it('answers every dossier while the master is down, from the cache where it can, and caches again once it is back', async () => {
    for (const p of people) expect(await read(p.iin)).toEqual(['LIVE', 'LIVE']);
    for (const p of people) expect(await read(p.iin)).toEqual(['CACHE', 'CACHE']);
    const lost = await onFirstMaster();
    expect(lost.size).toBeGreaterThan(0);
    expect(lost.size).toBeLessThan(people.length);

    await cluster.kill(0);
    for (let round = 0; round < 2; round++) {
      for (const p of people) expect(await read(p.iin)).toEqual(lost.has(p.iin) ? ['LIVE', 'LIVE'] : ['CACHE', 'CACHE']);
    }

    await cluster.restart(0); // same port, same nodes.conf: it takes its slots back, empty
    const someone = [...lost][0]!;
    const deadline = Date.now() + 15_000;
    let sources = await read(someone);
    while (sources[0] !== 'CACHE' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      sources = await read(someone);
    }
    expect(sources).toEqual(['CACHE', 'CACHE']);
    // the others it holds are read live once more, then cached again; the rest never left the cache
    for (const p of people) expect(await read(p.iin)).toEqual(lost.has(p.iin) && p.iin !== someone ? ['LIVE', 'LIVE'] : ['CACHE', 'CACHE']);
    for (const p of people) expect(await read(p.iin)).toEqual(['CACHE', 'CACHE']);
  }, 90_000); // some sixty dossiers, on a busy machine
});
