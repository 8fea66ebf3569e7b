import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { entitiesQuery, querySubgraph, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { DEMO } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { propertyRecordOf } from './mock.js';
import type { PropertyRecord, RealEstateRecord } from './record.js';
import { subgraph } from './subgraph.js';
import { expectLog } from '../../test/logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

const population = generatePopulation({ size: 200 });
const recordOf = (iin: string) => propertyRecordOf(population.byIin.get(iin)!, population);

const stateSystemAnswers = stateSystemAnswering(population, recordOf);

const REAL_ESTATE = `realEstate {
  cadastralNumber kind area rightSince
  address { region city street house flat full }
  share { numerator denominator text }
  coOwners { iin }
  encumbrances { kind since until holder { kind name } basisDocumentNumber }
}`;
const SECTION = `${REAL_ESTATE}
movablePropertyEncumbrances { registrationNumber objectKind object kind since holder { kind name } basisDocumentNumber }
entrepreneur { registeredOn tradeName activity activityCode status statusSince taxRegime }
legalEntityShares { bin name sharePercent role since }`;

const DEMO_FLAT = {
  cadastralNumber: '20:316:024:021',
  kind: 'FLAT',
  area: 78.4,
  rightSince: '2019-08-01',
  address: { region: 'г. Алматы', city: 'Алматы', street: 'проспект Абая', house: '150', flat: '42', full: 'г. Алматы, проспект Абая 150, кв. 42' },
  share: { numerator: 1, denominator: 2, text: '1/2' },
  encumbrances: [
    {
      kind: 'MORTGAGE',
      since: '2019-08-01',
      until: null,
      holder: { kind: 'BANK', name: 'АО «Отбасы банк»' },
      basisDocumentNumber: 'ДЗ-2019/08-01547',
    },
  ],
};

describe('property subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    const asked = stateSystemAnswers();
    const iins = [DEMO.user, DEMO.wife, DEMO.father, DEMO.daughter];
    const body = await querySubgraph(
      served.url,
      entitiesQuery('iin realEstate { cadastralNumber share { text } } entrepreneur { tradeName } legalEntityShares { bin }'),
      {
        variables: { representations: representations(iins) },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    expect(body.data!._entities).toEqual([
      { iin: DEMO.user, realEstate: [{ cadastralNumber: '20:316:024:021', share: { text: '1/2' } }], entrepreneur: null, legalEntityShares: [] },
      {
        iin: DEMO.wife,
        realEstate: [{ cadastralNumber: '20:316:024:021', share: { text: '1/2' } }],
        entrepreneur: { tradeName: 'ИП Сейткали' },
        legalEntityShares: [],
      },
      {
        iin: DEMO.father,
        realEstate: [
          { cadastralNumber: '03:047:215:057', share: { text: '1/1' } },
          { cadastralNumber: '03:047:112:009', share: { text: '1/1' } },
        ],
        entrepreneur: null,
        legalEntityShares: [],
      },
      { iin: DEMO.daughter, realEstate: [], entrepreneur: null, legalEntityShares: [] },
    ]);
  });

  it('gives the demo user his half of the family flat, co-owned with his wife, and nothing else', async () => {
    const asked = stateSystemAnswers();
    const body = await querySubgraph(served.url, entitiesQuery(`iin ${SECTION}`), { variables: { representations: representations([DEMO.user, DEMO.wife]) } });
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([[DEMO.user, DEMO.wife]]);
    const [user, wife] = body.data!._entities;
    expect(user).toEqual({
      iin: DEMO.user,
      realEstate: [{ ...DEMO_FLAT, coOwners: [{ iin: DEMO.wife }] }],
      movablePropertyEncumbrances: [],
      entrepreneur: null,
      legalEntityShares: [],
    });
    expect(wife).toEqual({
      iin: DEMO.wife,
      realEstate: [{ ...DEMO_FLAT, coOwners: [{ iin: DEMO.user }] }],
      movablePropertyEncumbrances: [],
      entrepreneur: {
        registeredOn: '2022-03-01',
        tradeName: 'ИП Сейткали',
        activity: 'Услуги в области образования',
        activityCode: '85.59',
        status: 'ACTIVE',
        statusSince: '2022-03-01',
        taxRegime: 'SIMPLIFIED_DECLARATION',
      },
      legalEntityShares: [],
    });
  });

  it("gives the demo user's father his house and land plot in Қонаев", async () => {
    stateSystemAnswers();
    const body = await querySubgraph(served.url, entitiesQuery(`iin ${SECTION}`), { variables: { representations: representations([DEMO.father]) } });
    expect(body.errors).toBeUndefined();
    const noOne = { coOwners: [], encumbrances: [], share: { numerator: 1, denominator: 1, text: '1/1' } };
    expect(body.data!._entities[0]).toEqual({
      iin: DEMO.father,
      realEstate: [
        {
          cadastralNumber: '03:047:215:057',
          kind: 'LAND_PLOT',
          area: 1000,
          rightSince: '2004-05-20',
          ...noOne,
          address: {
            region: 'Алматинская область',
            city: 'Қонаев',
            street: 'СТ «Арна»',
            house: '57',
            flat: null,
            full: 'Алматинская область, г. Қонаев, СТ «Арна» 57',
          },
        },
        {
          cadastralNumber: '03:047:112:009',
          kind: 'HOUSE',
          area: 142.5,
          rightSince: '1998-06-15',
          ...noOne,
          address: {
            region: 'Алматинская область',
            city: 'Қонаев',
            street: 'улица Сейфуллина',
            house: '24',
            flat: null,
            full: 'Алматинская область, г. Қонаев, улица Сейфуллина 24',
          },
        },
      ],
      movablePropertyEncumbrances: [],
      entrepreneur: null,
      legalEntityShares: [],
    });
  });

  it('returns co-owners as references, never loading them', async () => {
    const asked = stateSystemAnswers();
    const body = await querySubgraph(
      served.url,
      '{ _entities(representations: [{ __typename: "Person", iin: "850314301234" }]) { ... on Person { realEstate { coOwners { iin } } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([[DEMO.user]]);
    expect(body.data!._entities[0].realEstate[0].coOwners).toEqual([{ iin: DEMO.wife }]);
  });

  it('answers a failing state system with every section field null and one coded error per field', async () => {
    stateSystemAnswers(503, { error: 'maintenance at cadastre-db-3.internal' });
    const body = await querySubgraph(
      served.url,
      entitiesQuery(
        'iin realEstate { cadastralNumber } movablePropertyEncumbrances { kind } entrepreneur { status } legalEntityShares { bin } propertyFreshness { source }',
      ),
      { variables: { representations: representations([DEMO.user, DEMO.wife]) } },
    );
    const nothing = { realEstate: null, movablePropertyEncumbrances: null, entrepreneur: null, legalEntityShares: null, propertyFreshness: null };
    expect(body.data!._entities).toEqual([
      { iin: DEMO.user, ...nothing },
      { iin: DEMO.wife, ...nothing },
    ]);
    expect(body.errors).toHaveLength(10);
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'PROPERTY' });
    }
    expect(new Set(body.errors!.map((e) => e.path!.join('.'))).size).toBe(10);
    expect(JSON.stringify(body)).not.toContain('cadastre-db-3');
  });

  it('rejects a record of the wrong shape as a bad response', async () => {
    stateSystemAnswers(200, { records: [{ iin: DEMO.user, realEstate: [{ cadastralNumber: 20316024021 }] }], missing: [] });
    const body = await querySubgraph(served.url, entitiesQuery('realEstate { cadastralNumber }'), {
      variables: { representations: representations([DEMO.user]) },
    });
    expect(body.data!._entities[0].realEstate).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'PROPERTY' });
  });

  it('answers null, without an error, for a person the state system does not know', async () => {
    const unknown = '991231300013';
    stateSystemAnswers(200, { records: [], missing: [unknown] });
    const body = await querySubgraph(served.url, entitiesQuery('iin realEstate { cadastralNumber } entrepreneur { status } propertyFreshness { source }'), {
      variables: { representations: representations([unknown]) },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0]).toMatchObject({ iin: unknown, realEstate: null, entrepreneur: null, propertyFreshness: { source: 'LIVE' } });
  });

  it('tells when the data was fetched', async () => {
    stateSystemAnswers();
    const before = new Date().toISOString();
    const body = await querySubgraph(
      served.url,
      '{ _entities(representations: [{ __typename: "Person", iin: "850314301234" }]) { ... on Person { propertyFreshness { fetchedAt source } } } }',
    );
    const freshness = body.data!._entities[0].propertyFreshness;
    expect(freshness.source).toBe('LIVE');
    expect(freshness.fetchedAt >= before).toBe(true);
  });

  it('orders lists (newest right, encumbrance and role first; encumbrances of an object oldest first) and formats addresses and shares', async () => {
    const holder = { kind: 'BANK', name: 'АО «Halyk Bank»' } as const;
    const object = (cadastralNumber: string, rightSince: string, extra: Partial<RealEstateRecord> = {}): RealEstateRecord => ({
      cadastralNumber,
      kind: 'FLAT',
      area: 50.5,
      rightSince,
      coOwnerIins: [],
      encumbrances: [],
      share: { numerator: 1, denominator: 1 },
      address: { region: 'г. Астана', city: 'Астана', street: 'улица Кенесары', house: '4', flat: '9' },
      ...extra,
    });
    const record: PropertyRecord = {
      iin: DEMO.user,
      realEstate: [
        object('21:300:001:001', '2010-01-01'),
        object('09:300:001:002', '2020-05-05', {
          kind: 'HOUSE',
          share: { numerator: 2, denominator: 3 },
          coOwnerIins: [DEMO.father],
          address: { region: 'Карагандинская область', city: 'Караганда', street: 'улица Ерубаева', house: '12', flat: null },
          encumbrances: [
            {
              kind: 'ARREST',
              since: '2024-02-02',
              until: null,
              holder: { kind: 'COURT', name: 'Районный суд №2 г. Караганда' },
              basisDocumentNumber: '2-1234/24',
            },
            { kind: 'MORTGAGE', since: '2020-05-05', until: null, holder, basisDocumentNumber: 'ДЗ-2020/05-00001' },
          ],
        }),
        object('21:300:001:003', '2015-03-03'),
      ],
      movableEncumbrances: [
        {
          registrationNumber: '2019-000001',
          objectKind: 'VEHICLE',
          object: 'Легковой автомобиль Kia Rio, 2019 г. в.',
          kind: 'PLEDGE',
          since: '2019-01-01',
          holder,
          basisDocumentNumber: 'ДЗ-2019-00001',
        },
        {
          registrationNumber: '2023-000002',
          objectKind: 'VEHICLE',
          object: 'Легковой автомобиль Kia Rio, 2019 г. в.',
          kind: 'ARREST',
          since: '2023-01-01',
          holder: { kind: 'BAILIFF', name: 'Частный судебный исполнитель Омаров А. Б.' },
          basisDocumentNumber: '2023-000002',
        },
      ],
      entrepreneur: null,
      legalEntityShares: [
        { bin: '971240001315', name: 'АО «Kaspi Bank»', sharePercent: null, role: 'DIRECTOR', since: '2012-01-01' },
        { bin: '940140000385', name: 'АО «Halyk Bank»', sharePercent: 10, role: 'PARTICIPANT', since: '2021-01-01' },
      ],
    };
    stateSystemAnswers(200, { records: [record], missing: [] });
    const body = await querySubgraph(
      served.url,
      entitiesQuery(
        'realEstate { cadastralNumber address { full } share { text } coOwners { iin } encumbrances { kind } } movablePropertyEncumbrances { since } legalEntityShares { since }',
      ),
      { variables: { representations: representations([DEMO.user]) } },
    );
    expect(body.errors).toBeUndefined();
    const person = body.data!._entities[0];
    expect(person.realEstate).toEqual([
      {
        cadastralNumber: '09:300:001:002',
        address: { full: 'Карагандинская область, г. Караганда, улица Ерубаева 12' },
        share: { text: '2/3' },
        coOwners: [{ iin: DEMO.father }],
        encumbrances: [{ kind: 'MORTGAGE' }, { kind: 'ARREST' }],
      },
      { cadastralNumber: '21:300:001:003', address: { full: 'г. Астана, улица Кенесары 4, кв. 9' }, share: { text: '1/1' }, coOwners: [], encumbrances: [] },
      { cadastralNumber: '21:300:001:001', address: { full: 'г. Астана, улица Кенесары 4, кв. 9' }, share: { text: '1/1' }, coOwners: [], encumbrances: [] },
    ]);
    expect(person.movablePropertyEncumbrances).toEqual([{ since: '2023-01-01' }, { since: '2019-01-01' }]);
    expect(person.legalEntityShares).toEqual([{ since: '2021-01-01' }, { since: '2012-01-01' }]);
  });
});
