/**
 * Formats and domain rules over the whole default population, read through the subgraph from the
 * real mock state system (no nock), plus the validators on known-good and known-bad examples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears, ageOn, MAJORITY_AGE } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import type { Served } from '../../runtime/http.js';
import { entitiesQuery, querySubgraph, representations, startForTest } from '../kit/testing.js';
import { generatePopulation } from '../mocks/population.js';
import type { MockStateSystem } from '../mocks/state-system.js';
import { isCalendarDate } from '../../schema/dates.js';
import { isProceedingNumber, isProtocolNumber, isWholeMrpMultiple } from './formats.js';
import { createMock, finesRecordOf } from './mock.js';
import { addDays, discountDeadlineOf, discountedAmountOf, mrpOn } from './rules.js';
import { subgraph } from './subgraph.js';

describe('fines validators', () => {
  it('accepts protocol numbers RR YYMMDD SSSSS and rejects malformed ones', () => {
    expect(isProtocolNumber('0226111800123')).toBe(true);
    expect(isProtocolNumber('0226111800123', '2026-11-18')).toBe(true);
    expect(isProtocolNumber('1725022899999')).toBe(true);
    expect(isProtocolNumber('0226111800123', '2026-11-19')).toBe(false); // another offence date
    expect(isProtocolNumber('022611180012')).toBe(false); // 12 digits
    expect(isProtocolNumber('02261118001234')).toBe(false); // 14 digits
    expect(isProtocolNumber('0026111800123')).toBe(false); // region 00
    expect(isProtocolNumber('2126111800123')).toBe(false); // region 21
    expect(isProtocolNumber('0226131800123')).toBe(false); // month 13
    expect(isProtocolNumber('0226023000123')).toBe(false); // 30 February
    expect(isProtocolNumber('02261118A0123')).toBe(false);
    expect(isProtocolNumber('1924011800123 ')).toBe(false);
  });

  it('accepts proceeding numbers RR-YYYY-NNNNNN and rejects malformed ones', () => {
    expect(isProceedingNumber('02-2025-004217')).toBe(true);
    expect(isProceedingNumber('02-2025-004217', '2025-03-01')).toBe(true);
    expect(isProceedingNumber('02-2025-004217', '2024-12-31')).toBe(false); // another year
    expect(isProceedingNumber('02-2025-4217')).toBe(false);
    expect(isProceedingNumber('21-2025-004217')).toBe(false);
    expect(isProceedingNumber('00-2025-004217')).toBe(false);
    expect(isProceedingNumber('02/2025/004217')).toBe(false);
    expect(isProceedingNumber('02-1999-004217')).toBe(false);
  });

  it('accepts amounts that are whole МРП of the offence year only', () => {
    expect(isWholeMrpMultiple(43_250, '2026-11-18')).toBe(true); // 10 × 4 325
    expect(isWholeMrpMultiple(39_320, '2025-01-01')).toBe(true); // 10 × 3 932
    expect(isWholeMrpMultiple(18_460, '2024-06-12')).toBe(true); // 5 × 3 692
    expect(isWholeMrpMultiple(43_250, '2025-11-18')).toBe(false); // 2026's index on a 2025 offence
    expect(isWholeMrpMultiple(39_320, '2026-01-01')).toBe(false);
    expect(isWholeMrpMultiple(0, '2026-01-01')).toBe(false);
    expect(isWholeMrpMultiple(4_325.5, '2026-01-01')).toBe(false);
    expect(isWholeMrpMultiple(30_630, '2022-06-01')).toBe(false); // a year the table does not know
  });

  it('dates the discount deadline 7 days after the decision, across months and years, and halves fines upwards', () => {
    expect(discountDeadlineOf('2026-11-18')).toBe('2026-11-25');
    expect(discountDeadlineOf('2026-12-28')).toBe('2027-01-04');
    expect(discountDeadlineOf('2024-02-25')).toBe('2024-03-03');
    expect(addDays('2025-02-25', 7)).toBe('2025-03-04');
    expect(discountedAmountOf(43_250)).toBe(21_625);
    expect(discountedAmountOf(21_625)).toBe(10_813);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
});

interface FineOut {
  protocolNumber: string;
  article: { code: string; title: string };
  amount: number;
  amountInMrp: number;
  offenceDate: string;
  decisionDate: string;
  authority: string;
  paid: boolean;
  paidOn: string | null;
  paidAmount: number | null;
  discountDeadline: string | null;
  discountedAmount: number | null;
  discountAvailable: boolean;
  amountDue: number;
}

interface DebtOut {
  proceedingNumber: string;
  kind: string;
  creditor: string | null;
  amount: number;
  enforcementOfficer: { fullName: string; office: string };
  openedOn: string;
  travelBan: boolean;
}

interface PersonOut {
  iin: string;
  fines: FineOut[];
  unpaid: Array<{ protocolNumber: string }>;
  paidOnly: Array<{ protocolNumber: string }>;
  debts: DebtOut[];
  travelBan: boolean;
}

describe('fines over the whole default population', () => {
  const population = generatePopulation();
  const now = today();
  let mock: MockStateSystem;
  let served: Served;
  const persons: PersonOut[] = [];

  beforeAll(async () => {
    mock = createMock(population);
    served = await startForTest(subgraph, await mock.listen());
    const selection = `iin
      fines { protocolNumber article { code title } amount amountInMrp offenceDate decisionDate authority paid paidOn paidAmount
        discountDeadline discountedAmount discountAvailable amountDue }
      unpaid: fines(paid: false) { protocolNumber }
      paidOnly: fines(paid: true) { protocolNumber }
      debts { proceedingNumber kind creditor amount enforcementOfficer { fullName office } openedOn travelBan }
      travelBan`;
    const iins = population.people.map((p) => p.iin);
    for (let i = 0; i < iins.length; i += 1000) {
      const body = await querySubgraph<{ _entities: PersonOut[] }>(served.url, entitiesQuery(selection), {
        variables: { representations: representations(iins.slice(i, i + 1000)) },
      });
      expect(body.errors).toBeUndefined();
      persons.push(...body.data!._entities);
    }
  });
  afterAll(async () => {
    await served?.close();
    await mock?.close();
  });

  const birthOf = (iin: string) => population.byIin.get(iin)!.birthDate;
  const allFines = () => persons.flatMap((p) => p.fines.map((f) => ({ person: p, fine: f })));
  const allDebts = () => persons.flatMap((p) => p.debts.map((d) => ({ person: p, debt: d })));

  it('gives every person of the population a record, derived the same way each time', () => {
    expect(persons).toHaveLength(population.people.length);
    expect(persons.every((p) => Array.isArray(p.fines) && Array.isArray(p.debts) && typeof p.travelBan === 'boolean')).toBe(true);
    const sample = population.people.slice(0, 500);
    expect(sample.map((p) => finesRecordOf(p, population))).toEqual(sample.map((p) => finesRecordOf(p, population)));
  });

  it('gives minors no fines and no debts, and adults only fines and debts from after they came of age', () => {
    const minors = persons.filter((p) => ageOn(birthOf(p.iin), now) < MAJORITY_AGE);
    expect(minors.length).toBeGreaterThan(1000);
    expect(minors.filter((p) => p.fines.length > 0 || p.debts.length > 0 || p.travelBan)).toEqual([]);
    const early = [
      ...allFines().filter(({ person, fine }) => fine.offenceDate < addYears(birthOf(person.iin), MAJORITY_AGE)),
      ...allDebts().filter(({ person, debt }) => debt.openedOn < addYears(birthOf(person.iin), MAJORITY_AGE)),
    ];
    expect(early).toEqual([]);
  });

  it('has realistic shares: about a quarter of adults fined, most fines paid, about one in twenty a debtor', () => {
    const adults = persons.filter((p) => ageOn(birthOf(p.iin), now) >= MAJORITY_AGE);
    const fined = adults.filter((p) => p.fines.length > 0).length / adults.length;
    const debtors = adults.filter((p) => p.debts.length > 0).length / adults.length;
    const fines = allFines();
    const paid = fines.filter(({ fine }) => fine.paid).length / fines.length;
    expect(fined).toBeGreaterThan(0.2);
    expect(fined).toBeLessThan(0.3);
    expect(paid).toBeGreaterThan(0.7);
    expect(paid).toBeLessThan(0.95);
    expect(debtors).toBeGreaterThan(0.03);
    expect(debtors).toBeLessThan(0.07);
  });

  it('makes every fine a whole number of МРП of its offence year, with a well-formed, unique protocol number', () => {
    const fines = allFines().map(({ fine }) => fine);
    expect(fines.length).toBeGreaterThan(2000);
    expect(fines.filter((f) => !isWholeMrpMultiple(f.amount, f.offenceDate))).toEqual([]);
    expect(fines.filter((f) => f.amountInMrp * mrpOn(f.offenceDate)! !== f.amount)).toEqual([]);
    expect(fines.filter((f) => !isProtocolNumber(f.protocolNumber, f.offenceDate))).toEqual([]);
    expect(new Set(fines.map((f) => f.protocolNumber)).size).toBe(fines.length);
    expect(fines.filter((f) => !/^\d{3} ч\.\d$/.test(f.article.code) || !f.article.title || !/^(ДП|САС) /.test(f.authority))).toEqual([]);
  });

  it('keeps fine dates in order: offence <= decision <= payment <= today', () => {
    const bad = allFines()
      .map(({ fine }) => fine)
      .filter(
        (f) =>
          !isCalendarDate(f.offenceDate) ||
          f.decisionDate < f.offenceDate ||
          f.decisionDate > now ||
          (f.paid ? f.paidOn === null || f.paidOn < f.decisionDate || f.paidOn > now : f.paidOn !== null || f.paidAmount !== null),
      );
    expect(bad).toEqual([]);
  });

  it('dates every discount deadline 7 days after the decision and computes availability, amounts due and paid amounts', () => {
    const fines = allFines().map(({ fine }) => fine);
    const withDeadline = fines.filter((f) => f.discountDeadline !== null);
    const available = fines.filter((f) => f.discountAvailable);
    // the rule is exercised, both ways
    expect(withDeadline.length).toBeGreaterThan(100);
    expect(available.length).toBeGreaterThan(5);
    expect(fines.some((f) => !f.paid && f.discountDeadline === null)).toBe(true);
    expect(withDeadline.filter((f) => f.paid || f.discountDeadline !== addDays(f.decisionDate, 7))).toEqual([]);
    expect(fines.filter((f) => f.discountAvailable !== (f.discountDeadline !== null && now <= f.discountDeadline))).toEqual([]);
    expect(fines.filter((f) => f.discountedAmount !== (f.discountAvailable ? Math.ceil(f.amount / 2) : null))).toEqual([]);
    expect(fines.filter((f) => f.amountDue !== (f.paid ? 0 : (f.discountedAmount ?? f.amount)))).toEqual([]);
    // a payment within the 7 days of an article with the discount is half the fine; otherwise the whole fine
    expect(fines.filter((f) => f.paid && f.paidAmount !== f.amount && f.paidAmount !== Math.ceil(f.amount / 2))).toEqual([]);
    expect(fines.filter((f) => f.paid && f.paidAmount !== f.amount && f.paidOn! > addDays(f.decisionDate, 7))).toEqual([]);
    expect(fines.some((f) => f.paid && f.paidAmount === Math.ceil(f.amount / 2))).toBe(true);
  });

  it('filters by paid into two parts of the whole list, newest first', () => {
    for (const p of persons.filter((x) => x.fines.length > 0)) {
      expect(p.unpaid.map((f) => f.protocolNumber)).toEqual(p.fines.filter((f) => !f.paid).map((f) => f.protocolNumber));
      expect(p.paidOnly.map((f) => f.protocolNumber)).toEqual(p.fines.filter((f) => f.paid).map((f) => f.protocolNumber));
      const dates = p.fines.map((f) => f.offenceDate);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('gives every debt a well-formed proceeding number and a positive amount, and a travel ban exactly when a debt has one', () => {
    const debts = allDebts().map(({ debt }) => debt);
    expect(debts.length).toBeGreaterThan(200);
    expect(debts.filter((d) => !isProceedingNumber(d.proceedingNumber, d.openedOn) || !isCalendarDate(d.openedOn) || d.openedOn > now)).toEqual([]);
    expect(debts.filter((d) => !Number.isSafeInteger(d.amount) || d.amount <= 0)).toEqual([]);
    expect(debts.filter((d) => (d.kind === 'ALIMONY') !== (d.creditor === null))).toEqual([]);
    expect(debts.filter((d) => d.enforcementOfficer.fullName.split(' ').length !== 3 || !d.enforcementOfficer.office)).toEqual([]);
    expect(new Set(debts.map((d) => d.kind))).toEqual(new Set(['ALIMONY', 'TAX', 'BANK_LOAN', 'FINE', 'OTHER']));
    expect(persons.filter((p) => p.travelBan !== p.debts.some((d) => d.travelBan))).toEqual([]);
    expect(persons.some((p) => p.travelBan)).toBe(true);
    expect(persons.some((p) => p.debts.length > 0 && !p.travelBan)).toBe(true);
  });
});
