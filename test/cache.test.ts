/**
 * The cache of state-system answers against a real Redis (REDIS_TEST_URL, default the local one)
 * and against a Redis Cluster of three masters the suite starts, each run under its own key prefix.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Served } from '../runtime/http.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { CachePolicy, RedisCache } from '../subgraphs/kit/cache.js';
import { querySubgraph, startForTest } from '../subgraphs/kit/testing.js';
import { subgraph as civilRegistry } from '../subgraphs/civil-registry/subgraph.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import type { RefreshSectionsMutation, WholeDossierQuery } from './operations/__generated__/operations.js';
import { operation } from './operations.js';
import { gql, requestCounts, resetMocks, setFaults, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';
import { keyInspector, roundTrips, startRedisCluster, type KeyInspector } from './redis-cluster.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('cache_dev_key', 'state_system_failed');

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const population = generatePopulation({ size: 2000 });
/**
 * A different adult for each test, of a family no earlier test has read (refresh is rate-limited,
 * and a dossier read caches the spouse's and children's civil records too).
 */
const adults = population.people.filter((p) => p.birthDate < '2000-01-01' && !Object.values(DEMO).includes(p.iin as never));
const touched = new Set<string>();
const chosen: string[] = [];
const someone = () => {
  const person = adults.find((p) => !touched.has(p.iin))!;
  const family = [person.iin, ...person.childIins, ...person.marriages.map((m) => m.spouseIin), person.fatherIin, person.motherIin];
  for (const iin of family) if (iin) touched.add(iin);
  chosen.push(person.iin);
  return person;
};

interface Backend {
  url: string;
  inspector: KeyInspector;
  close(): Promise<void>;
}

/** The whole suite runs on one Redis and on a Redis Cluster of three masters (started here). */
const backends = [
  {
    name: 'one Redis',
    start: async (): Promise<Backend> => {
      const inspector = await keyInspector(new Redis(REDIS_URL));
      return { url: REDIS_URL, inspector, close: async () => inspector.close() };
    },
  },
  {
    name: 'a Redis Cluster of three masters',
    start: async (): Promise<Backend> => {
      const cluster = await startRedisCluster();
      const inspector = await keyInspector(cluster.inspector());
      return { url: cluster.url, inspector, close: async () => (inspector.close(), cluster.close()) };
    },
  },
];

describe.each(backends)('on $name', ({ start }) => {
  const prefix = `test:${randomUUID()}`;
  let backend: Backend;
  let inspector: KeyInspector;
  const caches: RedisCache[] = [];
  const redisCache = (policy?: CachePolicy) => {
    const cache = new RedisCache({ url: backend.url, prefix, policy });
    caches.push(cache);
    return cache;
  };

  let system: RunningSystem;

  beforeAll(async () => {
    backend = await start();
    inspector = backend.inspector;
    system = await startSystem({ population, cache: redisCache(), refreshMinIntervalMs: 60_000 });
  }, 90_000); // a cluster and the whole system to start, on a busy machine
  afterAll(async () => {
    await system?.close();
    if (inspector) await inspector.del(await inspector.keys(`{${prefix}:*`));
    await Promise.all(caches.map((c) => c.close()));
    await backend?.close();
  });
  beforeEach(() => resetMocks(system));

  const civilRequests = async (): Promise<number> => (await requestCounts(system))['civil-registry'] ?? 0;

  const putRecord = async (iin: string, change: Record<string, unknown>) => {
    const civil = system.subgraphs.find((s) => s.name === 'civil-registry')!;
    const response = await fetch(`${civil.mockUrl}/_mock/records/${iin}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
    expect(response.status).toBe(200);
  };

  const READ = '{ me { name { full } address { full } civilRegistryFreshness { source fetchedAt } } }';

  describe('read-through cache', () => {
    it('answers a second read from the cache, with no state-system request, and says so', async () => {
      const token = await tokenFor(someone().iin);
      const first = await gql(system, READ, { token });
      expect(first.data!.me.civilRegistryFreshness.source).toBe('LIVE');
      expect(await civilRequests()).toBe(1);
      const second = await gql(system, READ, { token });
      expect(second.data!.me.civilRegistryFreshness).toEqual({ source: 'CACHE', fetchedAt: first.data!.me.civilRegistryFreshness.fetchedAt });
      expect(second.data!.me.name).toEqual(first.data!.me.name);
      expect(await civilRequests()).toBe(1);
    });

    it('collapses concurrent misses for the same person into one state-system request', async () => {
      const token = await tokenFor(someone().iin);
      await setFaults(system, 'civil-registry', { latencyMs: 150 });
      const answers = await Promise.all([1, 2, 3].map(() => gql(system, READ, { token })));
      for (const a of answers) expect(a.data!.me.civilRegistryFreshness.source).toBe('LIVE');
      expect(await civilRequests()).toBe(1);
    });
  });

  describe('refreshDossier', () => {
    const REFRESH = `mutation($sections: [DossierSection!]!) {
      refreshDossier(sections: $sections) { refreshedSections person { address { full } civilRegistryFreshness { source } } }
    }`;

    it('makes the next read come from the state system, and answers with the corrected record in the same round trip', async () => {
      const person = someone();
      const token = await tokenFor(person.iin);
      await gql(system, READ, { token });
      await putRecord(person.iin, { address: { ...person.address, street: 'улица Исправленная', house: '7', flat: null } });
      const cached = await gql(system, READ, { token });
      expect(cached.data!.me.address.full).not.toContain('Исправленная');
      const before = await civilRequests();
      const refreshed = await gql(system, REFRESH, { token, variables: { sections: ['CIVIL_REGISTRY'] } });
      expect(refreshed.errors).toBeUndefined();
      expect(refreshed.data!.refreshDossier).toEqual({
        refreshedSections: ['CIVIL_REGISTRY'],
        person: { address: { full: expect.stringContaining('улица Исправленная, 7') }, civilRegistryFreshness: { source: 'LIVE' } },
      });
      expect((await civilRequests()) - before).toBe(1);
      // and the fresh copy is what the cache now serves
      const after = await gql(system, READ, { token });
      expect(after.data!.me).toMatchObject({ address: refreshed.data!.refreshDossier.person.address, civilRegistryFreshness: { source: 'CACHE' } });
      expect((await civilRequests()) - before).toBe(1);
    });

    it('lets a parent read a child the civil registry has newly registered as soon as they refresh it', async () => {
      const parent = someone();
      const newborn = population.people.find((p) => p.birthDate > '2020-01-01' && !touched.has(p.iin) && !parent.childIins.includes(p.iin))!;
      touched.add(newborn.iin);
      const token = await tokenFor(parent.iin);
      const READ_CHILD = `{ person(iin: "${newborn.iin}") { name { full } } }`;
      const refused = await gql(system, READ_CHILD, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await putRecord(parent.iin, { childIins: [...parent.childIins, newborn.iin] });
      // the registry's record is cached, and so are the parent's wards
      expect((await gql(system, READ_CHILD, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const refreshed = await gql(system, 'mutation { refreshDossier(sections: [CIVIL_REGISTRY]) { refreshedSections } }', { token });
      expect(refreshed.errors).toBeUndefined();
      const read = await gql(system, READ_CHILD, { token });
      expect(read.errors).toBeUndefined();
      expect(read.data!.person.name.full).toContain(newborn.firstName);
    });

    it('is rate-limited per person and section, and a refused refresh changes nothing', async () => {
      const token = await tokenFor(someone().iin);
      const ok = await gql(system, REFRESH, { token, variables: { sections: ['CIVIL_REGISTRY'] } });
      expect(ok.errors).toBeUndefined();
      const tooSoon = await gql(system, 'mutation { refreshDossier(sections: [PROPERTY, CIVIL_REGISTRY]) { refreshedSections } }', { token });
      expect(tooSoon.data).toBeNull();
      expect(tooSoon.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', section: 'CIVIL_REGISTRY' });
      const wait = tooSoon.errors![0]!.extensions!.retryAfterSeconds as number;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      // PROPERTY was not refreshed by the refused call: it may be refreshed now
      const property = await gql(system, 'mutation { refreshDossier(sections: [PROPERTY]) { refreshedSections } }', { token });
      expect(property.data).toEqual({ refreshDossier: { refreshedSections: ['PROPERTY'] } });
    });

    it('refreshes a minor child when asked, and nobody else', async () => {
      const token = await tokenFor(DEMO.user);
      const child = await gql(system, `mutation { refreshDossier(sections: [CIVIL_REGISTRY], iin: "${DEMO.son}") { person { iin } } }`, { token });
      expect(child.data).toEqual({ refreshDossier: { person: { iin: DEMO.son } } });
      const father = await gql(system, `mutation { refreshDossier(sections: [CIVIL_REGISTRY], iin: "${DEMO.father}") { person { iin } } }`, { token });
      expect(father.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      const none = await gql(system, 'mutation { refreshDossier(sections: []) { refreshedSections } }', { token });
      expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'sections' });
      const unknown = await gql(system, 'mutation { refreshDossier(sections: [PASSPORTS]) { refreshedSections } }', { token });
      expect(unknown.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(unknown.errors![0]!.message).toContain('PASSPORTS');
    });

    it('keeps a read that was in flight during the refresh from putting its old copy back', async () => {
      const person = someone();
      const token = await tokenFor(person.iin);
      await setFaults(system, 'civil-registry', { latencyMs: 400 });
      const inFlight = gql(system, READ, { token }); // asks the state system before the correction
      await new Promise((r) => setTimeout(r, 150));
      await putRecord(person.iin, { address: { ...person.address, street: 'улица Новая' } });
      const refreshed = await gql(system, 'mutation { refreshDossier(sections: [CIVIL_REGISTRY]) { refreshedSections } }', { token });
      expect(refreshed.errors).toBeUndefined();
      const old = await inFlight;
      expect(old.data!.me.address.full).not.toContain('улица Новая');
      await setFaults(system, 'civil-registry', { latencyMs: 0 });
      const before = await civilRequests();
      const next = await gql(system, READ, { token });
      expect(next.data!.me.address.full).toContain('улица Новая');
      expect(next.data!.me.civilRegistryFreshness.source).toBe('LIVE');
      expect((await civilRequests()) - before).toBe(1);
    });
  });

  describe('the whole dossier', () => {
    const FRESHNESS = [
      'civilRegistryFreshness',
      'propertyFreshness',
      'vehiclesFreshness',
      'healthFreshness',
      'finesFreshness',
      'queuesFreshness',
      'serviceRequestsFreshness',
      'socialBenefitsFreshness',
      'licencesFreshness',
    ] as const;
    const sources = (me: Record<string, unknown>) => FRESHNESS.map((f) => (me[f] as { source: string }).source);

    it('a second read costs no state-system request at all, and every section says CACHE', async () => {
      const token = await tokenFor(DEMO.wife);
      const first = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token });
      expect(first.errors).toBeUndefined();
      expect(Object.values(await requestCounts(system)).every((n) => n >= 1)).toBe(true);
      await resetMocks(system);
      const second = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token });
      expect(second.errors).toBeUndefined();
      expect(await requestCounts(system)).toEqual(Object.fromEntries(system.subgraphs.map((s) => [s.name, 0])));
      expect(sources(second.data!.me!)).toEqual(FRESHNESS.map(() => 'CACHE'));
      const strip = (me: Record<string, unknown>) => Object.fromEntries(Object.entries(me).filter(([k]) => !k.endsWith('Freshness')));
      expect(strip(second.data!.me!)).toEqual(strip(first.data!.me!));
    });

    it('after refreshDossier([VEHICLES]) exactly the vehicles state system is asked again, once, and the answer has its correction', async () => {
      const person = someone();
      const token = await tokenFor(person.iin);
      await gql(system, operation('WholeDossier'), { token });
      const vehicles = system.subgraphs.find((s) => s.name === 'vehicles')!;
      const corrected = {
        vehicles: [
          {
            plate: '001 KZT 01',
            vin: 'JTNB11HK1J3045218',
            make: 'Toyota',
            model: 'Land Cruiser',
            year: 2024,
            colour: 'Чёрный',
            registeredSince: '2026-11-20',
            registrationCertificate: 'AA00000001',
          },
        ],
      };
      const put = await fetch(`${vehicles.mockUrl}/_mock/records/${person.iin}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(corrected),
      });
      expect(put.status).toBe(200);
      const before = await requestCounts(system);
      const body = await gql<RefreshSectionsMutation>(system, operation('RefreshSections'), { token, variables: { sections: ['VEHICLES'] } });
      expect(body.errors).toBeUndefined();
      const after = await requestCounts(system);
      const asked = Object.fromEntries(Object.keys(after).map((k) => [k, after[k]! - before[k]!]));
      expect(asked).toEqual({ ...Object.fromEntries(Object.keys(after).map((k) => [k, 0])), vehicles: 1 });
      const refreshed = body.data!.refreshDossier.person;
      expect(refreshed.vehicles).toEqual([expect.objectContaining({ plate: '001 KZT 01', model: 'Land Cruiser' })]);
      expect(sources(refreshed)).toEqual(FRESHNESS.map((f) => (f === 'vehiclesFreshness' ? 'LIVE' : 'CACHE')));
    });
  });

  describe('across replicas', () => {
    let one: Served;
    let two: Served;
    let civilMockUrl: string;
    beforeAll(async () => {
      civilMockUrl = system.subgraphs.find((s) => s.name === 'civil-registry')!.mockUrl;
      // two replicas of the civil-registry subgraph, each with its own Redis connection and flights
      one = await startForTest(civilRegistry, civilMockUrl, { cache: redisCache() });
      two = await startForTest(civilRegistry, civilMockUrl, { cache: redisCache() });
    });
    afterAll(async () => {
      await one?.close();
      await two?.close();
    });

    it('share answers and refreshes through one Redis', async () => {
      const iin = someone().iin;
      const query = '{ me { name { full } civilRegistryFreshness { source } } }';
      expect((await querySubgraph(one.url, query, { caller: { iin } })).data!.me.civilRegistryFreshness.source).toBe('LIVE');
      expect((await querySubgraph(two.url, query, { caller: { iin } })).data!.me.civilRegistryFreshness.source).toBe('CACHE');
      expect(await civilRequests()).toBe(1);
      const refresh = await querySubgraph(two.url, 'mutation { refreshDossier(sections: [CIVIL_REGISTRY]) { refreshedSections } }', { caller: { iin } });
      expect(refresh.errors).toBeUndefined();
      expect((await querySubgraph(one.url, query, { caller: { iin } })).data!.me.civilRegistryFreshness.source).toBe('LIVE');
      expect(await civilRequests()).toBe(2);
    });

    const bothAt = (iin: string) => {
      const query = '{ me { name { full } civilRegistryFreshness { source fetchedAt } } }';
      return Promise.all([one, two].map((replica) => querySubgraph(replica.url, query, { caller: { iin } })));
    };

    it('ask the state system once for a person both miss at the same moment: the other replica waits for the answer in Redis', async () => {
      const iin = someone().iin;
      await setFaults(system, 'civil-registry', { latencyMs: 300 });
      const answers = await bothAt(iin);
      expect(await civilRequests()).toBe(1);
      for (const a of answers) expect(a.errors).toBeUndefined();
      const [a, b] = answers.map((x) => x.data!.me);
      expect(a.name.full).toBeTruthy();
      expect(b.name).toEqual(a.name);
      expect([a.civilRegistryFreshness.source, b.civilRegistryFreshness.source].sort()).toEqual(['CACHE', 'LIVE']);
      expect(b.civilRegistryFreshness.fetchedAt).toBe(a.civilRegistryFreshness.fetchedAt);
    });

    it('still join a request in flight in their own process: two misses at one replica are one request, both LIVE', async () => {
      const iin = someone().iin;
      await setFaults(system, 'civil-registry', { latencyMs: 300 });
      const query = '{ me { civilRegistryFreshness { source fetchedAt } } }';
      const answers = await Promise.all([1, 2].map(() => querySubgraph(one.url, query, { caller: { iin } })));
      expect(answers.map((a) => a.data!.me.civilRegistryFreshness.source)).toEqual(['LIVE', 'LIVE']);
      expect(await civilRequests()).toBe(1);
    });

    it('take over when the replica that asked fails: the other asks for itself only then, and neither hangs', async () => {
      const iin = someone().iin;
      const latencyMs = 200;
      await setFaults(system, 'civil-registry', { latencyMs, failRate: 1 });
      const started = performance.now();
      const answers = await bothAt(iin);
      const elapsedMs = performance.now() - started;
      for (const a of answers) {
        expect(a.data!.me.name).toBeNull();
        expect(a.errors!.map((e) => e.extensions?.code)).toContain('STATE_SYSTEM_UNAVAILABLE');
      }
      expect(await civilRequests()).toBe(2);
      // one request after the other, not side by side: the second waited for the first to fail
      expect(elapsedMs).toBeGreaterThanOrEqual(2 * latencyMs);
    });
  });

  describe('a batch over many people', () => {
    it('costs at most one round trip per node holding some of them, for every operation, and keeps each answer with its person', async () => {
      const cache = redisCache();
      await cache.connect();
      const iins = population.people.slice(0, 100).map((p) => p.iin);
      await cache.read('VEHICLES', iins); // every node's connection open
      const trips = roundTrips(cache.redis);
      const nodes = cache.redis.isCluster ? 3 : 1;
      const atMostOnePerNode = () => {
        const perNode = trips.take();
        expect(perNode).toHaveLength(nodes);
        for (const n of perNode) expect(n).toBeLessThanOrEqual(1);
        return perNode.reduce((a, b) => a + b, 0);
      };
      const reads = await cache.read('VEHICLES', iins);
      expect(atMostOnePerNode()).toBe(nodes);
      const claims = reads.map((r, i) => ({ iin: iins[i]!, generation: r.generation! }));
      expect(await cache.claim('VEHICLES', claims, 5000)).toEqual(iins.map(() => true));
      atMostOnePerNode();
      await cache.write(
        'VEHICLES',
        claims.map((c, n) => ({ ...c, value: { n }, fetchedAt: Date.now() })),
      );
      atMostOnePerNode();
      await cache.release('VEHICLES', claims);
      atMostOnePerNode();
      const again = await cache.read('VEHICLES', iins);
      atMostOnePerNode();
      expect(again.map((r) => r.answer)).toEqual(iins.map((_, n) => ({ value: { n }, fetchedAt: expect.any(Number), fresh: true })));
    });
  });

  describe('what Redis holds', () => {
    it('has no IIN or name in any key or value', async () => {
      const token = await tokenFor(DEMO.user);
      await gql(system, '{ me { name { full } children { name { full } } marriages { spouseName { full } } } }', { token });
      const keys = await inspector.keys(`{${prefix}:*`);
      expect(keys.length).toBeGreaterThan(4);
      const values = await Promise.all(keys.map(async (k) => ((await inspector.type(k)) === 'string' ? ((await inspector.get(k)) ?? '') : '')));
      const everything = [...keys, ...values].join('\n');
      for (const iin of Object.values(DEMO)) expect(everything).not.toContain(iin);
      for (const iin of chosen) expect(everything).not.toContain(iin);
      for (const word of ['Ахметов', 'Серик', 'Абая']) expect(everything).not.toContain(word);
    });

    it('expires answers after the section TTL', async () => {
      const policy = new CachePolicy({ CIVIL_REGISTRY: 1 });
      const replica = await startForTest(civilRegistry, system.subgraphs.find((s) => s.name === 'civil-registry')!.mockUrl, { cache: redisCache(policy) });
      try {
        const caller = { iin: someone().iin };
        const query = '{ me { name { full } civilRegistryFreshness { source } } }';
        const source = async () => (await querySubgraph(replica.url, query, { caller })).data!.me.civilRegistryFreshness.source;
        expect(await source()).toBe('LIVE');
        expect(await source()).toBe('CACHE');
        await new Promise((r) => setTimeout(r, 1100));
        expect(await source()).toBe('LIVE');
        expect(await civilRequests()).toBe(2);
        const ttl = await inspector.pttl((await inspector.keys(`{${prefix}:*}:CIVIL_REGISTRY:d`))[0]!);
        expect(ttl).toBeGreaterThan(1000); // kept past its TTL, to be served stale if the state system fails
      } finally {
        await replica.close();
      }
    });

    it('serves a copy past its TTL, marked STALE with when it was fetched, when the state system fails', async () => {
      const policy = new CachePolicy({ CIVIL_REGISTRY: 1 });
      const replica = await startForTest(civilRegistry, system.subgraphs.find((s) => s.name === 'civil-registry')!.mockUrl, { cache: redisCache(policy) });
      try {
        const caller = { iin: someone().iin };
        const query = '{ me { name { full } civilRegistryFreshness { source fetchedAt } } }';
        const first = (await querySubgraph(replica.url, query, { caller })).data!.me;
        expect(first.civilRegistryFreshness.source).toBe('LIVE');
        await new Promise((r) => setTimeout(r, 1100));
        await setFaults(system, 'civil-registry', { down: true });
        const stale = await querySubgraph(replica.url, query, { caller });
        expect(stale.data!.me).toEqual({ name: first.name, civilRegistryFreshness: { source: 'STALE', fetchedAt: first.civilRegistryFreshness.fetchedAt } });
      } finally {
        await replica.close();
      }
    });
  });
});
