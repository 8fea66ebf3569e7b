/**
 * The formats of the vehicle and driving-licence registries, with validators: registration
 * plates, VINs (ISO 3779 with the check digit), licence numbers and categories.
 */
import { isRegionCode } from '../kit/formats.js';
import type { DrivingLicenceCategory } from './__generated__/resolvers.js';

/** Licence categories in the official order (as printed on the licence). */
export const LICENCE_CATEGORIES = [
  'A1',
  'A',
  'B1',
  'B',
  'BE',
  'C1',
  'C',
  'C1E',
  'CE',
  'D1',
  'D',
  'D1E',
  'DE',
  'Tm',
  'Tb',
] as const satisfies readonly DrivingLicenceCategory[];

/** The youngest age at which a licence of each category is issued. */
export const CATEGORY_MIN_AGE: Readonly<Record<DrivingLicenceCategory, number>> = {
  A1: 16,
  B1: 16,
  A: 18,
  B: 18,
  BE: 18,
  C1: 18,
  C: 18,
  C1E: 18,
  CE: 18,
  D1: 21,
  D: 21,
  D1E: 21,
  DE: 21,
  Tm: 21,
  Tb: 21,
};

export const isLicenceCategory = (value: unknown): value is DrivingLicenceCategory => (LICENCE_CATEGORIES as readonly unknown[]).includes(value);

/** Sorts categories into the official order. */
export const inOfficialOrder = (categories: readonly DrivingLicenceCategory[]): DrivingLicenceCategory[] =>
  [...categories].sort((a, b) => LICENCE_CATEGORIES.indexOf(a) - LICENCE_CATEGORIES.indexOf(b));

/** Vehicle registration region codes: the country's region codes (subgraphs/kit/formats.ts). */
export { REGION_CODES as PLATE_REGION_CODES } from '../kit/formats.js';

const PLATE = /^(\d{3}) ([A-Z]{3}) (\d{2})$/;

/** A plate of the current format, `123 ABC 02`: the number is never 000 and the region code exists. */
export function isPlate(value: string): boolean {
  const match = PLATE.exec(value);
  return !!match && match[1] !== '000' && isRegionCode(match[3]!);
}

/** The region code of a plate (its last two digits), or null when it is not a plate. */
export const plateRegionCode = (plate: string): string | null => (isPlate(plate) ? plate.slice(-2) : null);

// ISO 3779 check digit (the North American scheme, position 9).
const VIN_CHARS = /^[A-HJ-NPR-Z0-9]{17}$/;
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** The check digit (`0`-`9` or `X`) of a 17-character VIN; its own 9th character is ignored. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i]!;
    const value = /\d/.test(ch) ? Number(ch) : TRANSLITERATION[ch];
    if (value === undefined) throw new RangeError('a VIN has only digits and the letters other than I, O and Q');
    sum += value * VIN_WEIGHTS[i]!;
  }
  const rest = sum % 11;
  return rest === 10 ? 'X' : String(rest);
}

/** A VIN: 17 characters without I, O and Q, with a valid check digit in position 9. */
export const isVin = (value: string): boolean => VIN_CHARS.test(value) && value[8] === vinCheckDigit(value);

/** The VIN's model-year code (position 10): a 30-year cycle of letters and digits from 1980. */
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
export const vinYearCode = (year: number): string => YEAR_CODES[(((year - 1980) % 30) + 30) % 30]!;

/** A driving-licence number: two Latin letters and six digits (`AA123456`). */
export const isLicenceNumber = (value: string): boolean => /^[A-Z]{2}\d{6}$/.test(value);

/** A vehicle registration certificate number: two Latin letters and eight digits (`AM00215874`). */
export const isRegistrationCertificate = (value: string): boolean => /^[A-Z]{2}\d{8}$/.test(value);
