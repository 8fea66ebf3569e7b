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

/** Kazakhstan's one time zone since 2024-03-01 (before, Almaty was UTC+6). */
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';
const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;

const kazakhstanDay = new Intl.DateTimeFormat('en-CA', { timeZone: KAZAKHSTAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
/**
 * Whether the time-zone data Node ships knows the 2024 change (+05): older data still says +06,
 * and then the fixed offset is right and the named zone is not.
 */
const zoneDataCurrent = kazakhstanDay.format(Date.UTC(2024, 2, 1, 18, 30)) === '2024-03-01';

/** The calendar date in Kazakhstan at the instant `ms` (UTC+5, whatever the process's time zone). */
export const kazakhstanDate = (ms: number): string =>
  zoneDataCurrent ? kazakhstanDay.format(ms) : new Date(ms + KAZAKHSTAN_OFFSET_MS).toISOString().slice(0, 10);

/**
 * The pin TODAY is for tests and demos: refused in production, where a pinned date would make
 * every age, validity and deadline wrong. Call at start-up to fail there, not on the first read.
 */
export function assertNoPinnedToday(env: NodeJS.ProcessEnv = process.env): void {
  if (env.TODAY !== undefined && env.NODE_ENV === 'production') {
    throw new Error(`TODAY=${env.TODAY} pins the date for tests and demos; unset it in production (NODE_ENV=production).`);
  }
}

/** Today in Kazakhstan, or TODAY when set (tests and demos pin the date; never in production). */
export function today(): string {
  if (process.env.TODAY === undefined) return kazakhstanDate(Date.now());
  assertNoPinnedToday();
  return process.env.TODAY;
}

/** Legal age of majority in Kazakhstan. */
export const MAJORITY_AGE = 18;
