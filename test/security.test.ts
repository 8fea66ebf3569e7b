/**
 * Every boundary treated as hostile: subgraphs reachable only by the gateway, nobody's dossier but
 * one's own and one's minor children's, EDS for the full dossier, query limits, masked errors, and
 * a record of every access that only the owner reads.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';
import { openPostgresAccessLog, type AccessLog } from '../gateway/access-log/store.js';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { entitiesQuery, querySubgraph, representations } from '../subgraphs/kit/testing.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { gql, requestCounts, resetMocks, tokenFor } from './helpers.js';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `sec_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = new pg.Pool({ connectionString: DATABASE_URL });
let accessLog: AccessLog;
let system: RunningSystem;
const cache = new MemoryCache();

beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  accessLog = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  system = await startSystem({ population: generatePopulation({ size: 1000 }), cache, accessLog });
});
afterAll(async () => {
  await system?.close();
  await accessLog?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});
beforeEach(async () => {
  cache.clear();
  await resetMocks(system);
});

const errorCodes = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (body.errors ?? []).map((e) => e.extensions?.code);

describe('subgraphs accept only the gateway', () => {
  it.each(['civil-registry', 'property', 'vehicles', 'health', 'fines', 'queues', 'e-kyzmet', 'social-benefits', 'licences'])(
    '%s refuses plain, _entities and _service requests without a gateway credential',
    async (name) => {
      const url = system.subgraphs.find((s) => s.name === name)!.url;
      for (const query of ['{ __typename }', '{ _service { sdl } }', entitiesQuery('iin')]) {
        const body = await querySubgraph(url, query, { caller: null, variables: { representations: representations([DEMO.user]) } });
        expect(body.status).toBe(401);
        expect(errorCodes(body)).toEqual(['UNAUTHENTICATED']);
        expect(body.data ?? null).toBeNull();
      }
      const forged = await querySubgraph(url, '{ _service { sdl } }', { callerToken: `${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.` });
      expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
    },
  );

  it.each(['property', 'vehicles', 'health', 'fines', 'queues', 'e-kyzmet', 'social-benefits', 'licences'])(
    '%s serves no section of a forged representation of another person',
    async (name) => {
      const url = system.subgraphs.find((s) => s.name === name)!.url;
      const field = {
        property: 'realEstate { cadastralNumber }',
        vehicles: 'vehicles { plate }',
        health: 'healthInsurance { insured }',
        fines: 'fines { amount }',
        queues: 'housingQueue { position }',
        'e-kyzmet': 'serviceRequests { totalCount }',
        'social-benefits': 'socialBenefits { kind }',
        licences: 'licences { number }',
      }[name];
      const body = await querySubgraph(url, entitiesQuery(`iin ${field}`), {
        variables: { representations: representations([DEMO.father]) },
        caller: { iin: DEMO.user, wards: [DEMO.elderSon] },
      });
      expect(errorCodes(body)).toEqual(['FORBIDDEN']);
      expect((await requestCounts(system))[name]).toBe(0);
    },
  );
});

describe('who may be read', () => {
  it.each([
    ['the spouse, through me.spouse', '{ me { spouse { iin vehicles { plate } fines { amount } } } }', ['me', 'spouse']],
    ['a parent, through me.parents', '{ me { parents { iin realEstate { cadastralNumber } } } }', ['me', 'parents', 0]],
    ['a co-owner, through the flat', '{ me { realEstate { coOwners { iin healthInsurance { insured } } } } }', ['me', 'realEstate', 0, 'coOwners', 0]],
    ["the wife's marriages, through the marriage record", '{ me { marriages { spouse { iin address { full } } } } }', ['me', 'marriages', 0, 'spouse']],
  ])("refuses %s: the reference only, never that adult's sections", async (_what, query, at) => {
    const body = await gql(system, query, { token: await tokenFor(DEMO.user) });
    expect(errorCodes(body).length).toBeGreaterThan(0);
    expect(new Set(errorCodes(body))).toEqual(new Set(['FORBIDDEN']));
    let node: any = body.data;
    for (const key of at) node = node[key];
    expect(node.iin).toMatch(/^\d{12}$/);
    const sections = Object.entries(node).filter(([k]) => k !== 'iin');
    for (const [, value] of sections) expect(value).toBeNull();
    expect(JSON.stringify(body.data)).not.toMatch(/Toyota|20:316|insured/);
  });

  it('refuses person(iin) of anyone else, and allows the minor children, through every subgraph', async () => {
    const token = await tokenFor(DEMO.user);
    const father = await gql(system, `{ person(iin: "${DEMO.father}") { iin vehicles { plate } } }`, { token });
    expect(father.data).toEqual({ person: null });
    expect(errorCodes(father)).toEqual(['FORBIDDEN']);
    const son = await gql(
      system,
      `{ person(iin: "${DEMO.elderSon}") { name { full } vehicles { plate } fines { amount } polyclinicAttachment { districtNumber } } }`,
      { token },
    );
    expect(son.errors).toBeUndefined();
    expect(son.data!.person).toEqual({ name: { full: 'Ахметов Тимур Серикович' }, vehicles: [], fines: [], polyclinicAttachment: { districtNumber: 4 } });
    const children = await gql(system, '{ me { children { iin kindergartenQueue { position } } } }', { token });
    expect(children.errors).toBeUndefined();
    expect(children.data!.me.children.map((c: { kindergartenQueue: unknown[] }) => c.kindergartenQueue.length)).toEqual([0, 1, 1]);
  });

  it("refuses the father his adult son's dossier: children over 18 are not wards", async () => {
    const body = await gql(system, '{ me { children { iin name { full } vehicles { plate } } } }', { token: await tokenFor(DEMO.father) });
    expect(body.data!.me.children).toEqual([{ iin: DEMO.user, name: null, vehicles: null }]);
    expect(new Set(errorCodes(body))).toEqual(new Set(['FORBIDDEN']));
  });
});

describe('login level', () => {
  it.each(['PASSWORD', 'SMS'] as const)(
    'a %s login sees the identity summary and service requests; EDS-only fields are null with EDS_REQUIRED, never fetched',
    async (login) => {
      const body = await gql(
        system,
        '{ me { iin name { full } birthDate serviceRequests(first: 1) { totalCount } address { full } vehicles { plate } children { iin } } }',
        {
          token: await tokenFor(DEMO.user, login),
        },
      );
      expect(body.data!.me).toMatchObject({
        iin: DEMO.user,
        name: { full: 'Ахметов Серик Нурланович' },
        birthDate: '1985-03-14',
        address: null,
        vehicles: null,
        children: null,
      });
      expect(body.data!.me.serviceRequests.totalCount).toBeGreaterThan(0);
      expect(body.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([
        [['me', 'address'], 'EDS_REQUIRED'],
        [['me', 'vehicles'], 'EDS_REQUIRED'],
        [['me', 'children'], 'EDS_REQUIRED'],
      ]);
      expect((await requestCounts(system)).vehicles).toBe(0);
    },
  );

  it.each([
    ['vehicles', 'vehicles { plate }'],
    ['property', 'realEstate { cadastralNumber }'],
    ['health', 'healthInsurance { insured }'],
    ['fines', 'fines { amount }'],
    ['queues', 'childrenKindergartenQueue { position }'],
    ['civil-registry', 'address { full }'],
  ])('%s itself refuses an EDS-only field to a password login, whatever the gateway sent', async (name, field) => {
    const url = system.subgraphs.find((s) => s.name === name)!.url;
    const body = await querySubgraph(url, entitiesQuery(`iin ${field}`), {
      variables: { representations: representations([DEMO.user]) },
      caller: { iin: DEMO.user, login: 'PASSWORD', wards: [] },
    });
    expect(errorCodes(body)).toEqual(['EDS_REQUIRED']);
    expect((await requestCounts(system))[name]).toBe(0);
  });

  it('the same query with EDS is answered whole', async () => {
    const body = await gql(system, '{ me { name { full } address { full } vehicles { plate } } }', { token: await tokenFor(DEMO.user, 'EDS') });
    expect(body.errors).toBeUndefined();
    expect(body.data!.me.vehicles).toEqual([{ plate: '215 AKZ 02' }]);
  });
});

describe('query limits and errors', () => {
  it('refuses a query over a limit before any subgraph is asked', async () => {
    const deep = `{ me { ${'children { '.repeat(12)}iin${' }'.repeat(12)} } }`;
    const body = await gql(system, deep, { token: await tokenFor(DEMO.user) });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'DEPTH' });
    const aliases = `{ me { ${Array.from({ length: 20 }, (_, i) => `a${i}: iin`).join(' ')} } }`;
    expect((await gql(system, aliases, { token: await tokenFor(DEMO.user) })).errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'ALIASES',
    });
    expect(Object.values(await requestCounts(system)).every((n) => n === 0)).toBe(true);
  });

  it('suggests no field names', async () => {
    const body = await gql(system, '{ me { vehicle { plate } } }', { token: await tokenFor(DEMO.user) });
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('answers introspection in development only', async () => {
    const token = await tokenFor(DEMO.user);
    expect((await gql(system, '{ __schema { queryType { name } } }', { token })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const production = await startGateway({
      auth: await authConfigFromEnv(),
      subgraphUrls: Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])),
      development: false,
      accessLog,
    });
    try {
      const response = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0]!.message).toMatch(/introspection/i);
      const landing = await fetch(production.url, { headers: { accept: 'text/html' } });
      expect(await landing.text()).not.toMatch(/sandbox/i);
    } finally {
      await production.close();
    }
  });
});

describe('the access log', () => {
  it('records every read of a section, and shows the owner who read their dossier', async () => {
    const parent = await tokenFor(DEMO.user);
    await gql(system, `{ person(iin: "${DEMO.elderSon}") { name { full } fines { amount } } }`, {
      token: parent,
      headers: { 'apollographql-client-name': 'telegram-bot' },
    });
    const son = await tokenFor(DEMO.elderSon);
    const log = await gql(
      system,
      '{ me { accessLog(first: 5) { edges { node { sections relation reader { iin } login client requestId at } } pageInfo { hasNextPage } } } }',
      { token: son },
    );
    expect(log.errors).toBeUndefined();
    const entries = log.data!.me.accessLog.edges.map((e: { node: unknown }) => e.node);
    expect(entries[0]).toMatchObject({ relation: 'PARENT', reader: { iin: DEMO.user }, login: 'EDS', client: 'telegram-bot' });
    expect(new Set(entries[0].sections)).toEqual(new Set(['CIVIL_REGISTRY', 'FINES']));
  });

  it('is readable by the owner only', async () => {
    const body = await gql(system, `{ person(iin: "${DEMO.elderSon}") { accessLog { edges { node { at } } } } }`, { token: await tokenFor(DEMO.user) });
    expect(body.data!.person.accessLog).toBeNull();
    expect(errorCodes(body)).toEqual(['FORBIDDEN']);
  });

  it('is append-only in the database', async () => {
    await expect(admin.query(`UPDATE ${schema}.access_log SET client = 'x'`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`DELETE FROM ${schema}.access_log`)).rejects.toThrow(/append-only/);
  });

  it('fails the read when the access cannot be recorded: nothing unrecorded is served', async () => {
    const broken: AccessLog = { record: async () => Promise.reject(new Error('disk full')), list: accessLog.list, close: async () => undefined };
    const gateway = await startGateway({
      auth: await authConfigFromEnv(),
      subgraphUrls: Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])),
      accessLog: broken,
    });
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(DEMO.user)}` },
        body: JSON.stringify({ query: '{ me { name { full } vehicles { plate } } }' }),
      });
      const body = (await response.json()) as { data: unknown; errors: Array<{ extensions: Record<string, unknown> }> };
      expect(body.data).toBeNull();
      expect(body.errors.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', section: 'ACCESS_LOG' }]);
      expect(JSON.stringify(body)).not.toMatch(/Ахметов|Toyota/);
    } finally {
      await gateway.close();
    }
  });
});
