/**
 * The health system's domain rules, shared by the resolvers (which compute the insurance status)
 * and the mock (which generates data that follows them): months, the pension age, and when a
 * person counts as insured.
 */
import { addYears, ageOn, MAJORITY_AGE } from '../../schema/dates.js';
import type { Sex } from '../../schema/iin.js';
import type { InsuranceStatusReason } from './__generated__/resolvers.js';
import type { HealthInsuranceRecord, InsuranceContributionRecord } from './record.js';

/** A month, `YYYY-MM`. */
export type Period = string;

export const periodOf = (date: string): Period => date.slice(0, 7);

/** The month `n` months after `period` (before, when `n` is negative). */
export function addMonths(period: Period, n: number): Period {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const firstDayOf = (period: Period): string => `${period}-01`;

export function lastDayOf(period: Period): string {
  const days = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();
  return `${period}-${String(days).padStart(2, '0')}`;
}

/** The day `day` of a month (clamped to the month's length). */
export const dayOf = (period: Period, day: number): string => {
  const last = lastDayOf(period);
  return `${period}-${String(Math.min(day, Number(last.slice(8)))).padStart(2, '0')}`;
};

/** Old-age pension age: men 63, women 61. */
export const PENSION_AGE: Record<Sex, number> = { MALE: 63, FEMALE: 61 };

/** The day a person reaches the old-age pension age. */
export const pensionDateOf = (birthDate: string, sex: Sex): string => addYears(birthDate, PENSION_AGE[sex]);

export const isPensionerOn = (birthDate: string, sex: Sex, on: string): boolean => pensionDateOf(birthDate, sex) <= on;

export const isChildOn = (birthDate: string, on: string): boolean => ageOn(birthDate, on) < MAJORITY_AGE;

/**
 * How many months before the current one are "recent": a contribution from an employer or from the
 * person for one of them keeps the person insured. (Contributions for a month are due by the 25th
 * of the next, so the month just ended is often not yet paid.)
 */
export const INSURANCE_WINDOW_MONTHS = 3;

/** The recent months on a day, oldest first: the INSURANCE_WINDOW_MONTHS months before the current one. */
export function recentPeriods(on: string): Period[] {
  const current = periodOf(on);
  return Array.from({ length: INSURANCE_WINDOW_MONTHS }, (_, i) => addMonths(current, i - INSURANCE_WINDOW_MONTHS));
}

/** Newest first: by period, then by payment day. */
export const newestFirst = (a: InsuranceContributionRecord, b: InsuranceContributionRecord): number =>
  b.period.localeCompare(a.period) || b.paidOn.localeCompare(a.paidOn);

export interface InsuranceStatus {
  insured: boolean;
  statusReason: InsuranceStatusReason;
}

/**
 * Whether a person is insured on a day, and why. A person in a category the state pays for is
 * insured (STATE_PAID) whether or not this month's state contribution has arrived yet. Anyone else
 * is insured while an employer's or their own contribution exists for a recent month; the newest
 * of those says why. State contributions alone do not keep insured someone who has left the
 * category (a child who turned 18 and neither works nor studies is NOT_INSURED).
 */
export function insuranceStatus(insurance: HealthInsuranceRecord, on: string): InsuranceStatus {
  if (insurance.statePaidCategory !== null) return { insured: true, statusReason: 'STATE_PAID' };
  const recent = new Set(recentPeriods(on));
  const newest = insurance.contributions.filter((c) => c.payerKind !== 'STATE' && recent.has(c.period) && c.paidOn <= on).sort(newestFirst)[0];
  if (!newest) return { insured: false, statusReason: 'NOT_INSURED' };
  return { insured: true, statusReason: newest.payerKind === 'SELF' ? 'SELF_EMPLOYED' : 'EMPLOYEE' };
}
