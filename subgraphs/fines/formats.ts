/**
 * The formats of the fines and debtors registers' numbers, and the amount rule, as checks.
 *
 * Protocol number: 13 digits, `RR YYMMDD SSSSS` — the region code (01-20, as on vehicle plates),
 * the offence date, and a serial.
 * Enforcement proceeding number: `RR-YYYY-NNNNNN` — the region code, the year opened, a serial.
 */
import { isCalendarDate } from '../../schema/dates.js';
import { isRegionCode } from '../kit/formats.js';
import { mrpOn } from './rules.js';

/** A protocol number; with `offenceDate`, its date part must also be that date. */
export function isProtocolNumber(value: string, offenceDate?: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{5})$/.exec(value);
  if (!m) return false;
  const [, region, yy, mm, dd] = m as unknown as [string, string, string, string, string, string];
  const date = `20${yy}-${mm}-${dd}`;
  if (!isRegionCode(region) || !isCalendarDate(date)) return false;
  return offenceDate === undefined || offenceDate === date;
}

/** An enforcement proceeding number; with `openedOn`, its year must be the year opened. */
export function isProceedingNumber(value: string, openedOn?: string): boolean {
  const m = /^(\d{2})-(\d{4})-(\d{6})$/.exec(value);
  if (!m) return false;
  const [, region, year] = m as unknown as [string, string, string, string];
  if (!isRegionCode(region) || Number(year) < 2000) return false;
  return openedOn === undefined || openedOn.slice(0, 4) === year;
}

/** Whether a fine is a whole, positive number of МРП of the year of the offence. */
export function isWholeMrpMultiple(amount: number, offenceDate: string): boolean {
  const mrp = mrpOn(offenceDate);
  return mrp !== undefined && Number.isSafeInteger(amount) && amount > 0 && amount % mrp === 0;
}
