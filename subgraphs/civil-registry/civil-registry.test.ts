import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation } from '../mocks/population.js';
import { DEMO } from '../mocks/demo-family.js';
import { clockAt, entitiesQuery, querySubgraph, realClock, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import type { Served } from '../../runtime/http.js';
import { civilRecordOf } from './mock.js';
import { subgraph } from './subgraph.js';
import { expectLog } from '../../test/logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

const population = generatePopulation({ size: 200 });
const recordOf = (iin: string) => civilRecordOf(population.byIin.get(iin)!, population);

const stateSystemAnswers = stateSystemAnswering(population, recordOf);

describe('civil-registry subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    const asked = stateSystemAnswers();
    const iins = [DEMO.user, DEMO.wife, DEMO.daughter, DEMO.son];
    const body = await querySubgraph(served.url, entitiesQuery('iin name { full } birthDate children { iin }'), {
      variables: { representations: representations(iins) },
    });
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    expect(body.data!._entities.map((p: { name: { full: string } }) => p.name.full)).toEqual([
      'Ахметов Серик Нурланович',
      'Ахметова Айгерим Болатовна',
      'Ахметова Айлин Сериковна',
      'Ахметов Алихан Серикович',
    ]);
    expect(body.data!._entities[0].children).toEqual([{ iin: DEMO.elderSon }, { iin: DEMO.daughter }, { iin: DEMO.son }]);
  });

  it('returns related people as references, never loading them', async () => {
    const asked = stateSystemAnswers();
    const body = await querySubgraph(
      served.url,
      '{ me { spouse { iin } parents { iin } marriages { spouse { iin } spouseName { full } maidenName dissolvedOn } } }',
    );
    expect(asked).toEqual([[DEMO.user]]);
    expect(body.data!.me.spouse).toEqual({ iin: DEMO.wife });
    expect(body.data!.me.parents[0]).toEqual({ iin: DEMO.father });
    expect(body.data!.me.marriages[0]).toEqual({
      spouse: { iin: DEMO.wife },
      spouseName: { full: 'Ахметова Айгерим Болатовна' },
      maidenName: 'Сейткали',
      dissolvedOn: null,
    });
    expect(body.data!.me.marriages[1].dissolvedOn).toBe('2014-03-20');
  });

  it('answers a failing state system with the section null and a coded error, without upstream details', async () => {
    stateSystemAnswers(503, { error: 'maintenance at db-17.internal' });
    const body = await querySubgraph(served.url, '{ me { iin name { full } } }');
    expect(body.data!.me).toEqual({ iin: DEMO.user, name: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'CIVIL_REGISTRY' });
    expect(JSON.stringify(body)).not.toContain('db-17');
  });

  it('rejects a state-system answer about a person nobody asked for', async () => {
    stateSystemAnswers(200, { records: [recordOf(DEMO.father)], missing: [] });
    const body = await querySubgraph(served.url, '{ me { name { full } } }');
    expect(body.data!.me.name).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'CIVIL_REGISTRY' });
  });

  it('names the IIN rule that failed, before asking the state system', async () => {
    for (const [iin, rule] of [
      ['12345', 'FORMAT'],
      ['850314301235', 'CONTROL_DIGIT'],
      ['851314301234', 'BIRTH_DATE'],
      ['850314901234', 'CENTURY'],
    ] as const) {
      const body = await querySubgraph(served.url, 'query($iin: String!) { person(iin: $iin) { iin } }', { variables: { iin } });
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'iin', rule });
    }
  });

  it('lets a caller read their wards (minor children the gateway vouched for), and no one else', async () => {
    const wards = [DEMO.elderSon, DEMO.daughter, DEMO.son];
    stateSystemAnswers();
    const child = await querySubgraph(served.url, `{ person(iin: "${DEMO.elderSon}") { iin name { full } } }`, { caller: { wards } });
    expect(child.data!.person).toEqual({ iin: DEMO.elderSon, name: { full: 'Ахметов Тимур Серикович' } });
    const father = await querySubgraph(served.url, `{ person(iin: "${DEMO.father}") { iin } }`, { caller: { wards } });
    expect(father.data!.person).toBeNull();
    expect(father.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('computes the wards from the record of the caller: children under 18 only', async () => {
    const asked = stateSystemAnswers();
    const body = await querySubgraph(served.url, '{ callerWards }', { caller: { iin: DEMO.father, wards: [] } });
    expect(body.data!.callerWards).toEqual([]); // his son is 41
    expect(asked).toEqual([[DEMO.father]]);
    stateSystemAnswers();
    const user = await querySubgraph(served.url, '{ callerWards }', { caller: { iin: DEMO.user, wards: [] } });
    expect(user.data!.callerWards).toEqual([DEMO.elderSon, DEMO.daughter, DEMO.son]);
  });

  it.each([
    ['2028-02-01T18:30:00Z', [DEMO.elderSon, DEMO.daughter, DEMO.son]],
    // 00:30 and 01:30 on 2 February in Astana: the elder son (born 2010-02-02) is 18, no longer a ward.
    ['2028-02-01T19:30:00Z', [DEMO.daughter, DEMO.son]],
    ['2028-02-01T20:30:00Z', [DEMO.daughter, DEMO.son]],
  ])('counts a birthday from midnight in Astana: at %s the wards are %j', async (instant, wards) => {
    stateSystemAnswers();
    clockAt(instant);
    try {
      const user = await querySubgraph(served.url, '{ callerWards }', { caller: { iin: DEMO.user, wards: [] } });
      expect(user.data!.callerWards).toEqual(wards);
    } finally {
      realClock();
    }
  });

  it('serves no section of a forged representation of someone else, whatever the gateway asked', async () => {
    const body = await querySubgraph(served.url, entitiesQuery('iin name { full } address { full }'), {
      variables: { representations: representations([DEMO.father]) },
      caller: { iin: DEMO.user, wards: [] },
    });
    expect(body.data!._entities).toEqual([{ iin: DEMO.father, name: null, address: null }]);
    expect(body.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('refuses a request without the gateway signed caller context', async () => {
    const body = await querySubgraph(served.url, '{ me { iin } }', { caller: null });
    expect(body.status).toBe(401);
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const forged = await querySubgraph(served.url, '{ _service { sdl } }', { callerToken: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiI4NTAzMTQzMDEyMzQifQ.' });
    expect(forged.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
