import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { entitiesQuery, querySubgraph, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { DEMO, DEMO_IINS } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { createMock, licencesRecordOf } from './mock.js';
import type { LicenceRecord, LicencesRecord } from './record.js';
import { subgraph } from './subgraph.js';

const population = generatePopulation({ size: 2000 });
const recordOf = (iin: string): LicencesRecord => licencesRecordOf(population.byIin.get(iin)!, population);
const holders = population.people.filter((p) => !DEMO_IINS.includes(p.iin) && recordOf(p.iin).licences.length > 0);
const stateSystemAnswers = stateSystemAnswering(population, recordOf);
const entities = (url: string, iins: string[], selection: string) =>
  querySubgraph(url, entitiesQuery(selection), { variables: { representations: representations(iins) } });

const FULL =
  'number activity activityName subtype holder { kind name bin } licensor issuedOn status statusSince statusReason annexes { number subtype issuedOn placeOfActivity }';

/** A licence of the classifier, made up for the tests that send their own records. */
const LICENCE: LicenceRecord = {
  number: '19004517',
  activity: 'MEDICAL',
  subtype: 'Стоматологическая помощь',
  holder: { kind: 'INDIVIDUAL_ENTREPRENEUR', name: 'ИП Омаров', bin: null },
  licensor: 'ГУ «Управление здравоохранения города Алматы»',
  issuedOn: '2019-03-04',
  status: 'VALID',
  statusSince: '2019-03-04',
  statusReason: null,
  annexes: [{ number: '001', subtype: 'Стоматологическая помощь', issuedOn: '2019-03-04', placeOfActivity: 'г. Алматы, улица Сатпаева, 12' }],
};

describe('licences subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    expect(holders.length).toBeGreaterThan(10);
    const iins = [...holders.slice(0, 4).map((p) => p.iin), DEMO.user];
    const asked = stateSystemAnswers();
    const body = await entities(served.url, iins, `iin licences { ${FULL} } licencesFreshness { source }`);
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    for (const [i, iin] of iins.entries()) {
      const got = body.data!._entities[i];
      expect(got.licences.map((l: { number: string }) => l.number).sort()).toEqual(
        recordOf(iin)
          .licences.map((l) => l.number)
          .sort(),
      );
      expect(got.licencesFreshness).toEqual({ source: 'LIVE' });
    }
    // the demo user holds none
    expect(body.data!._entities[4].licences).toEqual([]);
  });

  it('maps a licence whole: the activity name from the classifier, annexes in order', async () => {
    const [iin] = [holders[0]!.iin];
    const second = { number: '002', subtype: 'Медицинская реабилитация', issuedOn: '2021-06-01', placeOfActivity: null };
    stateSystemAnswers(200, { records: [{ iin, licences: [{ ...LICENCE, annexes: [second, ...LICENCE.annexes] }] }], missing: [] });
    const body = await entities(served.url, [iin], `licences { ${FULL} }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0].licences).toEqual([{ ...LICENCE, activityName: 'Медицинская деятельность', annexes: [...LICENCE.annexes, second] }]);
  });

  it('lists valid licences first, then suspended, then the rest, each newest first; `status` filters', async () => {
    const [iin] = [holders[1]!.iin];
    const at = (number: string, issuedOn: string, status: LicenceRecord['status']): LicenceRecord => ({
      ...LICENCE,
      number,
      issuedOn,
      status,
      statusSince: issuedOn,
      statusReason: status === 'VALID' ? null : 'Лишение лицензии по решению суда',
    });
    const licences = [
      at('15000001', '2015-01-01', 'REVOKED'),
      at('14000002', '2014-01-01', 'VALID'),
      at('20000003', '2020-01-01', 'SUSPENDED'),
      at('21000004', '2021-01-01', 'VALID'),
    ];
    stateSystemAnswers(200, { records: [{ iin, licences }], missing: [] });
    const body = await entities(
      served.url,
      [iin],
      'all: licences { number } valid: licences(status: [VALID]) { number } gone: licences(status: [REVOKED, TERMINATED]) { number }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0]).toEqual({
      all: ['21000004', '14000002', '20000003', '15000001'].map((number) => ({ number })),
      valid: [{ number: '21000004' }, { number: '14000002' }],
      gone: [{ number: '15000001' }],
    });
  });

  it.each([
    ['an activity outside the classifier', { activity: 'LOTTERY' }],
    ['a subtype of another activity', { subtype: 'Охрана объектов' }],
    ['a legal entity without a valid BIN', { holder: { kind: 'LEGAL_ENTITY', name: 'ТОО «Nomad Group»', bin: '123456789012' } }],
    ['an entrepreneur with a BIN', { holder: { ...LICENCE.holder, bin: '130340000257' } }],
    ['a malformed number', { number: 'KZ-19-4517' }],
    ['a revoked licence without a reason', { status: 'REVOKED' }],
    ['an annex numbered 000', { annexes: [{ ...LICENCE.annexes[0]!, number: '000' }] }],
  ])('rejects a record with %s as a bad state-system answer', async (_what, change) => {
    const [iin] = [holders[2]!.iin];
    stateSystemAnswers(200, { records: [{ iin, licences: [{ ...LICENCE, ...change }] }], missing: [] });
    const body = await entities(served.url, [iin], 'licences { number }');
    expect(body.data!._entities[0].licences).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'LICENCES' });
  });

  it('answers a failing state system with every field null and one coded error per field, without upstream details', async () => {
    stateSystemAnswers(503, { error: 'maintenance at elicense-db-1.internal' });
    const body = await entities(served.url, [DEMO.wife], 'iin licences { number } licencesFreshness { source }');
    expect(body.data!._entities).toEqual([{ iin: DEMO.wife, licences: null, licencesFreshness: null }]);
    expect(body.errors).toHaveLength(2);
    for (const error of body.errors!) expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'LICENCES' });
    expect(JSON.stringify(body)).not.toContain('elicense-db-1');
  });

  it('serves the same data over the mock state system, in one batch call; an unknown person is null without an error', async () => {
    const mock = createMock(population);
    const mockUrl = await mock.listen(0);
    const overMock = await startForTest(subgraph, mockUrl);
    try {
      const unknown = '990101300013';
      const iins = [holders[3]!.iin, DEMO.wife, unknown];
      const body = await entities(overMock.url, iins, `iin licences { ${FULL} }`);
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities[0].licences).toHaveLength(recordOf(holders[3]!.iin).licences.length);
      expect(body.data!._entities[1].licences).toEqual([]);
      expect(body.data!._entities[2]).toEqual({ iin: unknown, licences: null });
      const stats = (await (await fetch(`${mockUrl}/_mock/stats`)).json()) as { calls: string[][] };
      expect(stats.calls).toEqual([iins]);
    } finally {
      await overMock.close();
      await mock.close();
    }
  });
});
