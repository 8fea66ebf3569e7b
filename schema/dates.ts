/** Calendar dates as the state systems give them: `YYYY-MM-DD` strings, compared as text. */

/** A calendar date `YYYY-MM-DD` that exists (not 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

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

/**
 * Kazakhstan's time zone: one, UTC+5, since 2024-03-01; Astana was UTC+6 before (since 2005,
 * without summer time). Computed as that fixed rule rather than through Intl: it is what the
 * time-zone data Node ships says (dates.test.ts checks it against `KAZAKHSTAN_TIME_ZONE`), does
 * not depend on the data being newer than the change, and is cheap enough to run per record.
 */
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';
const UNIFIED_TIME_ZONE = Date.parse('2024-03-01T00:00:00+06:00');
const offsetMs = (ms: number): number => (ms < UNIFIED_TIME_ZONE ? 6 : 5) * 3_600_000;

/** The calendar date in Astana at the instant `ms` (ms since the epoch), whatever the process's time zone. */
export const kazakhstanDate = (ms: number): string => new Date(ms + offsetMs(ms)).toISOString().slice(0, 10);

/** (Today itself, which configuration may pin, is runtime/today.ts.) */

/** Legal age of majority in Kazakhstan. */
export const MAJORITY_AGE = 18;
