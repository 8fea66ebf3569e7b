import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { DEMO } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { entitiesQuery, querySubgraph, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { createMock, queuesRecordOf } from './mock.js';
import type { QueuesRecord } from './record.js';
import { subgraph } from './subgraph.js';
import { expectLog } from '../../test/logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

const population = generatePopulation({ size: 300 });
const recordOf = (iin: string) => queuesRecordOf(population.byIin.get(iin)!, population);

const stateSystemAnswers = stateSystemAnswering(population, recordOf);

const KG =
  'child { iin } applicationNumber city birthYear position category desiredKindergartens assignedKindergarten registeredOn desiredAdmissionYear status';
const HOUSING = 'position category since yearsInQueue akimat city status';

const DAUGHTER_ENTRY = {
  child: { iin: DEMO.daughter },
  applicationNumber: '02-2021-0048213',
  city: 'Алматы',
  birthYear: 2021,
  position: 1245,
  category: 'GENERAL',
  desiredKindergartens: ['ГККП «Ясли-сад №127»', 'ГККП «Детский сад №45»'],
  assignedKindergarten: null,
  registeredOn: '2021-06-01',
  desiredAdmissionYear: 2024,
  status: 'WAITING',
};
const SON_ENTRY = {
  child: { iin: DEMO.son },
  applicationNumber: '02-2023-0107754',
  city: 'Алматы',
  birthYear: 2023,
  position: 3872,
  category: 'GENERAL',
  desiredKindergartens: ['ГККП «Ясли-сад №127»', 'ТОО «Детский сад «Балапан»»', 'ГККП «Ясли-сад №89»'],
  assignedKindergarten: null,
  registeredOn: '2023-10-02',
  desiredAdmissionYear: 2026,
  status: 'WAITING',
};

describe('queues subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves the kindergarten queue of 3 children with ONE batch request to the state system', async () => {
    const asked = stateSystemAnswers();
    const iins = [DEMO.daughter, DEMO.son, DEMO.elderSon];
    const body = await querySubgraph(served.url, entitiesQuery(`iin kindergartenQueue { ${KG} }`), { variables: { representations: representations(iins) } });
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    expect(body.data!._entities).toEqual([
      { iin: DEMO.daughter, kindergartenQueue: [DAUGHTER_ENTRY] },
      { iin: DEMO.son, kindergartenQueue: [SON_ENTRY] },
      { iin: DEMO.elderSon, kindergartenQueue: [] },
    ]);
  });

  it('gives the demo family its fixed data: both parents see both entries, nobody is on the housing queue', async () => {
    const asked = stateSystemAnswers();
    const iins = [DEMO.user, DEMO.wife, DEMO.daughter, DEMO.son, DEMO.elderSon, DEMO.father];
    const body = await querySubgraph(
      served.url,
      entitiesQuery(`iin kindergartenQueue { ${KG} } childrenKindergartenQueue { ${KG} } housingQueue { ${HOUSING} }`),
      {
        variables: { representations: representations(iins) },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    expect(body.data!._entities).toEqual([
      { iin: DEMO.user, kindergartenQueue: [], childrenKindergartenQueue: [DAUGHTER_ENTRY, SON_ENTRY], housingQueue: null },
      { iin: DEMO.wife, kindergartenQueue: [], childrenKindergartenQueue: [DAUGHTER_ENTRY, SON_ENTRY], housingQueue: null },
      { iin: DEMO.daughter, kindergartenQueue: [DAUGHTER_ENTRY], childrenKindergartenQueue: [], housingQueue: null },
      { iin: DEMO.son, kindergartenQueue: [SON_ENTRY], childrenKindergartenQueue: [], housingQueue: null },
      { iin: DEMO.elderSon, kindergartenQueue: [], childrenKindergartenQueue: [], housingQueue: null },
      { iin: DEMO.father, kindergartenQueue: [], childrenKindergartenQueue: [], housingQueue: null },
    ]);
  });

  it('shows a child the same entries its parents see, through the subgraph, for children all over the population', async () => {
    const children = population.people.filter((p) => recordOf(p.iin).kindergartenQueue.length > 0 && p.fatherIin && p.motherIin).slice(0, 20);
    expect(children.length).toBeGreaterThan(5);
    const parents = [...new Set(children.flatMap((c) => [c.fatherIin!, c.motherIin!]))];
    const iins = [...children.map((c) => c.iin), ...parents];
    const asked = stateSystemAnswers();
    const body = await querySubgraph(served.url, entitiesQuery(`iin kindergartenQueue { ${KG} } childrenKindergartenQueue { ${KG} }`), {
      variables: { representations: representations(iins) },
    });
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    type Entry = { child: { iin: string } };
    const byIin = new Map(
      (body.data!._entities as Array<{ iin: string; kindergartenQueue: Entry[]; childrenKindergartenQueue: Entry[] }>).map((p) => [p.iin, p]),
    );
    for (const child of children) {
      const own = byIin.get(child.iin)!.kindergartenQueue;
      expect(own).toHaveLength(1);
      for (const parent of [child.fatherIin!, child.motherIin!]) {
        expect(byIin.get(parent)!.childrenKindergartenQueue.filter((e) => e.child.iin === child.iin)).toEqual(own);
      }
    }
  });

  it('answers a failing state system with every queues field null and one coded error per field', async () => {
    stateSystemAnswers(503, { error: 'maintenance at queue-db.internal' });
    const body = await querySubgraph(
      served.url,
      entitiesQuery('iin kindergartenQueue { status } childrenKindergartenQueue { status } housingQueue { position } queuesFreshness { source }'),
      {
        variables: { representations: representations([DEMO.user]) },
      },
    );
    expect(body.data!._entities).toEqual([
      { iin: DEMO.user, kindergartenQueue: null, childrenKindergartenQueue: null, housingQueue: null, queuesFreshness: null },
    ]);
    expect(body.errors).toHaveLength(4);
    expect(body.errors!.map((e) => e.path!.join('.')).sort()).toEqual([
      '_entities.0.childrenKindergartenQueue',
      '_entities.0.housingQueue',
      '_entities.0.kindergartenQueue',
      '_entities.0.queuesFreshness',
    ]);
    for (const error of body.errors!) expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'QUEUES' });
    expect(JSON.stringify(body)).not.toContain('queue-db');
  });

  it('rejects a record of the wrong shape (an unknown status) as a bad response', async () => {
    const record = recordOf(DEMO.user);
    const broken = { ...record, childrenKindergartenQueue: record.childrenKindergartenQueue.map((e) => ({ ...e, status: 'LOST' })) };
    stateSystemAnswers(200, { records: [broken], missing: [] });
    const body = await querySubgraph(served.url, entitiesQuery('childrenKindergartenQueue { status }'), {
      variables: { representations: representations([DEMO.user]) },
    });
    expect(body.data!._entities[0].childrenKindergartenQueue).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'QUEUES' });
  });

  it('answers a person the state system does not know with null sections and no error', async () => {
    stateSystemAnswers();
    const unknown = '990101300003';
    expect(population.byIin.has(unknown)).toBe(false);
    const body = await querySubgraph(served.url, entitiesQuery('iin kindergartenQueue { status } housingQueue { position } queuesFreshness { source }'), {
      variables: { representations: representations([unknown]) },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([{ iin: unknown, kindergartenQueue: null, housingQueue: null, queuesFreshness: { source: 'LIVE' } }]);
  });

  it('computes whole years on the housing queue as of today, and the birth year of the queue from the IIN', async () => {
    const record = (iin: string, since: string): QueuesRecord => ({
      iin,
      kindergartenQueue: [],
      childrenKindergartenQueue: [],
      housingQueue: { position: 812, category: 'PUBLIC_SECTOR_EMPLOYEE', since, akimat: 'Акимат города Караганда', city: 'Караганда', status: 'WAITING' },
    });
    // TODAY is 2026-11-22 (vitest.config.ts)
    stateSystemAnswers(200, { records: [record(DEMO.user, '2020-11-22'), record(DEMO.wife, '2020-11-23'), record(DEMO.father, '2026-11-01')], missing: [] });
    const body = await querySubgraph(served.url, entitiesQuery(`housingQueue { ${HOUSING} }`), {
      variables: { representations: representations([DEMO.user, DEMO.wife, DEMO.father]) },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities.map((p: { housingQueue: { yearsInQueue: number } }) => p.housingQueue.yearsInQueue)).toEqual([6, 5, 0]);
    expect(body.data!._entities[0].housingQueue).toEqual({
      position: 812,
      category: 'PUBLIC_SECTOR_EMPLOYEE',
      since: '2020-11-22',
      yearsInQueue: 6,
      akimat: 'Акимат города Караганда',
      city: 'Караганда',
      status: 'WAITING',
    });

    const elder = { ...recordOf(DEMO.daughter).kindergartenQueue[0]!, childIin: '191231600015' };
    stateSystemAnswers(200, { records: [{ iin: DEMO.user, kindergartenQueue: [], childrenKindergartenQueue: [elder], housingQueue: null }], missing: [] });
    const years = await querySubgraph(served.url, entitiesQuery('childrenKindergartenQueue { child { iin } birthYear }'), {
      variables: { representations: representations([DEMO.user]) },
    });
    expect(years.errors).toBeUndefined();
    expect(years.data!._entities[0].childrenKindergartenQueue).toEqual([{ child: { iin: '191231600015' }, birthYear: 2019 }]);
  });

  it('works over its own mock state system, one batch call per request', async () => {
    const mock = createMock(population);
    const mockUrl = await mock.listen();
    const overMock = await startForTest(subgraph, mockUrl);
    try {
      const iins = [DEMO.user, DEMO.daughter, DEMO.son];
      const body = await querySubgraph(
        overMock.url,
        entitiesQuery(`kindergartenQueue { ${KG} } childrenKindergartenQueue { ${KG} } housingQueue { position } queuesFreshness { source }`),
        {
          variables: { representations: representations(iins) },
        },
      );
      expect(body.errors).toBeUndefined();
      const fresh = { source: 'LIVE' };
      expect(body.data!._entities).toEqual([
        { kindergartenQueue: [], childrenKindergartenQueue: [DAUGHTER_ENTRY, SON_ENTRY], housingQueue: null, queuesFreshness: fresh },
        { kindergartenQueue: [DAUGHTER_ENTRY], childrenKindergartenQueue: [], housingQueue: null, queuesFreshness: fresh },
        { kindergartenQueue: [SON_ENTRY], childrenKindergartenQueue: [], housingQueue: null, queuesFreshness: fresh },
      ]);
      const stats = (await (await fetch(`${mockUrl}/_mock/stats`)).json()) as { calls: string[][] };
      expect(stats.calls).toEqual([iins]);
    } finally {
      await overMock.close();
      await mock.close();
    }
  });
});
