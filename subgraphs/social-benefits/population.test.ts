import { describe, expect, it } from 'vitest';
import { addYears, ageOn } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { generatePopulation } from '../mocks/population.js';
import { isDecisionNumber, isIsoDate, isLocalOfficeName, isMonth, KINDS, PAYER_OF, PAYERS } from './formats.js';
import { CHILD_BENEFITS_SINCE, PAYMENT_HISTORY_MONTHS, socialBenefitsRecordOf } from './mock.js';
import { isSocialBenefitsRecord } from './record.js';
import { childBirthAllowance, childCareAllowance, childCareEndsOn, largeFamilyAllowance, mrpOn, mzpOn, PENSION_AGE } from './rules.js';

// The whole default population (10,000 people), as the mock state system serves it.
const population = generatePopulation();
const records = population.people.map((person) => ({ person, record: socialBenefitsRecordOf(person, population) }));
const benefits = records.flatMap(({ person, record }) => record.benefits.map((benefit) => ({ person, benefit })));
const ofKind = (kind: string) => benefits.filter(({ benefit }) => benefit.kind === kind);

describe('the published rules', () => {
  it('give the year figures cited in rules.ts', () => {
    expect([
      mrpOn('2021-05-10'),
      mrpOn('2022-01-10'),
      mrpOn('2022-06-01'),
      mrpOn('2023-09-01'),
      mrpOn('2024-01-01'),
      mrpOn('2025-07-01'),
      mrpOn('2026-11-22'),
    ]).toEqual([2_917, 3_063, 3_180, 3_450, 3_692, 3_932, 4_325]);
    expect([mzpOn('2023-09-01'), mzpOn('2024-09-01'), mzpOn('2025-01-01')]).toEqual([70_000, 85_000, 85_000]);
    expect(childBirthAllowance(1, '2023-09-01')).toBe(131_100);
    expect(childBirthAllowance(4, '2025-03-01')).toBe(Math.round(63 * 3_932));
    expect(childCareAllowance(2, '2023-09-01')).toBe(Math.round(6.81 * 3_450));
    expect([3, 4, 5, 8].map((n) => largeFamilyAllowance(n, '2026-01-01'))).toEqual([
      0,
      Math.round(16.03 * 4_325),
      Math.round(20.04 * 4_325),
      Math.round(32.08 * 4_325),
    ]);
    expect(childCareEndsOn('2023-09-01')).toBe('2024-09-01');
    expect(childCareEndsOn('2024-03-15')).toBe('2025-09-15');
  });
});

describe('social-benefits mock over the whole population', () => {
  it('gives every person a well-formed record about them, deterministically', () => {
    expect(records).toHaveLength(10_000);
    for (const { person, record } of records) {
      expect(record.iin).toBe(person.iin);
      expect(isSocialBenefitsRecord(record), person.iin).toBe(true);
    }
    const again = generatePopulation();
    for (const { person, record } of records.slice(0, 300)) expect(socialBenefitsRecordOf(again.byIin.get(person.iin)!, again)).toEqual(record);
  });

  it('checks every format: decision numbers of the region and year, payers by kind, dates and months', () => {
    expect(new Set(benefits.map(({ benefit }) => benefit.kind)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(benefits.map(({ benefit }) => benefit.kind)).size).toBeLessThanOrEqual(KINDS.length);
    for (const { benefit } of benefits) {
      expect(isDecisionNumber(benefit.decisionNumber), benefit.decisionNumber).toBe(true);
      expect(benefit.decisionNumber.slice(3, 7)).toBe(benefit.assignedOn.slice(0, 4));
      expect(benefit.payer.code).toBe(PAYER_OF[benefit.kind]);
      if (benefit.payer.code === 'LOCAL_EXECUTIVE_BODY') expect(isLocalOfficeName(benefit.payer.name), benefit.payer.name).toBe(true);
      else expect(benefit.payer.name).toBe(PAYERS[benefit.payer.code]);
      for (const date of [benefit.assignedOn, benefit.statusSince]) expect(isIsoDate(date)).toBe(true);
      expect(benefit.assignedOn <= today()).toBe(true);
      expect(benefit.statusSince >= benefit.assignedOn || benefit.kind === 'CHILD_BIRTH_ALLOWANCE').toBe(true);
      for (const p of benefit.payments) expect(isMonth(p.month) && isIsoDate(p.paidOn)).toBe(true);
    }
  });

  it('ends a benefit exactly when its end has passed, with a reason; pays nothing after today, nothing after it ended', () => {
    for (const { benefit } of benefits) {
      if (benefit.kind === 'CHILD_BIRTH_ALLOWANCE') continue;
      const ended = benefit.endsOn !== null && benefit.endsOn <= today();
      expect(benefit.status === 'ENDED', benefit.decisionNumber).toBe(ended);
      if (ended) expect(benefit.statusSince).toBe(benefit.endsOn);
      expect(benefit.payments.length).toBeLessThanOrEqual(PAYMENT_HISTORY_MONTHS);
      const paidOn = benefit.payments.map((p) => p.paidOn);
      expect(paidOn).toEqual([...paidOn].sort().reverse());
      for (const p of benefit.payments) {
        expect(p.paidOn <= today()).toBe(true);
        expect(p.month >= benefit.assignedOn.slice(0, 7)).toBe(true);
        if (benefit.endsOn) expect(p.month <= benefit.endsOn.slice(0, 7)).toBe(true);
        if (benefit.status === 'SUSPENDED') expect(p.paidOn < benefit.statusSince).toBe(true);
      }
    }
  });

  it('pays an old-age pension to everyone past the pension age, from the month after, and to nobody younger', () => {
    for (const { person, record } of records) {
      const pensions = record.benefits.filter((b) => b.kind === 'OLD_AGE_PENSION');
      const pensionDate = addYears(person.birthDate, PENSION_AGE[person.sex]);
      expect(pensions.length, person.iin).toBe(pensionDate <= today() ? 1 : 0);
      for (const p of pensions) {
        expect(p.assignedOn).toBe(pensionDate);
        expect(p.endsOn).toBeNull();
        expect(p.payments.every((x) => x.month > pensionDate.slice(0, 7) && x.amount === p.monthlyAmount)).toBe(true);
      }
    }
  });

  it("gives child benefits to the child's mother only, in the amounts of the rules for the child's place among her children", () => {
    const births = ofKind('CHILD_BIRTH_ALLOWANCE');
    expect(births.length).toBeGreaterThan(500);
    for (const { person, benefit } of [...births, ...ofKind('CHILD_CARE_PAYMENT'), ...ofKind('CHILD_CARE_ALLOWANCE')]) {
      const child = population.byIin.get(benefit.childIin!)!;
      expect(child.motherIin).toBe(person.iin);
      expect(child.birthDate >= CHILD_BENEFITS_SINCE).toBe(true);
      // twins: in the order of the civil registry's record
      const order =
        person.childIins
          .map((iin) => population.byIin.get(iin)!)
          .sort((a, b) => a.birthDate.localeCompare(b.birthDate))
          .indexOf(child) + 1;
      if (benefit.kind === 'CHILD_BIRTH_ALLOWANCE') {
        expect(benefit.lumpSum).toBe(childBirthAllowance(order, child.birthDate));
        expect(benefit.payments).toEqual(
          benefit.status === 'ENDED' ? [{ month: benefit.statusSince.slice(0, 7), amount: benefit.lumpSum, paidOn: benefit.statusSince }] : [],
        );
      } else {
        expect(benefit.assignedOn).toBe(child.birthDate);
        expect(benefit.endsOn).toBe(childCareEndsOn(child.birthDate));
        if (benefit.kind === 'CHILD_CARE_PAYMENT') {
          // at least the state allowance, at most 40% of 7 МЗП of the birth year
          expect(benefit.monthlyAmount!).toBeGreaterThanOrEqual(childCareAllowance(order, child.birthDate));
          expect(benefit.monthlyAmount!).toBeLessThanOrEqual(Math.round(0.4 * 7 * mzpOn(child.birthDate)));
        } else {
          for (const p of benefit.payments) expect(p.amount).toBe(childCareAllowance(order, `${p.month}-01`));
        }
      }
    }
    // both the Fund's payment (insured mothers) and the state allowance occur, the cap binds for some
    expect(ofKind('CHILD_CARE_PAYMENT').length).toBeGreaterThan(ofKind('CHILD_CARE_ALLOWANCE').length);
    expect(ofKind('CHILD_CARE_PAYMENT').some(({ benefit }) => benefit.monthlyAmount === Math.round(0.4 * 7 * mzpOn(benefit.assignedOn)))).toBe(true);
  });

  it('gives the large-family allowance to mothers of four or more children under 18, by their number', () => {
    const large = ofKind('LARGE_FAMILY_ALLOWANCE');
    expect(large.length).toBeGreaterThan(10);
    for (const { person, benefit } of large) {
      const minors = person.childIins.map((iin) => population.byIin.get(iin)!).filter((c) => ageOn(c.birthDate, today()) < 18);
      expect(minors.length).toBeGreaterThanOrEqual(4);
      expect(benefit.monthlyAmount).toBe(largeFamilyAllowance(minors.length, today()));
    }
  });

  it('gives the working-age benefits to adults below the pension age only', () => {
    for (const kind of ['DISABILITY_ALLOWANCE', 'TARGETED_SOCIAL_ASSISTANCE', 'JOB_LOSS_PAYMENT']) {
      expect(ofKind(kind).length, kind).toBeGreaterThan(20);
      for (const { person, benefit } of ofKind(kind)) {
        expect(ageOn(person.birthDate, benefit.assignedOn)).toBeGreaterThanOrEqual(18);
        expect(benefit.assignedOn < addYears(person.birthDate, PENSION_AGE[person.sex])).toBe(true);
      }
    }
    expect(ofKind('DISABILITY_ALLOWANCE').some(({ benefit }) => benefit.status === 'SUSPENDED' && benefit.statusReason === 'REEXAMINATION_OVERDUE')).toBe(true);
    expect(ofKind('JOB_LOSS_PAYMENT').some(({ benefit }) => benefit.statusReason === 'RECIPIENT_EMPLOYED')).toBe(true);
  });
});
