/**
 * Replicas agree: two gateway processes (A and B) and two processes each of the civil-registry and
 * vehicles subgraphs (A's and B's), over one Redis, as production runs them. What one replica
 * changes (a refresh), every other sees at once; a miss two replicas share costs the state system
 * one request.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SECTIONS } from '../schema/sections.js';
import { createMock as civilMock } from '../subgraphs/civil-registry/mock.js';
import { createMock as vehiclesMock } from '../subgraphs/vehicles/mock.js';
import type { MockStateSystem } from '../subgraphs/mocks/state-system.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { freePort, startGatewayProcess, startSubgraphProcess, stop } from './processes.js';
import { tokenFor } from './helpers.js';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const population = generatePopulation({ size: 1000 });
const adults = population.people.filter((p) => p.birthDate < '2000-01-01');
let next = 0;
const someone = () => adults[next++]!;
const envName = (subgraph: string) => `SUBGRAPH_URL_${subgraph.toUpperCase().replace(/-/g, '_')}`;

describe('two gateway replicas and two replicas of two subgraphs, separate processes over one Redis', () => {
  const shared = { REDIS_URL, CACHE_PREFIX: `test:${randomUUID()}` };
  // the gateways' access log in a PostgreSQL schema of this test's own (the embedded one is slow to start)
  const schema = `replicas_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  const accessLog = { DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` };
  const children: ChildProcess[] = [];
  let mocks: { civil: MockStateSystem; vehicles: MockStateSystem };
  const mockUrl = { civil: '', vehicles: '' };
  const gateway = { A: '', B: '' };

  beforeAll(async () => {
    await admin.query(`CREATE SCHEMA ${schema}`);
    // the gateway only checks the schema (npm run migrate applies it), as in production
    await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
    mocks = { civil: civilMock(population), vehicles: vehiclesMock(population) };
    mockUrl.civil = await mocks.civil.listen();
    mockUrl.vehicles = await mocks.vehicles.listen();
    // subgraphs not started here are pointed at a port nothing listens on
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const others = Object.fromEntries(SECTIONS.map((s) => [envName(s.subgraph), nowhere]));
    const keep = <T extends { child: ChildProcess }>(started: T): T => (children.push(started.child), started);
    const started = await Promise.allSettled(
      (['A', 'B'] as const).map(async (replica) => {
        const [civil, vehicles] = await Promise.all([
          startSubgraphProcess('civil-registry', { ...shared, STATE_SYSTEM_URL: mockUrl.civil }).then(keep),
          startSubgraphProcess('vehicles', { ...shared, STATE_SYSTEM_URL: mockUrl.vehicles }).then(keep),
        ]);
        const front = keep(
          await startGatewayProcess({ ...shared, ...accessLog, ...others, [envName('civil-registry')]: civil.url, [envName('vehicles')]: vehicles.url }),
        );
        gateway[replica] = front.url;
      }),
    );
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  }, 400_000); // six Node processes to start, on a busy machine
  afterAll(async () => {
    await Promise.all(children.map((c) => stop(c, 'SIGTERM')));
    await mocks?.civil.close();
    await mocks?.vehicles.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  beforeEach(async () => {
    await Promise.all(Object.values(mockUrl).map((url) => fetch(`${url}/_mock/reset`, { method: 'POST' })));
  });

  const ask = async (replica: 'A' | 'B', iin: string, query: string) => {
    const response = await fetch(gateway[replica], {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(iin, 'EDS')}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, unknown> }> };
  };
  const requests = async (mock: keyof typeof mockUrl) => ((await (await fetch(`${mockUrl[mock]}/_mock/stats`)).json()) as { requests: number }).requests;
  const put = async (mock: keyof typeof mockUrl, iin: string, change: Record<string, unknown>) => {
    const response = await fetch(`${mockUrl[mock]}/_mock/records/${iin}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
    expect(response.status).toBe(200);
  };

  it('a refresh through gateway A is seen by a read through gateway B', async () => {
    const person = someone();
    const READ = '{ me { vehicles { plate } vehiclesFreshness { source } } }';
    expect((await ask('B', person.iin, READ)).data.me.vehiclesFreshness.source).toBe('LIVE');
    expect((await ask('A', person.iin, READ)).data.me.vehiclesFreshness.source).toBe('CACHE');
    const plate = '001 KZT 01';
    await put('vehicles', person.iin, {
      vehicles: [
        {
          plate,
          vin: 'JTNB11HK1J3045218',
          make: 'Toyota',
          model: 'Land Cruiser',
          year: 2024,
          colour: 'Чёрный',
          registeredSince: '2026-11-20',
          registrationCertificate: 'AA00000001',
        },
      ],
    });
    expect((await ask('B', person.iin, READ)).data.me.vehicles).not.toContainEqual({ plate });
    const refreshed = await ask('A', person.iin, 'mutation { refreshDossier(sections: [VEHICLES]) { person { vehicles { plate } } } }');
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data.refreshDossier.person.vehicles).toEqual([{ plate }]);
    expect((await ask('B', person.iin, READ)).data.me).toEqual({ vehicles: [{ plate }], vehiclesFreshness: { source: 'CACHE' } });
    expect(await requests('vehicles')).toBe(2);
  });

  it('a child newly registered in the civil registry is readable through B right after the parent refreshes through A', async () => {
    const parent = someone();
    const newborn = population.people.find((p) => p.birthDate > '2020-01-01' && !parent.childIins.includes(p.iin))!;
    const READ_CHILD = `{ person(iin: "${newborn.iin}") { name { full } } }`;
    expect((await ask('B', parent.iin, READ_CHILD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await put('civil', parent.iin, { childIins: [...parent.childIins, newborn.iin] });
    // B remembers the parent's wards, and the registry's record is cached
    expect((await ask('B', parent.iin, READ_CHILD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refreshed = await ask('A', parent.iin, 'mutation { refreshDossier(sections: [CIVIL_REGISTRY]) { refreshedSections } }');
    expect(refreshed.errors).toBeUndefined();
    const read = await ask('B', parent.iin, READ_CHILD);
    expect(read.errors).toBeUndefined();
    expect(read.data.person.name.full).toContain(newborn.firstName);
  });

  it('concurrent misses for one person through both gateways cost the state system one request', async () => {
    const person = someone();
    await fetch(`${mockUrl.civil}/_mock/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 300 }) });
    const READ = '{ me { name { full } civilRegistryFreshness { source fetchedAt } } }';
    const [a, b] = await Promise.all([ask('A', person.iin, READ), ask('B', person.iin, READ)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data.me.name).toEqual(a.data.me.name);
    expect(b.data.me.civilRegistryFreshness.fetchedAt).toBe(a.data.me.civilRegistryFreshness.fetchedAt);
    expect(await requests('civil')).toBe(1);
  });
});
