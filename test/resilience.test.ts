/**
 * A slow, flapping, down or garbage-answering state system costs its section only.
 */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { RedisCache } from '../subgraphs/kit/cache.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { gql, requestCounts, resetMocks, setFaults, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('cache_dev_key', 'state_system_failed', 'circuit');

const population = generatePopulation({ size: 2000 });
const adults = population.people.filter((p) => p.birthDate < '2000-01-01' && !Object.values(DEMO).includes(p.iin as never));
let next = 0;
/** A person not read before in this file: a cold cache for them. */
const freshCaller = async () => tokenFor(adults[next++]!.iin);

const cache = new RedisCache({ url: process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379', prefix: `test:${randomUUID()}` });
let system: RunningSystem;
const QUERY = '{ me { name { full } vehicles { plate } drivingLicence { number } vehiclesFreshness { source fetchedAt } fines { amount } } }';

beforeAll(async () => {
  system = await startSystem({ population, cache, resilience: { timeoutMs: 300, retries: 1, breakerFailures: 1000 } });
});
afterAll(async () => {
  await system?.close();
  const keys = await cache.redis.keys(`${(cache as unknown as { prefix: string }).prefix}:*`);
  if (keys.length) await cache.redis.del(...keys);
  await cache.close();
});
beforeEach(() => resetMocks(system));

const vehiclesErrors = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (body.errors ?? []).filter((e) => e.extensions?.section === 'VEHICLES');

describe('a state system that fails', () => {
  it('at 10× its timeout: the section is null with STATE_SYSTEM_TIMEOUT, the rest answered without waiting for it', async () => {
    await setFaults(system, 'vehicles', { latencyMs: 3000 });
    const started = Date.now();
    const body = await gql(system, QUERY, { token: await freshCaller() });
    expect(Date.now() - started).toBeLessThan(2500); // well before the state system would have answered
    expect(body.data!.me.name.full).toBeTruthy();
    expect(body.data!.me.fines).toBeInstanceOf(Array);
    expect(body.data!.me).toMatchObject({ vehicles: null, drivingLicence: null, vehiclesFreshness: null });
    expect(vehiclesErrors(body).map((e) => e.extensions!.code)).toEqual(['STATE_SYSTEM_TIMEOUT', 'STATE_SYSTEM_TIMEOUT', 'STATE_SYSTEM_TIMEOUT']);
    expect(body.errors).toHaveLength(3);
    expect((await requestCounts(system)).vehicles).toBe(2); // one retry inside the deadline
  });

  it('failing half of its requests: every answer is whole or coded, and retries save most', async () => {
    await setFaults(system, 'vehicles', { failRate: 0.5 });
    let whole = 0;
    for (let i = 0; i < 12; i++) {
      const body = await gql(system, QUERY, { token: await freshCaller() });
      expect(body.data!.me.name.full).toBeTruthy();
      const errors = vehiclesErrors(body);
      if (errors.length === 0) whole++;
      else expect(new Set(errors.map((e) => e.extensions!.code))).toEqual(new Set(['STATE_SYSTEM_UNAVAILABLE']));
      expect((body.errors ?? []).length).toBe(errors.length);
    }
    expect(whole).toBeGreaterThan(0);
  });

  it('down, with a copy in the cache: the copy is served, marked STALE with when it was fetched', async () => {
    const token = await freshCaller();
    const warm = await gql(system, QUERY, { token });
    expect(warm.data!.me.vehiclesFreshness.source).toBe('LIVE');
    // the citizen asks for a new copy, but the state system is down
    expect((await gql(system, 'mutation { refreshDossier(sections: [VEHICLES]) { refreshedSections } }', { token })).errors).toBeUndefined();
    await setFaults(system, 'vehicles', { down: true });
    const body = await gql(system, QUERY, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data!.me).toMatchObject({
      vehicles: warm.data!.me.vehicles,
      drivingLicence: warm.data!.me.drivingLicence,
      vehiclesFreshness: { source: 'STALE', fetchedAt: warm.data!.me.vehiclesFreshness.fetchedAt },
    });
    expect((await requestCounts(system)).vehicles).toBeGreaterThan(0);
  });

  it('down, with nothing cached: the section is null with STATE_SYSTEM_UNAVAILABLE', async () => {
    await setFaults(system, 'vehicles', { down: true });
    const body = await gql(system, QUERY, { token: await freshCaller() });
    expect(body.data!.me).toMatchObject({ vehicles: null, drivingLicence: null, vehiclesFreshness: null });
    expect(body.data!.me.name.full).toBeTruthy();
    expect(vehiclesErrors(body).map((e) => e.extensions)).toEqual(Array(3).fill({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'VEHICLES' }));
  });

  it.each([
    ['malformed JSON', () => '{"records": [{"iin": "85'],
    ['a record of another person', () => ({ records: [{ iin: DEMO.father, vehicles: [], drivingLicence: null }], missing: [] })],
  ])('answering %s: STATE_SYSTEM_BAD_RESPONSE, and nothing of it cached', async (_name, answer) => {
    const token = await freshCaller();
    const vehicles = system.subgraphs.find((s) => s.name === 'vehicles')!;
    nock(vehicles.mockUrl).post('/api/v1/persons:batch').times(2).reply(200, answer(), { 'content-type': 'application/json' });
    const bad = await gql(system, QUERY, { token });
    expect(bad.data!.me.vehicles).toBeNull();
    expect(vehiclesErrors(bad)[0]!.extensions).toEqual({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'VEHICLES' });
    nock.removeInterceptor({ hostname: '127.0.0.1', port: Number(new URL(vehicles.mockUrl).port), path: '/api/v1/persons:batch', method: 'POST' });
    nock.cleanAll();
    const good = await gql(system, QUERY, { token });
    expect(good.errors).toBeUndefined();
    expect(good.data!.me.vehiclesFreshness.source).toBe('LIVE');
    expect((await requestCounts(system)).vehicles).toBe(1);
  });
});
