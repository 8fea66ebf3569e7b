/**
 * The fines domain's rules that resolvers and mock share: the monthly calculation index (МРП)
 * by year, and the 50% discount for a fine paid within 7 days of the decision (КоАП art. 910 part 2).
 */

/** The monthly calculation index (МРП) in tenge, by year, as set by each year's budget law. */
export const MRP_BY_YEAR: Readonly<Record<number, number>> = {
  2023: 3450,
  2024: 3692,
  2025: 3932,
  2026: 4325,
};

/** The МРП of the year of a date (`YYYY-MM-DD`), or undefined for a year the table does not know. */
export const mrpOn = (date: string): number | undefined => MRP_BY_YEAR[Number(date.slice(0, 4))];

/** Days after the decision during which a fine may be paid at 50%. */
export const DISCOUNT_DAYS = 7;

/** The date `days` days after a date (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of the discount: the decision date plus 7 days. */
export const discountDeadlineOf = (decisionDate: string): string => addDays(decisionDate, DISCOUNT_DAYS);

/** Half a fine, rounded up to a whole tenge (never less than half is paid). */
export const discountedAmountOf = (amount: number): number => Math.ceil(amount / 2);
