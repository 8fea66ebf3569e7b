import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { checkIin } from '../../schema/iin.js';
import { entitiesQuery, querySubgraph, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { DEMO, DEMO_IINS } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { createMock, socialBenefitsRecordOf } from './mock.js';
import type { SocialBenefitRecord, SocialBenefitsRecord } from './record.js';
import { subgraph } from './subgraph.js';

const population = generatePopulation({ size: 400 });
const recordOf = (iin: string): SocialBenefitsRecord => socialBenefitsRecordOf(population.byIin.get(iin)!, population);
const others = population.people.filter((p) => !DEMO_IINS.includes(p.iin));
const stateSystemAnswers = stateSystemAnswering(population, recordOf);
const entities = (url: string, iins: string[], selection: string) =>
  querySubgraph(url, entitiesQuery(selection), { variables: { representations: representations(iins) } });

const FULL = `socialBenefits { decisionNumber kind status statusReason statusSince assignedOn endsOn monthlyAmount lumpSum
  payer { code name } child { iin } payments(last: null) { month amount paidOn } }`;
const GOV = { code: 'GOVERNMENT_FOR_CITIZENS', name: 'НАО «Государственная корпорация «Правительство для граждан»»' };
const FUND = { code: 'STATE_SOCIAL_INSURANCE_FUND', name: 'АО «Государственный фонд социального страхования»' };
/** Monthly payments of `amount` for the months from `from` to `to`, paid on `day` of each, newest first. */
function paid(from: string, to: string, amount: number, day: string) {
  const list = [];
  for (let d = new Date(`${from}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= to; d.setUTCMonth(d.getUTCMonth() + 1)) {
    const month = d.toISOString().slice(0, 7);
    list.unshift({ month, amount, paidOn: `${month}-${day}` });
  }
  return list;
}

describe('social-benefits subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    const iins = others.slice(0, 6).map((p) => p.iin);
    const asked = stateSystemAnswers();
    const body = await entities(served.url, iins, `iin socialBenefits { decisionNumber kind } socialBenefitsFreshness { source }`);
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    expect(body.data!._entities.map((e: { iin: string }) => e.iin)).toEqual(iins);
    for (const [i, iin] of iins.entries()) {
      const got = body.data!._entities[i];
      expect(got.socialBenefits.map((b: { decisionNumber: string }) => b.decisionNumber).sort()).toEqual(
        recordOf(iin)
          .benefits.map((b) => b.decisionNumber)
          .sort(),
      );
      expect(got.socialBenefitsFreshness).toEqual({ source: 'LIVE' });
    }
  });

  it("is exactly DESIGN.md's demo family: the father's old-age pension, the wife's benefits for the two children, nothing for the rest", async () => {
    const iins = [DEMO.user, DEMO.wife, DEMO.daughter, DEMO.son, DEMO.elderSon, DEMO.father];
    const asked = stateSystemAnswers();
    const body = await entities(served.url, iins, `iin ${FULL}`);
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    const [user, wife, daughter, son, elderSon, father] = body.data!._entities;
    for (const nobody of [user, daughter, son, elderSon]) expect(nobody.socialBenefits).toEqual([]);
    // Reached 63 on 2025-11-11; paid from December on the 5th, up to today (2026-11-22).
    expect(father.socialBenefits).toEqual([
      {
        decisionNumber: expect.stringMatching(/^\d{2}-2025-\d{7}$/),
        kind: 'OLD_AGE_PENSION',
        status: 'ASSIGNED',
        statusReason: null,
        statusSince: '2025-11-11',
        assignedOn: '2025-11-11',
        endsOn: null,
        monthlyAmount: 172_600,
        lumpSum: null,
        payer: GOV,
        child: null,
        payments: paid('2025-12', '2026-11', 172_600, '05'),
      },
    ]);
    const son_ = { iin: DEMO.son };
    const daughter_ = { iin: DEMO.daughter };
    expect(wife.socialBenefits).toEqual([
      // 38 МРП of 2023 (3,450)
      {
        decisionNumber: expect.stringMatching(/^02-2023-\d{7}$/),
        kind: 'CHILD_BIRTH_ALLOWANCE',
        status: 'ENDED',
        statusReason: 'ONE_OFF_PAID',
        statusSince: '2023-09-19',
        assignedOn: '2023-09-12',
        endsOn: null,
        monthlyAmount: null,
        lumpSum: 131_100,
        payer: GOV,
        child: son_,
        payments: [{ month: '2023-09', amount: 131_100, paidOn: '2023-09-19' }],
      },
      // 40% of 180,000: within the floor (6.81 МРП of 2023 = 23,495) and the cap (40% of 7 МЗП of 2023 = 196,000)
      {
        decisionNumber: expect.stringMatching(/^02-2023-\d{7}$/),
        kind: 'CHILD_CARE_PAYMENT',
        status: 'ENDED',
        statusReason: 'CHILD_REACHED_AGE',
        statusSince: '2024-09-01',
        assignedOn: '2023-09-01',
        endsOn: '2024-09-01',
        monthlyAmount: 72_000,
        lumpSum: null,
        payer: FUND,
        child: son_,
        payments: paid('2023-09', '2024-08', 72_000, '15'),
      },
      // 38 МРП of 2021 (2,917)
      {
        decisionNumber: expect.stringMatching(/^02-2021-\d{7}$/),
        kind: 'CHILD_BIRTH_ALLOWANCE',
        status: 'ENDED',
        statusReason: 'ONE_OFF_PAID',
        statusSince: '2021-05-27',
        assignedOn: '2021-05-20',
        endsOn: null,
        monthlyAmount: null,
        lumpSum: 110_846,
        payer: GOV,
        child: daughter_,
        payments: [{ month: '2021-05', amount: 110_846, paidOn: '2021-05-27' }],
      },
      // 40% of 210,000, under the cap of 2021 (40% of 7 × 42,500 = 119,000)
      {
        decisionNumber: expect.stringMatching(/^02-2021-\d{7}$/),
        kind: 'CHILD_CARE_PAYMENT',
        status: 'ENDED',
        statusReason: 'CHILD_REACHED_AGE',
        statusSince: '2022-05-10',
        assignedOn: '2021-05-10',
        endsOn: '2022-05-10',
        monthlyAmount: 84_000,
        lumpSum: null,
        payer: FUND,
        child: daughter_,
        payments: paid('2021-05', '2022-05', 84_000, '15'),
      },
    ]);
  });

  it('filters by status and returns the newest `last` payments (6 by default), newest first whatever order the state system gives', async () => {
    const [iin] = [others[10]!.iin];
    const pension = recordOf(DEMO.father).benefits[0]!;
    const ended: SocialBenefitRecord = { ...recordOf(DEMO.wife).benefits[1]!, childIin: null };
    const shuffled = [...pension.payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
    stateSystemAnswers(200, { records: [{ iin, benefits: [ended, { ...pension, payments: shuffled }] }], missing: [] });
    const body = await entities(
      served.url,
      [iin!],
      `all: socialBenefits { kind } paid: socialBenefits(status: [ASSIGNED, SUSPENDED]) { kind
      byDefault: payments { month } two: payments(last: 2) { month } none: payments(last: 0) { month } } gone: socialBenefits(status: [ENDED]) { kind }`,
    );
    expect(body.errors).toBeUndefined();
    const got = body.data!._entities[0];
    expect(got.all).toEqual([{ kind: 'OLD_AGE_PENSION' }, { kind: 'CHILD_CARE_PAYMENT' }]);
    expect(got.gone).toEqual([{ kind: 'CHILD_CARE_PAYMENT' }]);
    const months = pension.payments.map((p) => ({ month: p.month }));
    expect(got.paid).toEqual([{ kind: 'OLD_AGE_PENSION', byDefault: months.slice(0, 6), two: months.slice(0, 2), none: [] }]);
  });

  it('rejects a negative `last` with BAD_USER_INPUT naming the argument', async () => {
    stateSystemAnswers();
    const body = await entities(served.url, [DEMO.father], 'socialBenefits { payments(last: -1) { month } }');
    expect(body.data!._entities[0].socialBenefits).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
  });

  it('answers a failing state system with every field null and one coded error per field, without upstream details', async () => {
    stateSystemAnswers(503, { error: 'maintenance at gcvp-db-2.internal' });
    const body = await entities(served.url, [DEMO.father], 'iin socialBenefits { kind } socialBenefitsFreshness { source }');
    expect(body.data!._entities).toEqual([{ iin: DEMO.father, socialBenefits: null, socialBenefitsFreshness: null }]);
    expect(body.errors).toHaveLength(2);
    for (const error of body.errors!) expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'SOCIAL_BENEFITS' });
    expect(JSON.stringify(body)).not.toContain('gcvp-db-2');
  });

  it.each([
    ['a kind the schema does not know', { kind: 'LOTTERY_WIN' }],
    ['a monthly benefit with a lump sum', { lumpSum: 1000 }],
    ['an assigned benefit with a reason', { statusReason: 'PERIOD_EXPIRED' }],
    ['a payer that does not pay this kind', { payer: { code: 'STATE_SOCIAL_INSURANCE_FUND', name: 'x' } }],
    ['a malformed decision number', { decisionNumber: '2025/17' }],
    ['a payment month that is not a month', { payments: [{ month: '2026-13', amount: 1, paidOn: '2026-12-05' }] }],
    ['an amount in fractions of a tenge', { monthlyAmount: 172_600.5 }],
  ])('rejects a record with %s as a bad state-system answer', async (_what, change) => {
    const record = recordOf(DEMO.father);
    stateSystemAnswers(200, { records: [{ ...record, benefits: [{ ...record.benefits[0]!, ...change }] }], missing: [] });
    const body = await entities(served.url, [DEMO.father], 'socialBenefits { kind }');
    expect(body.data!._entities[0].socialBenefits).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'SOCIAL_BENEFITS' });
  });

  it('answers an unknown person with null and no error', async () => {
    const unknown = '990101300013';
    expect(checkIin(unknown).ok).toBe(true);
    const asked = stateSystemAnswers();
    const body = await entities(served.url, [unknown], 'socialBenefits { kind } socialBenefitsFreshness { source }');
    expect(asked).toEqual([[unknown]]);
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([{ socialBenefits: null, socialBenefitsFreshness: { source: 'LIVE' } }]);
  });

  it('serves the same data over the mock state system, in one batch call', async () => {
    const mock = createMock(population);
    const mockUrl = await mock.listen(0);
    const overMock = await startForTest(subgraph, mockUrl);
    try {
      const iins = [DEMO.father, DEMO.wife, DEMO.user];
      const body = await entities(overMock.url, iins, 'iin socialBenefits { kind status monthlyAmount }');
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities[0].socialBenefits).toEqual([{ kind: 'OLD_AGE_PENSION', status: 'ASSIGNED', monthlyAmount: 172_600 }]);
      expect(body.data!._entities[1].socialBenefits).toHaveLength(4);
      expect(body.data!._entities[2].socialBenefits).toEqual([]);
      const stats = (await (await fetch(`${mockUrl}/_mock/stats`)).json()) as { calls: string[][] };
      expect(stats.calls).toEqual([iins]);
    } finally {
      await overMock.close();
      await mock.close();
    }
  });
});
