/**
 * The two sections added to the portal's dossier, social benefits and licences, through the whole
 * federation: the demo family's data, consistency with the business register, EDS-only, the access
 * log, the cache and Refresh, one request per state system.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresAccessLog, type AccessLog } from '../gateway/access-log/store.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { DEMO, DEMO_IINS } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { licencesRecordOf } from '../subgraphs/licences/mock.js';
import { gql, requestCounts, resetMocks, tokenFor } from './helpers.js';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';

const population = generatePopulation({ size: 2000 });
let system: RunningSystem;
const cache = new MemoryCache();
// the access log in PostgreSQL, in a schema of this run's own
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bl_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = new pg.Pool({ connectionString: DATABASE_URL });
let accessLog: AccessLog;

beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
  // the gateway only checks the schema (npm run migrate applies it), as in production
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  accessLog = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  system = await startSystem({ population, cache, accessLog, resilience: TEST_RESILIENCE, refreshMinIntervalMs: 0 });
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

const BENEFITS = '{ me { socialBenefits { kind status statusReason endsOn monthlyAmount lumpSum child { iin } } socialBenefitsFreshness { source } } }';

describe('social benefits and licences in the dossier', () => {
  it("show the wife's ended child benefits, and nothing for the demo user, each from ONE request to its state system", async () => {
    const wife = await gql(system, BENEFITS, { token: await tokenFor(DEMO.wife) });
    expect(wife.errors).toBeUndefined();
    expect(wife.data!.me).toEqual({
      socialBenefits: [
        {
          kind: 'CHILD_BIRTH_ALLOWANCE',
          status: 'ENDED',
          statusReason: 'ONE_OFF_PAID',
          endsOn: null,
          monthlyAmount: null,
          lumpSum: 131_100,
          child: { iin: DEMO.son },
        },
        {
          kind: 'CHILD_CARE_PAYMENT',
          status: 'ENDED',
          statusReason: 'CHILD_REACHED_AGE',
          endsOn: '2024-09-01',
          monthlyAmount: 72_000,
          lumpSum: null,
          child: { iin: DEMO.son },
        },
        {
          kind: 'CHILD_BIRTH_ALLOWANCE',
          status: 'ENDED',
          statusReason: 'ONE_OFF_PAID',
          endsOn: null,
          monthlyAmount: null,
          lumpSum: 110_846,
          child: { iin: DEMO.daughter },
        },
        {
          kind: 'CHILD_CARE_PAYMENT',
          status: 'ENDED',
          statusReason: 'CHILD_REACHED_AGE',
          endsOn: '2022-05-10',
          monthlyAmount: 84_000,
          lumpSum: null,
          child: { iin: DEMO.daughter },
        },
      ],
      socialBenefitsFreshness: { source: 'LIVE' },
    });
    const user = await gql(system, '{ me { socialBenefits { kind } licences { number } } }', { token: await tokenFor(DEMO.user) });
    expect(user.data!.me).toEqual({ socialBenefits: [], licences: [] });
    const counts = await requestCounts(system);
    expect([counts['social-benefits'], counts.licences]).toEqual([2, 1]);
  });

  it("show an entrepreneur's licence in the trade name the business register gives", async () => {
    const holder = population.people.find(
      (p) => !DEMO_IINS.includes(p.iin) && licencesRecordOf(p, population).licences.some((l) => l.holder.kind === 'INDIVIDUAL_ENTREPRENEUR'),
    )!;
    expect(holder).toBeDefined();
    const body = await gql(system, '{ me { entrepreneur { tradeName registeredOn } licences { activity activityName issuedOn holder { kind name bin } } } }', {
      token: await tokenFor(holder.iin),
    });
    expect(body.errors).toBeUndefined();
    const { entrepreneur, licences } = body.data!.me;
    const own = licences.filter((l: { holder: { kind: string } }) => l.holder.kind === 'INDIVIDUAL_ENTREPRENEUR');
    expect(own).toHaveLength(1);
    expect(own[0].holder).toEqual({ kind: 'INDIVIDUAL_ENTREPRENEUR', name: entrepreneur.tradeName, bin: null });
    expect(own[0].issuedOn >= entrepreneur.registeredOn).toBe(true);
  });

  it('need a login by EDS: without it both sections are null with EDS_REQUIRED and no state system is asked', async () => {
    const body = await gql(
      system,
      '{ me { name { full } socialBenefits { kind } socialBenefitsFreshness { source } licences { number } licencesFreshness { source } } }',
      {
        token: await tokenFor(DEMO.father, 'PASSWORD'),
      },
    );
    expect(body.data!.me).toEqual({
      name: { full: expect.any(String) },
      socialBenefits: null,
      socialBenefitsFreshness: null,
      licences: null,
      licencesFreshness: null,
    });
    expect(body.errors!.map((e) => [e.path!.join('.'), e.extensions!.code]).sort()).toEqual([
      ['me.licences', 'EDS_REQUIRED'],
      ['me.licencesFreshness', 'EDS_REQUIRED'],
      ['me.socialBenefits', 'EDS_REQUIRED'],
      ['me.socialBenefitsFreshness', 'EDS_REQUIRED'],
    ]);
    const counts = await requestCounts(system);
    expect([counts['social-benefits'], counts.licences]).toEqual([0, 0]);
  });

  it('are recorded in the access log as the sections SOCIAL_BENEFITS and LICENCES', async () => {
    const token = await tokenFor(DEMO.father);
    await gql(system, '{ me { socialBenefits { kind } licences { number } } }', { token });
    const log = await gql(system, '{ me { accessLog(first: 1) { edges { node { sections relation } } } } }', { token });
    expect(log.errors).toBeUndefined();
    const [entry] = log.data!.me.accessLog.edges.map((e: { node: { sections: string[] } }) => e.node);
    expect([...entry.sections].sort()).toEqual(['LICENCES', 'SOCIAL_BENEFITS']);
    expect(entry.relation).toBe('OWNER');
  });

  it('are cached, and Refresh brings in a correction made in the state system with one request', async () => {
    const token = await tokenFor(DEMO.father);
    const first = await gql(system, '{ me { socialBenefits { kind monthlyAmount } } }', { token });
    expect(first.data!.me.socialBenefits).toEqual([{ kind: 'OLD_AGE_PENSION', monthlyAmount: 172_600 }]);
    // the centre recalculates his pension
    const mock = system.subgraphs.find((s) => s.name === 'social-benefits')!.mockUrl;
    const pension = (await (await fetch(`${mock}/api/v1/persons/${DEMO.father}`)).json()) as { benefits: Array<Record<string, unknown>> };
    await resetMocks(system);
    const put = await fetch(`${mock}/_mock/records/${DEMO.father}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ benefits: [{ ...pension.benefits[0], monthlyAmount: 180_000 }] }),
    });
    expect(put.ok).toBe(true);
    const cached = await gql(system, '{ me { socialBenefits { monthlyAmount } socialBenefitsFreshness { source } } }', { token });
    expect(cached.data!.me).toEqual({ socialBenefits: [{ monthlyAmount: 172_600 }], socialBenefitsFreshness: { source: 'CACHE' } });
    const refreshed = await gql(
      system,
      'mutation { refreshDossier(sections: [SOCIAL_BENEFITS]) { refreshedSections person { socialBenefits { monthlyAmount } socialBenefitsFreshness { source } } } }',
      { token },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refreshDossier).toEqual({
      refreshedSections: ['SOCIAL_BENEFITS'],
      person: { socialBenefits: [{ monthlyAmount: 180_000 }], socialBenefitsFreshness: { source: 'LIVE' } },
    });
    const counts = await requestCounts(system);
    expect(counts['social-benefits']).toBe(1);
    expect(counts.licences).toBe(0);
  });
});
