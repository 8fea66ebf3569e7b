import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { DEMO } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { clockAt, entitiesQuery, querySubgraph, realClock, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { finesRecordOf } from './mock.js';
import type { AdministrativeFineRecord, DebtEntry, FinesRecord } from './record.js';
import { subgraph } from './subgraph.js';
import { expectLog } from '../../test/logs.js';
import { resetConfig } from '../../runtime/config.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

const population = generatePopulation({ size: 200 });
const recordOf = (iin: string) => finesRecordOf(population.byIin.get(iin)!, population);

const stateSystemAnswers = stateSystemAnswering(population, recordOf);

/** Runs `fn` with today() pinned to `day`, restoring the suite's date afterwards. */
async function on<T>(day: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.TODAY;
  process.env.TODAY = day;
  resetConfig();
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.TODAY;
    else process.env.TODAY = saved;
    resetConfig();
  }
}

/** The demo user's slice of this subgraph, as the gateway would fetch it (`me` is the civil registry's). */
async function queryUser(url: string, selection: string) {
  const body = await querySubgraph(url, entitiesQuery(selection), { variables: { representations: representations([DEMO.user]) } });
  return { ...body, data: body.data ? { me: body.data._entities[0] } : body.data };
}

const FINE_FIELDS = `protocolNumber article { code title } amount amountInMrp offenceDate decisionDate authority
  paid paidOn paidAmount discountDeadline discountedAmount discountAvailable amountDue`;
const DEBT_FIELDS = 'proceedingNumber kind creditor amount enforcementOfficer { fullName office } openedOn travelBan';

const fine = (f: Partial<AdministrativeFineRecord>): AdministrativeFineRecord => ({
  protocolNumber: '0226010100001',
  article: { code: '592 ч.1', title: 'Превышение скорости' },
  amount: 43_250,
  offenceDate: '2026-01-01',
  decisionDate: '2026-01-01',
  authority: 'ДП г. Алматы',
  discountEligible: true,
  paid: false,
  paidOn: null,
  paidAmount: null,
  ...f,
});

const debt = (d: Partial<DebtEntry>): DebtEntry => ({
  proceedingNumber: '02-2025-000001',
  kind: 'BANK_LOAN',
  creditor: 'АО «Halyk Bank»',
  amount: 250_000,
  enforcementOfficer: { fullName: 'Омарова Асель Маратовна', office: 'Департамент юстиции г. Алматы' },
  openedOn: '2025-01-01',
  travelBan: false,
  ...d,
});

describe('fines subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    const debtor =
      population.people.find((p) => recordOf(p.iin).debts.length > 0 && recordOf(p.iin).fines.length > 0) ??
      population.people.find((p) => recordOf(p.iin).debts.length > 0);
    expect(debtor, 'the 200-person population has someone in the debtors register').toBeDefined();
    const expected = recordOf(debtor!.iin);
    const asked = stateSystemAnswers();
    const iins = [DEMO.user, DEMO.wife, DEMO.father, debtor!.iin];
    const body = await querySubgraph(served.url, entitiesQuery('iin fines { protocolNumber paid } debts { proceedingNumber amount travelBan } travelBan'), {
      variables: { representations: representations(iins) },
    });
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    const [user, wife, father, other] = body.data!._entities;
    expect(user.fines.map((f: { protocolNumber: string }) => f.protocolNumber)).toEqual(['0226111800123', '0125090301876', '0224061200457']);
    expect(user.debts).toEqual([]);
    expect(wife).toEqual({ iin: DEMO.wife, fines: [], debts: [], travelBan: false });
    expect(father).toEqual({ iin: DEMO.father, fines: [], debts: [], travelBan: false });
    expect(other.iin).toBe(debtor!.iin);
    expect(new Set(other.debts.map((d: { proceedingNumber: string }) => d.proceedingNumber))).toEqual(new Set(expected.debts.map((d) => d.proceedingNumber)));
    expect(other.fines).toHaveLength(expected.fines.length);
    expect(other.travelBan).toBe(expected.debts.some((d) => d.travelBan));
  });

  it('answers a failing state system with every fines field null and one coded error per field, without upstream details', async () => {
    stateSystemAnswers(503, { error: 'maintenance at fines-db-3.internal' });
    const body = await queryUser(served.url, 'iin fines { protocolNumber } debts { proceedingNumber } travelBan finesFreshness { source }');
    expect(body.data!.me).toEqual({ iin: DEMO.user, fines: null, debts: null, travelBan: null, finesFreshness: null });
    expect(body.errors).toHaveLength(4);
    expect(body.errors!.map((e) => e.path!.at(-1)).sort()).toEqual(['debts', 'fines', 'finesFreshness', 'travelBan']);
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'FINES' });
    }
    expect(JSON.stringify(body)).not.toContain('fines-db-3');
  });

  it('rejects a record of the wrong shape as a bad answer', async () => {
    const bad = { ...recordOf(DEMO.user), debts: [{ ...debt({}), kind: 'MORTGAGE' }] };
    stateSystemAnswers(200, { records: [bad], missing: [] });
    const body = await queryUser(served.url, 'debts { kind }');
    expect(body.data!.me.debts).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'FINES' });
  });

  it("gives the demo user's fixed fines: one unpaid with the 50% discount available, two older paid ones", async () => {
    stateSystemAnswers();
    const body = await queryUser(served.url, `fines { ${FINE_FIELDS} } debts { ${DEBT_FIELDS} } travelBan finesFreshness { source fetchedAt }`);
    expect(body.errors).toBeUndefined();
    const me = body.data!.me;
    expect(me.fines).toEqual([
      {
        protocolNumber: '0226111800123',
        article: { code: '592 ч.1', title: 'Превышение скорости' },
        amount: 43_250,
        amountInMrp: 10,
        offenceDate: '2026-11-18',
        decisionDate: '2026-11-18',
        authority: 'ДП г. Алматы',
        paid: false,
        paidOn: null,
        paidAmount: null,
        discountDeadline: '2026-11-25',
        discountedAmount: 21_625,
        discountAvailable: true,
        amountDue: 21_625,
      },
      {
        protocolNumber: '0125090301876',
        article: { code: '592 ч.2', title: 'Превышение скорости более чем на 20 км/ч' },
        amount: 78_640,
        amountInMrp: 20,
        offenceDate: '2025-09-03',
        decisionDate: '2025-09-03',
        authority: 'ДП г. Астана',
        paid: true,
        paidOn: '2025-10-20',
        paidAmount: 78_640,
        discountDeadline: null,
        discountedAmount: null,
        discountAvailable: false,
        amountDue: 0,
      },
      {
        protocolNumber: '0224061200457',
        article: { code: '597 ч.1', title: 'Нарушение правил остановки и стоянки' },
        amount: 18_460,
        amountInMrp: 5,
        offenceDate: '2024-06-12',
        decisionDate: '2024-06-12',
        authority: 'ДП г. Алматы',
        paid: true,
        paidOn: '2024-06-15',
        paidAmount: 9_230,
        discountDeadline: null,
        discountedAmount: null,
        discountAvailable: false,
        amountDue: 0,
      },
    ]);
    expect(me.debts).toEqual([]);
    expect(me.travelBan).toBe(false);
    expect(me.finesFreshness.source).toBe('LIVE');
    expect(Date.parse(me.finesFreshness.fetchedAt)).not.toBeNaN();
  });

  it('gives the rest of the demo family no fines, no debts and no travel ban', async () => {
    const family = [DEMO.wife, DEMO.daughter, DEMO.son, DEMO.elderSon, DEMO.father];
    const asked = stateSystemAnswers();
    const body = await querySubgraph(served.url, entitiesQuery('iin fines { protocolNumber } debts { proceedingNumber } travelBan'), {
      variables: { representations: representations(family) },
    });
    expect(asked).toEqual([family]);
    expect(body.data!._entities).toEqual(family.map((iin) => ({ iin, fines: [], debts: [], travelBan: false })));
  });

  it('filters fines by paid, keeping newest first', async () => {
    stateSystemAnswers();
    const body = await queryUser(
      served.url,
      `
      unpaid: fines(paid: false) { protocolNumber }
      paid: fines(paid: true) { protocolNumber }
      all: fines(paid: null) { protocolNumber }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.me).toEqual({
      unpaid: [{ protocolNumber: '0226111800123' }],
      paid: [{ protocolNumber: '0125090301876' }, { protocolNumber: '0224061200457' }],
      all: [{ protocolNumber: '0226111800123' }, { protocolNumber: '0125090301876' }, { protocolNumber: '0224061200457' }],
    });
  });

  it('counts the discount against today: available through the 7th day after the decision, gone the day after', async () => {
    const query = 'fines(paid: false) { discountDeadline discountAvailable discountedAmount amountDue }';
    stateSystemAnswers();
    const lastDay = await on('2026-11-25', () => queryUser(served.url, query));
    expect(lastDay.data!.me.fines).toEqual([{ discountDeadline: '2026-11-25', discountAvailable: true, discountedAmount: 21_625, amountDue: 21_625 }]);
    stateSystemAnswers();
    const dayAfter = await on('2026-11-26', () => queryUser(served.url, query));
    expect(dayAfter.data!.me.fines).toEqual([{ discountDeadline: '2026-11-25', discountAvailable: false, discountedAmount: null, amountDue: 43_250 }]);
  });

  it.each([
    ['2026-11-25T18:30:00Z', true],
    // 00:30 and 01:30 on the 26th in Astana: the deadline (the 25th) has passed, though not in UTC.
    ['2026-11-25T19:30:00Z', false],
    ['2026-11-25T20:30:00Z', false],
  ])('ends the discount at midnight in Astana: at %s it is available: %s', async (instant, available) => {
    // A subgraph of its own: the clock goes back before what the other tests cached.
    const fresh = await startForTest(subgraph);
    stateSystemAnswers();
    clockAt(instant);
    try {
      const body = await queryUser(fresh.url, 'fines(paid: false) { discountDeadline discountAvailable }');
      expect(body.data!.me.fines).toEqual([{ discountDeadline: '2026-11-25', discountAvailable: available }]);
    } finally {
      realClock();
      await fresh.close();
    }
  });

  it('sorts what the state system gives, computes discounts per article and rounds half a fine up', async () => {
    const record: FinesRecord = {
      iin: DEMO.user,
      fines: [
        fine({ protocolNumber: '0226030100001', offenceDate: '2026-03-01', decisionDate: '2026-03-01', paid: true, paidOn: '2026-03-02', paidAmount: 21_625 }),
        // 5 МРП of 2026 = 21 625 ₸: half is 10 812.5, rounded up
        fine({ protocolNumber: '0226112000002', amount: 21_625, offenceDate: '2026-11-20', decisionDate: '2026-11-21' }),
        // an article without the discount
        fine({
          protocolNumber: '0226111900003',
          article: { code: '440 ч.1', title: 'Распитие алкогольных напитков в общественных местах' },
          amount: 21_625,
          offenceDate: '2026-11-19',
          decisionDate: '2026-11-19',
          discountEligible: false,
        }),
        // decided on the 14th: the 7 days ended on the 21st
        fine({ protocolNumber: '0226111400004', amount: 12_975, offenceDate: '2026-11-14', decisionDate: '2026-11-14' }),
      ],
      debts: [
        debt({ proceedingNumber: '02-2024-000001', openedOn: '2024-05-01', travelBan: false }),
        debt({ proceedingNumber: '02-2025-000002', kind: 'ALIMONY', creditor: null, openedOn: '2025-02-01', travelBan: true }),
      ],
    };
    stateSystemAnswers(200, { records: [record], missing: [] });
    const body = await queryUser(
      served.url,
      'fines { protocolNumber amountInMrp discountDeadline discountAvailable discountedAmount amountDue } debts { proceedingNumber kind creditor travelBan } travelBan',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.me.fines).toEqual([
      { protocolNumber: '0226112000002', amountInMrp: 5, discountDeadline: '2026-11-28', discountAvailable: true, discountedAmount: 10_813, amountDue: 10_813 },
      { protocolNumber: '0226111900003', amountInMrp: 5, discountDeadline: null, discountAvailable: false, discountedAmount: null, amountDue: 21_625 },
      { protocolNumber: '0226111400004', amountInMrp: 3, discountDeadline: '2026-11-21', discountAvailable: false, discountedAmount: null, amountDue: 12_975 },
      { protocolNumber: '0226030100001', amountInMrp: 10, discountDeadline: null, discountAvailable: false, discountedAmount: null, amountDue: 0 },
    ]);
    expect(body.data!.me.debts).toEqual([
      { proceedingNumber: '02-2025-000002', kind: 'ALIMONY', creditor: null, travelBan: true },
      { proceedingNumber: '02-2024-000001', kind: 'BANK_LOAN', creditor: 'АО «Halyk Bank»', travelBan: false },
    ]);
    expect(body.data!.me.travelBan).toBe(true);
  });

  it('sets no travel ban when no debt restricts leaving the country', async () => {
    const record: FinesRecord = {
      iin: DEMO.user,
      fines: [],
      debts: [debt({ travelBan: false }), debt({ proceedingNumber: '02-2025-000009', travelBan: false })],
    };
    stateSystemAnswers(200, { records: [record], missing: [] });
    const body = await queryUser(served.url, 'debts { proceedingNumber } travelBan');
    expect(body.data!.me.debts).toHaveLength(2);
    expect(body.data!.me.travelBan).toBe(false);
  });

  it('codes a fine that is not a whole number of МРП as a bad state-system answer, on that field only', async () => {
    const record: FinesRecord = { iin: DEMO.user, fines: [fine({ amount: 43_000 })], debts: [] };
    stateSystemAnswers(200, { records: [record], missing: [] });
    const body = await queryUser(served.url, 'fines { amount amountInMrp } travelBan');
    expect(body.data!.me).toEqual({ fines: null, travelBan: false });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'FINES' });
  });

  it('answers null sections for a person the register does not know', async () => {
    stateSystemAnswers(200, { records: [], missing: [DEMO.user] });
    const body = await queryUser(served.url, 'fines { amount } debts { amount } travelBan');
    expect(body.errors).toBeUndefined();
    expect(body.data!.me).toEqual({ fines: null, debts: null, travelBan: null });
  });
});
