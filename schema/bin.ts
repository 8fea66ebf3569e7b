/**
 * The BIN (business identification number) of a legal entity: 12 digits.
 *   YYMM  year and month of registration
 *   T     type: 4 resident legal entity, 5 non-resident legal entity, 6 branch or representative office
 *   A     attribute 0-3: 0 head office, 1 branch, 2 representative office, 3 peasant farm in joint enterprise
 *   SSSSS serial
 *   K     control digit, computed as the IIN's over the first eleven digits
 * Contract: the property and licences sections both carry BINs, and the mock business register makes them.
 */
import { iinControlDigit } from './iin.js';

export type BinRule = 'FORMAT' | 'MONTH' | 'TYPE' | 'ATTRIBUTE' | 'CONTROL_DIGIT';

export type BinCheck = { ok: true; registeredIn: string } | { ok: false; rule: BinRule };

export function checkBin(value: unknown): BinCheck {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return { ok: false, rule: 'FORMAT' };
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return { ok: false, rule: 'MONTH' };
  if (!'456'.includes(value[4]!)) return { ok: false, rule: 'TYPE' };
  if (!'0123'.includes(value[5]!)) return { ok: false, rule: 'ATTRIBUTE' };
  if (iinControlDigit(value.slice(0, 11)) !== Number(value[11])) return { ok: false, rule: 'CONTROL_DIGIT' };
  return { ok: true, registeredIn: binRegistrationMonth(value) };
}

export const isValidBin = (value: unknown): value is string => checkBin(value).ok;

/**
 * The registration month (`YYYY-MM`) a BIN encodes. Two-digit years: 90-99 are the 1990s (the
 * BIN dates from 2000s re-registration, but older entities kept their year), the rest 2000s.
 */
export function binRegistrationMonth(bin: string): string {
  const yy = Number(bin.slice(0, 2));
  return `${yy >= 90 ? 1900 + yy : 2000 + yy}-${bin.slice(2, 4)}`;
}

/**
 * Builds a BIN for a registration month, type, attribute and serial; null when those first eleven
 * digits give no control digit (the caller tries the next serial).
 */
export function makeBin(registeredOn: string, type: 4 | 5 | 6, attribute: 0 | 1 | 2 | 3, serial: number): string | null {
  const first11 = `${registeredOn.slice(2, 4)}${registeredOn.slice(5, 7)}${type}${attribute}${String(serial % 100_000).padStart(5, '0')}`;
  const control = iinControlDigit(first11);
  return control === null ? null : `${first11}${control}`;
}
