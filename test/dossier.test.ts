/**
 * The whole dossier across the seven subgraphs: the demo family consistent in every state system,
 * batching per state system, and one state system down costing its section only.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SECTIONS } from '../schema/sections.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import type { ChildrenDossiersQuery, WholeDossierQuery } from './operations/__generated__/operations.js';
import { operation } from './operations.js';
import { gql, mockStats, requestCounts, resetMocks, setFaults, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

let system: RunningSystem;
// a real cache, emptied before each test: counts start cold, and the gateway's own look-ups share it
const cache = new MemoryCache();

beforeAll(async () => {
  system = await startSystem({ population: generatePopulation({ size: 2000 }), cache, resilience: TEST_RESILIENCE });
});
afterAll(() => system?.close());
beforeEach(async () => {
  cache.clear();
  await resetMocks(system);
});

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

async function dossierOf(iin: string) {
  const body = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token: await tokenFor(iin) });
  expect(body.errors).toBeUndefined();
  return body.data!.me!;
}

describe('the demo family, in every state system', () => {
  it('has every section of the demo user, fetched live from its state system', async () => {
    const me = await dossierOf(DEMO.user);
    // WholeDossier reaches other persons (spouse, children), so the gateway first looked up the
    // caller's wards: that read the civil record live and cached it, and the dossier found it there.
    for (const f of FRESHNESS) expect(me[f]?.source, f).toBe(f === 'civilRegistryFreshness' ? 'CACHE' : 'LIVE');
    expect((await mockStats(system))['civil-registry']!.calls.filter((c) => c.includes(DEMO.user))).toEqual([[DEMO.user]]);
    expect(me.name!.full).toBe('Ахметов Серик Нурланович');
    expect(me.realEstate).toEqual([
      expect.objectContaining({ cadastralNumber: '20:316:024:021', kind: 'FLAT', share: { text: '1/2' }, coOwners: [{ iin: DEMO.wife }] }),
    ]);
    expect(me.realEstate![0]!.encumbrances).toEqual([expect.objectContaining({ kind: 'MORTGAGE', since: '2019-08-01' })]);
    expect(me.vehicles).toEqual([expect.objectContaining({ plate: '215 AKZ 02', make: 'Toyota', model: 'Camry', year: 2018 })]);
    expect(me.drivingLicence).toMatchObject({ categories: ['B', 'BE'], validToday: false });
    expect(me.fines!.filter((f) => !f.paid)).toEqual([
      expect.objectContaining({ article: expect.objectContaining({ code: '592 ч.1' }), amount: 43_250, discountAvailable: true, amountDue: 21_625 }),
    ]);
    expect(me.travelBan).toBe(false);
    expect(me.healthInsurance).toMatchObject({ insured: true, statusReason: 'EMPLOYEE' });
    expect(me.polyclinicAttachment!.districtNumber).toBe(12);
    expect(me.serviceRequests!.totalCount).toBeGreaterThan(0);
    expect(me.socialBenefits).toEqual([]);
    expect(me.licences).toEqual([]);
  });

  it('is consistent across subgraphs: the same flat for both spouses, the queue children are the registry children', async () => {
    const [me, wife] = [await dossierOf(DEMO.user), await dossierOf(DEMO.wife)];
    expect(me.spouse!.iin).toBe(DEMO.wife);
    expect(wife.spouse!.iin).toBe(DEMO.user);
    const { coOwners: _a, ...myFlat } = me.realEstate![0]!;
    const { coOwners: wifesCoOwners, ...herFlat } = wife.realEstate!.find((r) => r.cadastralNumber === myFlat.cadastralNumber)!;
    expect(herFlat).toEqual(myFlat);
    expect(wifesCoOwners).toEqual([{ iin: DEMO.user }]);
    expect(myFlat.address.full).toContain('проспект Абая 150');
    expect(me.address!.full).toContain('проспект Абая, 150');

    const registryChildren = new Set(me.children!.map((c) => c.iin));
    const queued = me.childrenKindergartenQueue!.map((e) => e.child.iin);
    expect(queued.sort()).toEqual([DEMO.daughter, DEMO.son].sort());
    for (const iin of queued) expect(registryChildren.has(iin)).toBe(true);
    expect(wife.childrenKindergartenQueue).toEqual(me.childrenKindergartenQueue);
    const daughter = await gql(system, `{ person(iin: "${DEMO.daughter}") { kindergartenQueue { applicationNumber position status child { iin } } } }`, {
      token: await tokenFor(DEMO.user),
    });
    expect(daughter.data!.person.kindergartenQueue).toEqual(me.childrenKindergartenQueue!.filter((e) => e.child.iin === DEMO.daughter));
  });
});

describe('batching', () => {
  it('me { children { every section } } costs each state system ONE request for all the children (the civil registry one more, for the parent)', async () => {
    const body = await gql<ChildrenDossiersQuery>(system, operation('ChildrenDossiers'), { token: await tokenFor(DEMO.user) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.me!.children!.map((c) => c.iin)).toEqual([DEMO.elderSon, DEMO.daughter, DEMO.son]);
    const stats = await mockStats(system);
    const children = [DEMO.elderSon, DEMO.daughter, DEMO.son].sort();
    for (const { subgraph } of SECTIONS) {
      const expected = subgraph === 'civil-registry' ? [[DEMO.user], children] : [children];
      expect(
        stats[subgraph]!.calls.map((c) => [...c].sort()),
        subgraph,
      ).toEqual(expected);
    }
  });
});

describe('one state system down', () => {
  const fieldsOf: Record<string, string[]> = {
    'civil-registry': ['name', 'documents', 'address', 'civilRegistryFreshness'],
    property: ['realEstate', 'entrepreneur', 'propertyFreshness'],
    vehicles: ['vehicles', 'drivingLicence', 'vehiclesFreshness'],
    health: ['polyclinicAttachment', 'healthInsurance', 'healthFreshness'],
    fines: ['fines', 'debts', 'travelBan', 'finesFreshness'],
    queues: ['kindergartenQueue', 'childrenKindergartenQueue', 'housingQueue', 'queuesFreshness'],
    'e-kyzmet': ['serviceRequests', 'serviceRequestsFreshness'],
    'social-benefits': ['socialBenefits', 'socialBenefitsFreshness'],
    licences: ['licences', 'licencesFreshness'],
  };

  it.each(SECTIONS.map((s) => [s.subgraph, s.section] as const))(
    '%s down: section %s null with a coded error, every other section intact',
    async (subgraph, section) => {
      const token = await tokenFor(DEMO.user);
      const whole = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token });
      cache.clear(); // nothing to serve stale: the section must fail
      await setFaults(system, subgraph, { down: true });
      const body = await gql<WholeDossierQuery>(system, operation('WholeDossier'), { token });
      const me = body.data!.me as Record<string, unknown>;
      const before = whole.data!.me as Record<string, unknown>;
      expect(me.iin).toBe(DEMO.user);
      for (const field of fieldsOf[subgraph]!) expect(me[field], field).toBeNull();
      for (const [other, fields] of Object.entries(fieldsOf)) {
        if (other === subgraph) continue;
        for (const field of fields) {
          if (field.endsWith('Freshness')) expect((me[field] as { source: string }).source, field).toBe('LIVE');
          else expect(me[field], field).toEqual(before[field]);
        }
      }
      expect(body.errors!.length).toBeGreaterThan(0);
      for (const error of body.errors!) expect(error.extensions).toEqual({ code: 'STATE_SYSTEM_UNAVAILABLE', section });
      const counts = await requestCounts(system);
      expect(counts[subgraph]).toBeGreaterThan(0);
    },
  );
});
