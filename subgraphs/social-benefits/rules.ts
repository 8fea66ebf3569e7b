/**
 * The published rules the social-benefits amounts follow, by year. Sources (checked 2026-12-02):
 * - МРП (monthly calculation index) and МЗП (minimum monthly wage) are set by each year's law on
 *   the republican budget: МРП 2021 2,917; 2022 3,063 (3,180 from 2022-06-01); 2023 3,450;
 *   2024 3,692; 2025 3,932; 2026 4,325 tenge. МЗП 2021 42,500; 2022 60,000; 2023 70,000;
 *   2024 85,000; 2025 85,000 tenge. ASSUMED: МЗП 2026 unchanged at 85,000 (not verified here).
 * - The child-care social payment of the State Social Insurance Fund (ГФСС): 40% of the average
 *   monthly income from which social contributions were paid over the last 24 months; not less than
 *   the state child-care allowance, not more than 40% of 7 МЗП (ГФСС, as reported by zakon.kz on
 *   2025-09-09, «Соцвыплата по уходу за ребенком до 1,5 лет»). Paid up to the child's 1.5 years now;
 *   ASSUMED: up to the first birthday for a child born before 2024-01-01, and 1.5 years from then
 *   (the demo user's son, born 2023-09-01, is paid to 2024-09-01).
 * - The state allowances in МРП, from the Social Code (2023) as they were in the Law «On state
 *   benefits to families with children»: a one-off allowance on a birth of 38 МРП for the first
 *   to third child and 63 МРП from the fourth; the monthly child-care allowance of 5.76, 6.81, 7.85
 *   and 8.90 МРП for the first, second, third and fourth-or-later child; the large-family allowance
 *   of 16.03 МРП for four children under 18, 20.04 for five, 24.05 for six, 28.06 for seven and
 *   4.01 МРП a child from eight; the special state allowance to mothers awarded «Алтын алқа» or
 *   «Күміс алқа» 6.40 МРП (values recalled from those laws, not re-checked against the text here).
 * Pension, disability, job-loss and targeted-assistance amounts depend on a person's record of
 * service, income or family; the mock draws them in plausible ranges.
 */
import { addYears } from '../../schema/dates.js';

const MRP: Readonly<Record<number, number>> = { 2020: 2_778, 2021: 2_917, 2022: 3_063, 2023: 3_450, 2024: 3_692, 2025: 3_932, 2026: 4_325 };
const MZP: Readonly<Record<number, number>> = { 2020: 42_500, 2021: 42_500, 2022: 60_000, 2023: 70_000, 2024: 85_000, 2025: 85_000, 2026: 85_000 };

const clampYear = (table: Readonly<Record<number, number>>, year: number): number => {
  const years = Object.keys(table).map(Number);
  return table[Math.min(Math.max(year, Math.min(...years)), Math.max(...years))]!;
};

/** The МРП in force on a day (the 2022 mid-year raise included). */
export const mrpOn = (date: string): number => (date.startsWith('2022') && date >= '2022-06-01' ? 3_180 : clampYear(MRP, Number(date.slice(0, 4))));

/** The minimum monthly wage in force on a day. */
export const mzpOn = (date: string): number => clampYear(MZP, Number(date.slice(0, 4)));

/** An amount in МРП, in whole tenge. */
const inMrp = (coefficient: number, date: string): number => Math.round(coefficient * mrpOn(date));

/** The one-off allowance on the birth of a child, the `order`th of its mother (1 the first). */
export const childBirthAllowance = (order: number, birthDate: string): number => inMrp(order >= 4 ? 63 : 38, birthDate);

/** The monthly state child-care allowance for the `order`th child, in force on `date`. */
export const childCareAllowance = (order: number, date: string): number => inMrp([5.76, 6.81, 7.85][order - 1] ?? 8.9, date);

/**
 * The Fund's monthly child-care payment for an average monthly income (over the 24 months before
 * the birth): 40% of it, at least the state allowance, at most 40% of 7 МЗП (on the birth date).
 */
export function childCarePayment(averageIncome: number, order: number, birthDate: string): number {
  const cap = Math.round(0.4 * 7 * mzpOn(birthDate));
  return Math.max(childCareAllowance(order, birthDate), Math.min(Math.round(0.4 * averageIncome), cap));
}

/** The last day the child-care payment runs: the first birthday for a child born before 2024, 1.5 years from then (assumed). */
export const childCareEndsOn = (birthDate: string): string => (birthDate < '2024-01-01' ? addYears(birthDate, 1) : addMonthsToDate(birthDate, 18));

/** The large-family allowance for `children` under 18, in force on `date`; 0 below four. */
export function largeFamilyAllowance(children: number, date: string): number {
  if (children < 4) return 0;
  const coefficient = children >= 8 ? 4.01 * children : [16.03, 20.04, 24.05, 28.06][children - 4]!;
  return inMrp(coefficient, date);
}

/** The special state allowance to a mother awarded «Алтын алқа» or «Күміс алқа». */
export const specialStateAllowanceForMothers = (date: string): number => inMrp(6.4, date);

/** The pension age by sex: 63 for men, 61 for women (the same as the health section uses; raising the women's age is deferred to 2028). */
export const PENSION_AGE = { MALE: 63, FEMALE: 61 } as const;

export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** `YYYY-MM` of a date, and the month `n` months later. */
export const monthOf = (date: string): string => date.slice(0, 7);
export const addMonths = (month: string, n: number): string => addMonthsToDate(`${month}-01`, n).slice(0, 7);
