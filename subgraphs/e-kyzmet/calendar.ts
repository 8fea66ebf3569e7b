/**
 * Kazakhstan's working-day calendar, for the terms of public services (counted in working days).
 *
 * The rule implemented:
 * - Saturdays and Sundays are days off.
 * - National and state holidays are days off: 1-2 January (New Year), 8 March (Women's day),
 *   21-23 March (Nauryz), 1 May (Unity day), 7 May (Defender of the Fatherland day), 9 May
 *   (Victory day), 6 July (Capital day), 30 August (Constitution day), 25 October (Republic day),
 *   16-17 December (Independence day).
 * - When one of those falls on a Saturday or Sunday, the day off moves to the next working day
 *   (Labour Code art. 85). Holidays are moved in calendar order, so 21-23 March on Sat-Sun-Mon
 *   give days off Sat to Wed.
 * - Religious holidays are days off too, but are never moved (the same article): 7 January
 *   (Orthodox Christmas) and the first day of Kurban ait (`kurban-ait.ts`: announced each year,
 *   derived from the Umm al-Qura calendar until then; a year it cannot cover throws).
 * - Working days the government moves by decree (bridge days) are not modelled.
 *
 * All dates are `YYYY-MM-DD` days of Astana time; `kazakhstanDate` turns an instant into one.
 */
import { kazakhstanDate as dateAt } from '../../schema/dates.js';
import { kurbanAit } from './kurban-ait.js';

/** National and state holidays (month-day): moved to the next working day when on a weekend. */
const NATIONAL_HOLIDAYS = ['01-01', '01-02', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '08-30', '10-25', '12-16', '12-17'];
/** Religious holidays with a fixed date (month-day): never moved. */
const RELIGIOUS_HOLIDAYS = ['01-07'];

const DAY_MS = 86_400_000;

const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `days` calendar days after `date` (before, when negative). */
export const addDays = (date: string, days: number): string => fromMs(toMs(date) + days * DAY_MS);

export const isWeekend = (date: string): boolean => {
  const weekday = new Date(toMs(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export interface DayOff {
  date: string;
  /** Why: `HOLIDAY` (the holiday itself) or `TRANSFER` (a weekday off for a holiday on a weekend). */
  reason: 'HOLIDAY' | 'TRANSFER';
  /** The holiday's own date (for a transfer, the weekend day it replaces). */
  holiday: string;
}

/** The days off other than weekends in one year, in calendar order. */
export function daysOffIn(year: number): DayOff[] {
  const y = String(year).padStart(4, '0');
  const national = NATIONAL_HOLIDAYS.map((md) => `${y}-${md}`);
  const religious = [...RELIGIOUS_HOLIDAYS.map((md) => `${y}-${md}`), ...kurbanAit(year)];
  const off = new Map<string, DayOff>();
  for (const date of [...national, ...religious]) off.set(date, { date, reason: 'HOLIDAY', holiday: date });
  for (const holiday of national) {
    if (!isWeekend(holiday)) continue;
    let date = addDays(holiday, 1);
    while (isWeekend(date) || off.has(date)) date = addDays(date, 1);
    off.set(date, { date, reason: 'TRANSFER', holiday });
  }
  return [...off.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Days off by year, computed once a year (a pure function's memo: the same for everyone). */
const daysOffCache = new Map<number, ReadonlySet<string>>();

function daysOffSet(year: number): ReadonlySet<string> {
  let set = daysOffCache.get(year);
  if (!set) {
    set = new Set(daysOffIn(year).map((d) => d.date));
    daysOffCache.set(year, set);
  }
  return set;
}

/** Whether a day is a working day: not a weekend, not a holiday, not a transferred day off. */
export function isWorkingDay(date: string): boolean {
  // Transfers never leave their year: the latest, for 16-17 December, land on 18-19 December.
  return !isWeekend(date) && !daysOffSet(Number(date.slice(0, 4))).has(date);
}

/** Whether a day, as a day number (days since 1970-01-01), is a day off; memoised, as due dates are counted often. */
const offByDayNumber = new Map<number, boolean>();

function isDayOff(day: number): boolean {
  let off = offByDayNumber.get(day);
  if (off === undefined) {
    off = !isWorkingDay(fromMs(day * DAY_MS));
    offByDayNumber.set(day, off);
  }
  return off;
}

/**
 * The `n`-th working day after `date` (`date` itself is not counted, whatever day it is).
 * With n = 0, `date` itself.
 */
export function addWorkingDays(date: string, n: number): string {
  let day = toMs(date) / DAY_MS;
  for (let left = n; left > 0; ) {
    day += 1;
    if (!isDayOff(day)) left -= 1;
  }
  return fromMs(day * DAY_MS);
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(date: string): string {
  let day = toMs(date) / DAY_MS;
  while (isDayOff(day)) day += 1;
  return fromMs(day * DAY_MS);
}

/** The day (Astana time: UTC+6 until 1 March 2024, UTC+5 since) of an ISO 8601 date-time with any offset. */
export const kazakhstanDate = (at: string): string => dateAt(Date.parse(at));

/** An instant as Astana local time with its offset: `2025-09-03T09:15:00+05:00`. */
export function kazakhstanDateTime(date: string, minuteOfDay: number): string {
  const offset = date < '2024-03-01' ? 6 : 5;
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00+0${offset}:00`;
}
