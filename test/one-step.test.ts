/**
 * The one-step plan at work, over real HTTP: every state-system subgraph serves `me` and
 * `person(iin)` alike (subgraphs/kit/root.ts), so the gateway asks the subgraphs a query needs at
 * once, and they their state systems at once; no look-up of the caller's wards stands in front
 * when the query reads no one else; one subgraph down costs its sections only; a refused
 * `person(iin)` is one error, not one per subgraph. The cache is a real Redis (a prefix of its own).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn, MAJORITY_AGE } from '../schema/dates.js';
import { today } from '../runtime/today.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { RedisCache } from '../subgraphs/kit/cache.js';
import { DEMO, DEMO_IINS } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import type { WholeDossierQuery } from './operations/__generated__/operations.js';
import { operation } from './operations.js';
import { gql, mockStats, resetMocks, setFaults, tokenFor, type MockStats } from './helpers.js';

const population = generatePopulation({ size: 2000 });
const prefix = `test:one-step:${randomUUID()}`;
const cache = new RedisCache({ url: process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379', prefix });
let system: RunningSystem;

/** Every key of this run's prefix, gone: the next read of anyone asks the state systems. */
async function clearCache(): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await cache.redis.scan(cursor, 'MATCH', `{${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await cache.redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

beforeAll(async () => {
  system = await startSystem({ population, cache, resilience: TEST_RESILIENCE });
}, 120_000);
afterAll(async () => {
  await clearCache().catch(() => undefined);
  await system?.close();
  await cache.close();
});

/** Adults without children, not of the demo family: callers the gateway has never seen, one per test. */
const newcomers = population.people
  .filter((p) => !DEMO_IINS.includes(p.iin) && p.childIins.length === 0 && ageOn(p.birthDate, today()) >= MAJORITY_AGE)
  .map((p) => p.iin);
let taken = 0;
const newcomer = () => newcomers[taken++]!;

/** Every state system slow alike, so that requests made one after another cannot overlap. */
const LATENCY_MS = 200;
async function slowStateSystems(): Promise<void> {
  await resetMocks(system);
  await Promise.all(system.subgraphs.map((s) => setFaults(system, s.name, { latencyMs: LATENCY_MS })));
}

/**
 * Whether the first data request of each of these state systems was in flight at one moment: the
 * last of them arrived before the first of them was answered. Asked one after another, a later
 * one arrives only after an earlier one was answered.
 */
function askedAtOnce(stats: Record<string, MockStats>, systems: string[]): boolean {
  const first = systems.map((name) => {
    const span = [...stats[name]!.spans].sort((a, b) => a.receivedAt - b.receivedAt)[0];
    expect(span, `${name} was asked`).toBeDefined();
    return span!;
  });
  return Math.max(...first.map((s) => s.receivedAt)) < Math.min(...first.map((s) => s.answeredAt));
}

const SEVEN = ['civil-registry', 'property', 'vehicles', 'health', 'fines', 'queues', 'e-kyzmet'];

describe('one step', () => {
  it('a cold whole dossier asks all seven state systems at the same time', async () => {
    const token = await tokenFor(DEMO.user);
    // the gateway learns the caller's wards (the dossier reads the children's names), then the cache is emptied
    expect((await gql(system, '{ me { children { iin name { full } } } }', { token })).errors).toBeUndefined();
    await clearCache();
    await slowStateSystems();
    const body = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token });
    expect(body.errors).toBeUndefined();
    expect(body.data!.me!.vehiclesFreshness!.source).toBe('LIVE');
    const stats = await mockStats(system);
    for (const name of SEVEN) expect(stats[name]!.calls[0], name).toEqual([DEMO.user]);
    expect(askedAtOnce(stats, SEVEN)).toBe(true);
  });

  it('a new caller’s query about themselves: no look-up of wards in front, its three state systems at once', async () => {
    const iin = newcomer();
    await slowStateSystems();
    const query = '{ me { name { full } vehicles { plate } fines(paid: false) { amount } spouse { iin } children { iin } } }';
    const body = await gql(system, query, { token: await tokenFor(iin) });
    expect(body.errors).toBeUndefined();
    const stats = await mockStats(system);
    // a look-up of wards would read the caller's civil record first, alone, before the plan's fetches
    expect(stats['civil-registry']!.calls).toEqual([[iin]]);
    expect(askedAtOnce(stats, ['civil-registry', 'vehicles', 'fines'])).toBe(true);
    for (const name of ['property', 'health', 'queues', 'e-kyzmet']) expect(stats[name]!.requests, name).toBe(0);
  });

  it('a new parent’s whole dossier: the look-up of the wards runs beside the plan, and only the fetch reading the children waits for it', async () => {
    // an adult with minor children whom the gateway has never seen: WholeDossier reads the children's names
    const parent = population.people.find(
      (p) =>
        !DEMO_IINS.includes(p.iin) &&
        ageOn(p.birthDate, today()) >= MAJORITY_AGE &&
        p.childIins.length > 0 &&
        !p.childIins.some((c) => DEMO_IINS.includes(c)) &&
        p.childIins.every((c) => ageOn(population.byIin.get(c)!.birthDate, today()) < MAJORITY_AGE),
    )!;
    await slowStateSystems();
    const body = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token: await tokenFor(parent.iin) });
    expect(body.errors).toBeUndefined();
    // the children's names came through: that fetch went with the wards
    expect(body.data!.me!.children!.map((c) => c.iin).sort()).toEqual([...parent.childIins].sort());
    for (const child of body.data!.me!.children!) expect(child.name?.full, child.iin).toBeTruthy();
    const stats = await mockStats(system);
    // the look-up read the caller's civil record first; the plan's civil-registry fetch found it
    // cached and read only the children's records
    const civil = stats['civil-registry']!.calls;
    expect(civil[0]).toEqual([parent.iin]);
    expect(civil.flat().filter((iin) => iin === parent.iin)).toHaveLength(1);
    expect(new Set(civil.slice(1).flat())).toEqual(new Set(parent.childIins));
    // with the look-up in front, civil-registry would have answered before the others were asked
    expect(askedAtOnce(stats, SEVEN)).toBe(true);
  });

  it('person(iin) with the caller’s own IIN needs no wards either', async () => {
    const iin = newcomer();
    await slowStateSystems();
    const body = await gql(system, 'query Own($iin: String!) { person(iin: $iin) { name { full } vehicles { plate } } }', {
      token: await tokenFor(iin),
      variables: { iin },
    });
    expect(body.errors).toBeUndefined();
    const stats = await mockStats(system);
    expect(stats['civil-registry']!.calls).toEqual([[iin]]);
    expect(askedAtOnce(stats, ['civil-registry', 'vehicles'])).toBe(true);
  });
});

describe('a refused person(iin) is one error', () => {
  const errorsOf = (body: { errors?: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }> }) =>
    (body.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path }));

  it('someone the caller may not read: one FORBIDDEN, though three subgraphs refused', async () => {
    const query = `{ person(iin: "${DEMO.father}") { name { full } vehicles { plate } fines { amount } } }`;
    const body = await gql(system, query, { token: await tokenFor(DEMO.user) });
    expect(body.data!.person).toBeNull();
    expect(errorsOf(body)).toEqual([{ code: 'FORBIDDEN', path: ['person'] }]);
  });

  it('an IIN that breaks a rule: one BAD_USER_INPUT naming the rule', async () => {
    const body = await gql(system, '{ person(iin: "850314301235") { name { full } vehicles { plate } healthInsurance { insured } } }', {
      token: await tokenFor(DEMO.user),
    });
    expect(errorsOf(body)).toEqual([{ code: 'BAD_USER_INPUT', path: ['person'] }]);
    expect(body.errors![0]!.extensions).toMatchObject({ argument: 'iin', rule: 'CONTROL_DIGIT' });
  });
});

describe('one subgraph down', () => {
  it('costs its sections only: `me` and every other section still answered', async () => {
    const token = await tokenFor(DEMO.user);
    await resetMocks(system);
    const whole = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token });
    expect(whole.errors).toBeUndefined();
    await system.subgraphs.find((s) => s.name === 'vehicles')!.stop();
    const body = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token });
    const me = body.data!.me!;
    const { vehicles, drivingLicence, vehiclesFreshness, ...rest } = me;
    const { vehicles: _v, drivingLicence: _d, vehiclesFreshness: _f, ...restBefore } = whole.data!.me!;
    expect({ vehicles, drivingLicence, vehiclesFreshness }).toEqual({ vehicles: null, drivingLicence: null, vehiclesFreshness: null });
    // every other section as before (the freshness of cached reads aside)
    const withoutFreshness = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.endsWith('Freshness')));
    expect(withoutFreshness(rest)).toEqual(withoutFreshness(restBefore));
    expect(me.iin).toBe(DEMO.user);
    expect(body.errors!.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', section: 'VEHICLES' })]);
  });
});
