/**
 * The state pension and social-payments centre's mock state system: each person's benefits,
 * derived from the person and their family in the population (deterministic), with the payments
 * made by today(). Amounts follow rules.ts (the published rules of each year, cited there).
 *
 * - Everyone past the pension age draws an old-age pension from the month after they reached it.
 * - A mother gets the one-off allowance on each birth since 2020, and for each child either the
 *   Fund's child-care payment (insured: 40% of her income, within its floor and cap) or the state
 *   allowance, until the child's first birthday (1.5 years for births from 2024).
 * - Mothers of four or more children under 18 draw the large-family allowance; of six or more, the
 *   special state allowance of the «Күміс алқа» / «Алтын алқа» mothers.
 * - A few adults draw a disability allowance, targeted social assistance or a job-loss payment.
 * The demo family's records are fixed (DESIGN.md): the father's pension, the wife's benefits for
 * their two children.
 */
import { addYears, ageOn } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { DEMO } from '../mocks/demo-family.js';
import { PLACES, placeOf } from '../mocks/places.js';
import type { Citizen, Population } from '../mocks/population.js';
import { randomFor, type Random } from '../mocks/random.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import type { SocialBenefitKind, SocialBenefitStatusReason } from './__generated__/resolvers.js';
import { PAYER_OF, PAYERS } from './formats.js';
import type { BenefitPaymentRecord, BenefitPayerRecord, SocialBenefitRecord, SocialBenefitsRecord } from './record.js';
import {
  addMonths,
  addMonthsToDate,
  childBirthAllowance,
  childCareAllowance,
  childCareEndsOn,
  childCarePayment,
  largeFamilyAllowance,
  monthOf,
  PENSION_AGE,
  specialStateAllowanceForMothers,
} from './rules.js';

/** The centre reports the payments of the last 24 months of a benefit. */
export const PAYMENT_HISTORY_MONTHS = 24;
/** Births from this day on are in the centre's records of child benefits. */
export const CHILD_BENEFITS_SINCE = '2020-01-01';

const SYSTEM = 'social-benefits';
const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const regionCodeOf = (person: Citizen): string => (PLACES.find((p) => p.region === person.address.region) ?? placeOf(person.address.city)).plateCode;

function payerOf(kind: SocialBenefitKind, person: Citizen): BenefitPayerRecord {
  const code = PAYER_OF[kind];
  return { code, name: code === 'LOCAL_EXECUTIVE_BODY' ? `ГУ «Отдел занятости и социальных программ города ${person.address.city}»` : PAYERS[code] };
}

const decisionNumber = (person: Citizen, assignedOn: string, rnd: Random): string =>
  `${regionCodeOf(person)}-${assignedOn.slice(0, 4)}-${String(rnd.int(1, 9_999_999)).padStart(7, '0')}`;

interface Monthly {
  kind: SocialBenefitKind;
  assignedOn: string;
  endsOn: string | null;
  /** The amount for a month (allowances in МРП follow the year's МРП). */
  amountFor: (month: string) => number;
  /** Paid on this day of the month it is for (from the month after assignment: `fromNextMonth`). */
  payDay: number;
  fromNextMonth?: boolean;
  /** Why it ends when `endsOn` passes. */
  endReason: SocialBenefitStatusReason;
  childIin?: string | null;
  /** Suspended since this day, for this reason (payments stop before it). */
  suspended?: { since: string; reason: SocialBenefitStatusReason } | null;
}

/** A monthly benefit as of `on`: its status from its dates, and its payments made by `on`. */
function monthly(person: Citizen, b: Monthly, on: string, rnd: Random): SocialBenefitRecord {
  const ended = b.endsOn !== null && b.endsOn <= on;
  const stop = earlier(b.endsOn ? addDays(b.endsOn, -1) : on, b.suspended ? addDays(b.suspended.since, -1) : on);
  const payments: BenefitPaymentRecord[] = [];
  for (let month = monthOf(b.fromNextMonth ? addMonthsToDate(b.assignedOn, 1) : b.assignedOn); `${month}-01` <= stop; month = addMonths(month, 1)) {
    const paidOn = `${month}-${String(b.payDay).padStart(2, '0')}`;
    if (paidOn > on || (b.suspended && paidOn >= b.suspended.since)) break;
    payments.unshift({ month, amount: b.amountFor(month), paidOn });
  }
  const status = ended ? 'ENDED' : b.suspended ? 'SUSPENDED' : 'ASSIGNED';
  return {
    decisionNumber: decisionNumber(person, b.assignedOn, rnd),
    kind: b.kind,
    status,
    statusReason: ended ? b.endReason : b.suspended ? b.suspended.reason : null,
    statusSince: ended ? b.endsOn! : b.suspended ? b.suspended.since : b.assignedOn,
    assignedOn: b.assignedOn,
    endsOn: b.endsOn,
    monthlyAmount: b.amountFor(monthOf(ended ? addDays(b.endsOn!, -1) : earlier(on, b.endsOn ?? on))),
    lumpSum: null,
    payer: payerOf(b.kind, person),
    childIin: b.childIin ?? null,
    payments: payments.slice(0, PAYMENT_HISTORY_MONTHS),
  };
}

/** The one-off allowance on a birth: assigned within weeks, paid days later. */
function birthAllowance(
  mother: Citizen,
  child: Citizen,
  order: number,
  on: string,
  rnd: Random,
  dates?: { assignedOn: string; paidOn: string },
): SocialBenefitRecord | null {
  const assignedOn = dates?.assignedOn ?? addDays(child.birthDate, rnd.int(3, 25));
  const paidOn = dates?.paidOn ?? addDays(assignedOn, rnd.int(2, 8));
  if (assignedOn > on) return null;
  const paid = paidOn <= on;
  const lumpSum = childBirthAllowance(order, child.birthDate);
  return {
    decisionNumber: decisionNumber(mother, assignedOn, rnd),
    kind: 'CHILD_BIRTH_ALLOWANCE',
    status: paid ? 'ENDED' : 'ASSIGNED',
    statusReason: paid ? 'ONE_OFF_PAID' : null,
    statusSince: paid ? paidOn : assignedOn,
    assignedOn,
    endsOn: null,
    monthlyAmount: null,
    lumpSum,
    payer: payerOf('CHILD_BIRTH_ALLOWANCE', mother),
    childIin: child.iin,
    payments: paid ? [{ month: monthOf(paidOn), amount: lumpSum, paidOn }] : [],
  };
}

/** The child-care payment (insured mother, `averageIncome` over the 24 months before the birth) or the state allowance. */
function childCare(mother: Citizen, child: Citizen, order: number, averageIncome: number | null, on: string, rnd: Random): SocialBenefitRecord {
  const insured = averageIncome !== null;
  return monthly(
    mother,
    {
      kind: insured ? 'CHILD_CARE_PAYMENT' : 'CHILD_CARE_ALLOWANCE',
      assignedOn: child.birthDate,
      endsOn: childCareEndsOn(child.birthDate),
      amountFor: insured ? () => childCarePayment(averageIncome, order, child.birthDate) : (month) => childCareAllowance(order, `${month}-01`),
      payDay: 15,
      endReason: 'CHILD_REACHED_AGE',
      childIin: child.iin,
    },
    on,
    rnd,
  );
}

const childrenOf = (person: Citizen, population: Population): Citizen[] =>
  person.childIins
    .map((iin) => population.byIin.get(iin))
    .filter((c): c is Citizen => !!c)
    .sort((a, b) => a.birthDate.localeCompare(b.birthDate));

const pensionDateOf = (person: Citizen): string => addYears(person.birthDate, PENSION_AGE[person.sex]);

function pension(person: Citizen, amount: number, payDay: number, on: string, rnd: Random): SocialBenefitRecord {
  return monthly(
    person,
    {
      kind: 'OLD_AGE_PENSION',
      assignedOn: pensionDateOf(person),
      endsOn: null,
      amountFor: () => amount,
      payDay,
      fromNextMonth: true,
      endReason: 'PERIOD_EXPIRED',
    },
    on,
    rnd,
  );
}

// ---------------------------------------------------------------------------------------------
// The demo family (DESIGN.md), hand-written

function demoRecordOf(person: Citizen, population: Population, on: string): SocialBenefitsRecord | undefined {
  const rnd = randomFor(person.iin, SYSTEM);
  const child = (iin: string) => population.byIin.get(iin)!;
  switch (person.iin) {
    case DEMO.father:
      // Reached 63 on 2025-11-11; the pension runs from December, paid on the 5th.
      return { iin: person.iin, benefits: [pension(person, 172_600, 5, on, rnd)] };
    case DEMO.wife: {
      const [daughter, son] = [child(DEMO.daughter), child(DEMO.son)];
      return {
        iin: person.iin,
        benefits: [
          birthAllowance(person, daughter, 1, on, rnd, { assignedOn: '2021-05-20', paidOn: '2021-05-27' })!,
          // Employed before her daughter was born: an average income of 210,000 tenge a month.
          childCare(person, daughter, 1, 210_000, on, rnd),
          birthAllowance(person, son, 2, on, rnd, { assignedOn: '2023-09-12', paidOn: '2023-09-19' })!,
          // An entrepreneur since 2022, contributions on 180,000 tenge a month: 72,000 until he turned one.
          childCare(person, son, 2, 180_000, on, rnd),
        ],
      };
    }
    case DEMO.user:
    case DEMO.daughter:
    case DEMO.son:
    case DEMO.elderSon:
      return { iin: person.iin, benefits: [] };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Everyone else

function motherBenefits(person: Citizen, population: Population, on: string, rnd: Random): SocialBenefitRecord[] {
  const children = childrenOf(person, population);
  const benefits: SocialBenefitRecord[] = [];
  children.forEach((child, i) => {
    if (child.birthDate < CHILD_BENEFITS_SINCE || child.birthDate > on) return;
    const order = i + 1;
    const birth = birthAllowance(person, child, order, on, rnd);
    if (birth) benefits.push(birth);
    const insured = rnd.chance(0.7);
    benefits.push(childCare(person, child, order, insured ? rnd.int(85, 900) * 1000 : null, on, rnd));
  });
  const minors = children.filter((c) => c.birthDate <= on && ageOn(c.birthDate, on) < 18);
  if (minors.length >= 4) {
    benefits.push(
      monthly(
        person,
        {
          kind: 'LARGE_FAMILY_ALLOWANCE',
          assignedOn: later(addDays(minors[3]!.birthDate, rnd.int(10, 60)), CHILD_BENEFITS_SINCE),
          endsOn: addYears(minors[3]!.birthDate, 18),
          amountFor: (month) => largeFamilyAllowance(minors.length, `${month}-01`),
          payDay: 20,
          fromNextMonth: true,
          endReason: 'FAMILY_NO_LONGER_LARGE',
        },
        on,
        rnd,
      ),
    );
  }
  if (minors.length >= 6) {
    benefits.push(
      monthly(
        person,
        {
          kind: 'SPECIAL_STATE_ALLOWANCE',
          assignedOn: addDays(minors[5]!.birthDate, rnd.int(200, 400)),
          endsOn: null,
          amountFor: (month) => specialStateAllowanceForMothers(`${month}-01`),
          payDay: 20,
          fromNextMonth: true,
          endReason: 'PERIOD_EXPIRED',
        },
        on,
        rnd,
      ),
    );
  }
  return benefits;
}

function generatedRecordOf(person: Citizen, population: Population, on: string): SocialBenefitsRecord {
  const rnd = randomFor(person.iin, SYSTEM);
  const benefits: SocialBenefitRecord[] = [];
  const age = ageOn(person.birthDate, on);
  const pensioner = pensionDateOf(person) <= on;
  if (pensioner) benefits.push(pension(person, rnd.int(75, 260) * 100 * 10, rnd.int(3, 20), on, rnd));
  if (person.sex === 'FEMALE') benefits.push(...motherBenefits(person, population, on, rnd));
  const adult = addYears(person.birthDate, 18);
  const recent = (months: number, from = adult) => rnd.date(later(addMonthsToDate(on, -months), from), on);
  if (age >= 18 && !pensioner) {
    if (rnd.chance(0.025)) {
      const group = rnd.int(1, 3);
      const overdue = group > 1 && rnd.chance(0.12);
      const assignedOn = rnd.date(adult, addMonthsToDate(on, -1));
      benefits.push(
        monthly(
          person,
          {
            kind: 'DISABILITY_ALLOWANCE',
            assignedOn,
            endsOn: pensionDateOf(person),
            amountFor: () => [0, 98_000, 79_000, 54_000][group]!,
            payDay: rnd.int(3, 20),
            fromNextMonth: true,
            endReason: 'REPLACED_BY_PENSION',
            suspended: overdue ? { since: recent(6, addDays(assignedOn, 1)), reason: 'REEXAMINATION_OVERDUE' } : null,
          },
          on,
          rnd,
        ),
      );
    }
    if (age <= 60 && rnd.chance(0.02)) {
      const assignedOn = recent(24);
      const amount = rnd.int(15, 90) * 1000;
      benefits.push(
        monthly(
          person,
          {
            kind: 'TARGETED_SOCIAL_ASSISTANCE',
            assignedOn,
            endsOn: addMonthsToDate(assignedOn, 6),
            amountFor: () => amount,
            payDay: 25,
            fromNextMonth: true,
            endReason: 'PERIOD_EXPIRED',
          },
          on,
          rnd,
        ),
      );
    }
    if (rnd.chance(0.025)) {
      const assignedOn = recent(24);
      const months = rnd.int(1, 6);
      const employed = rnd.chance(0.3);
      // 45% of the average income, scaled by the years of contributions (illustrative).
      const amount = Math.round((0.45 * rnd.int(100, 500) * 1000 * rnd.int(70, 150)) / 100);
      benefits.push(
        monthly(
          person,
          {
            kind: 'JOB_LOSS_PAYMENT',
            assignedOn,
            endsOn: addMonthsToDate(assignedOn, employed ? Math.max(1, months - 1) : months),
            amountFor: () => amount,
            payDay: 10,
            fromNextMonth: true,
            endReason: employed ? 'RECIPIENT_EMPLOYED' : 'PERIOD_EXPIRED',
          },
          on,
          rnd,
        ),
      );
    }
  }
  // A minor with no father on record draws the survivor's allowance now and then.
  if (age < 18 && person.fatherIin === null && rnd.chance(0.3)) {
    benefits.push(
      monthly(
        person,
        {
          kind: 'SURVIVOR_ALLOWANCE',
          assignedOn: rnd.date(person.birthDate, on),
          endsOn: addYears(person.birthDate, 18),
          amountFor: () => 42_000,
          payDay: rnd.int(3, 20),
          fromNextMonth: true,
          endReason: 'CHILD_REACHED_AGE',
        },
        on,
        rnd,
      ),
    );
  }
  return { iin: person.iin, benefits };
}

/** The person's benefits as of today(); every person of the population has a record (maybe empty). */
export function socialBenefitsRecordOf(person: Citizen, population: Population): SocialBenefitsRecord {
  const on = today();
  return demoRecordOf(person, population, on) ?? generatedRecordOf(person, population, on);
}

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: SYSTEM, recordOf: socialBenefitsRecordOf, population });
