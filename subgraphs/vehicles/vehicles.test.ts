import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { DEMO } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { entitiesQuery, querySubgraph, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { createMock, vehiclesRecordOf } from './mock.js';
import type { VehiclesRecord } from './record.js';
import { subgraph } from './subgraph.js';
import { expectLog } from '../../test/logs.js';
import { resetConfig } from '../../runtime/config.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

const population = generatePopulation({ size: 200 });
const recordOf = (iin: string) => vehiclesRecordOf(population.byIin.get(iin)!, population);

/** A valid IIN of nobody in the population. */
const STRANGER = '900101300017';

const stateSystemAnswers = stateSystemAnswering(population, recordOf);

const entities = async (url: string, iins: string[], selection: string) =>
  querySubgraph(url, entitiesQuery(selection), { variables: { representations: representations(iins) } });

const VEHICLE_FIELDS = 'plate vin make model year colour registeredSince registrationCertificate';
const LICENCE_FIELDS = 'number categories issued expires firstIssued validToday';

/** Runs `body` with today() pinned to `date`, then restores the suite's date. */
async function on<T>(date: string, body: () => Promise<T>): Promise<T> {
  const saved = process.env.TODAY;
  process.env.TODAY = date;
  resetConfig();
  try {
    return await body();
  } finally {
    process.env.TODAY = saved;
    resetConfig();
  }
}

describe('vehicles subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    const asked = stateSystemAnswers();
    const owner = population.people.find((p) => !Object.values(DEMO).includes(p.iin as never) && recordOf(p.iin).vehicles.length > 0)!;
    const iins = [DEMO.user, DEMO.wife, DEMO.daughter, owner.iin, STRANGER];
    const body = await entities(served.url, iins, `iin vehicles { plate vin } drivingLicence { number } vehiclesFreshness { source fetchedAt }`);
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    const [user, wife, daughter, other, stranger] = body.data!._entities;
    expect(user.vehicles).toEqual([{ plate: '215 AKZ 02', vin: 'JTNB11HK1J3045218' }]);
    expect(user.drivingLicence).toEqual({ number: 'AA123456' });
    expect(wife).toMatchObject({ iin: DEMO.wife, vehicles: [], drivingLicence: { number: 'AN587203' } });
    expect(daughter).toMatchObject({ vehicles: [], drivingLicence: null });
    expect(other.vehicles.map((v: { vin: string }) => v.vin).sort()).toEqual(
      recordOf(owner.iin)
        .vehicles.map((v) => v.vin)
        .sort(),
    );
    // Nobody the registry knows: no data, and no error either.
    expect(stranger).toEqual({ iin: STRANGER, vehicles: null, drivingLicence: null, vehiclesFreshness: { source: 'LIVE', fetchedAt: expect.any(String) } });
    expect(user.vehiclesFreshness.source).toBe('LIVE');
    expect(Number.isNaN(Date.parse(user.vehiclesFreshness.fetchedAt))).toBe(false);
  });

  it('answers a failing state system with every section field null and one coded error per field, without upstream details', async () => {
    stateSystemAnswers(503, { error: 'maintenance at gai-db-3.internal' });
    const body = await entities(served.url, [DEMO.user], `iin vehicles { plate } drivingLicence { number } vehiclesFreshness { source }`);
    expect(body.data!._entities).toEqual([{ iin: DEMO.user, vehicles: null, drivingLicence: null, vehiclesFreshness: null }]);
    expect(body.errors).toHaveLength(3);
    expect(body.errors!.map((e) => e.path!.at(-1)).sort()).toEqual(['drivingLicence', 'vehicles', 'vehiclesFreshness']);
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'VEHICLES' });
    }
    expect(JSON.stringify(body)).not.toContain('gai-db-3');
  });

  it('rejects a record with a licence category outside the official list', async () => {
    const bad = { ...recordOf(DEMO.wife), drivingLicence: { ...recordOf(DEMO.wife).drivingLicence!, categories: ['B', 'M'] } };
    stateSystemAnswers(200, { records: [bad], missing: [] });
    const body = await entities(served.url, [DEMO.wife], 'drivingLicence { categories }');
    expect(body.data!._entities[0].drivingLicence).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'VEHICLES' });
  });

  it("shows the demo family's vehicles and licences", async () => {
    stateSystemAnswers();
    const family = [DEMO.user, DEMO.wife, DEMO.daughter, DEMO.son, DEMO.elderSon];
    const body = await entities(served.url, family, `iin vehicles { ${VEHICLE_FIELDS} } drivingLicence { ${LICENCE_FIELDS} }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([
      {
        iin: DEMO.user,
        vehicles: [
          {
            plate: '215 AKZ 02',
            vin: 'JTNB11HK1J3045218',
            make: 'Toyota',
            model: 'Camry',
            year: 2018,
            colour: 'Белый',
            registeredSince: '2018-06-12',
            registrationCertificate: 'AM00215874',
          },
        ],
        // Expired on 2026-04-20: not valid on the suite's today, 2026-11-22.
        drivingLicence: {
          number: 'AA123456',
          categories: ['B', 'BE'],
          issued: '2016-04-20',
          expires: '2026-04-20',
          firstIssued: '2006-04-25',
          validToday: false,
        },
      },
      {
        iin: DEMO.wife,
        vehicles: [],
        drivingLicence: { number: 'AN587203', categories: ['B'], issued: '2022-09-10', expires: '2032-09-10', firstIssued: '2012-09-10', validToday: true },
      },
      { iin: DEMO.daughter, vehicles: [], drivingLicence: null },
      { iin: DEMO.son, vehicles: [], drivingLicence: null },
      { iin: DEMO.elderSon, vehicles: [], drivingLicence: null },
    ]);
  });

  it('computes validToday from today: valid through the expiry day, not after', async () => {
    const validity = async (date: string) =>
      on(date, async () => {
        stateSystemAnswers();
        const body = await entities(served.url, [DEMO.user], 'drivingLicence { validToday }');
        return body.data!._entities[0].drivingLicence.validToday;
      });
    expect(await validity('2016-04-20')).toBe(true);
    expect(await validity('2026-04-20')).toBe(true);
    expect(await validity('2026-04-21')).toBe(false);
    expect(await validity('2026-11-22')).toBe(false);
  });

  it('lists vehicles newest registration first and licence categories in the official order', async () => {
    const demo = recordOf(DEMO.user);
    const older = { ...demo.vehicles[0]!, plate: '777 KZA 02', vin: '1HGCM82633A004352', registeredSince: '2012-01-15' };
    const newer = { ...demo.vehicles[0]!, plate: '100 BBB 02', vin: '11111111111111111', registeredSince: '2024-08-01' };
    const record: VehiclesRecord = {
      iin: DEMO.user,
      vehicles: [older, demo.vehicles[0]!, newer],
      drivingLicence: { ...demo.drivingLicence!, categories: ['Tb', 'CE', 'B', 'C', 'A1', 'BE'] },
    };
    stateSystemAnswers(200, { records: [record], missing: [] });
    const body = await entities(served.url, [DEMO.user], 'vehicles { plate registeredSince } drivingLicence { categories }');
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0]).toEqual({
      vehicles: [
        { plate: '100 BBB 02', registeredSince: '2024-08-01' },
        { plate: '215 AKZ 02', registeredSince: '2018-06-12' },
        { plate: '777 KZA 02', registeredSince: '2012-01-15' },
      ],
      drivingLicence: { categories: ['A1', 'B', 'BE', 'C', 'CE', 'Tb'] },
    });
  });

  it('serves the same data over the mock state system, in one batch call', async () => {
    const mock = createMock(population);
    const mockUrl = await mock.listen(0);
    const overMock = await startForTest(subgraph, mockUrl);
    try {
      const iins = [DEMO.user, DEMO.wife, DEMO.son, STRANGER];
      const body = await entities(overMock.url, iins, `iin vehicles { ${VEHICLE_FIELDS} } drivingLicence { number categories }`);
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities[0].vehicles[0].plate).toBe('215 AKZ 02');
      expect(body.data!._entities[1].drivingLicence).toEqual({ number: 'AN587203', categories: ['B'] });
      expect(body.data!._entities[3]).toEqual({ iin: STRANGER, vehicles: null, drivingLicence: null });
      const stats = (await (await fetch(`${mockUrl}/_mock/stats`)).json()) as { calls: string[][] };
      expect(stats.calls).toEqual([iins]);
    } finally {
      await overMock.close();
      await mock.close();
    }
  });
});
