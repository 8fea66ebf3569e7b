/** Calendar dates as the state systems give them: `YYYY-MM-DD` strings, compared as text. */

/** Whole years from `birthDate` to `on`. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The same day `years` later (29 February becomes 28 February in other years). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

/** Today (UTC), or TODAY when set: tests and demos pin the date. */
export const today = (): string => process.env.TODAY ?? new Date().toISOString().slice(0, 10);

/** Legal age of majority in Kazakhstan. */
export const MAJORITY_AGE = 18;
