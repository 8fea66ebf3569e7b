/**
 * The IIN (individual identification number) of Kazakhstan: 12 digits.
 *   YYMMDD  birth date
 *   C       century and sex: 1/2 = 1800s male/female, 3/4 = 1900s, 5/6 = 2000s
 *   SSSS    serial
 *   K       control digit: sum of the first eleven digits weighted 1..11, mod 11; when that is
 *           10, weights 3,4,5,6,7,8,9,10,11,1,2 instead; when it is 10 again the number is never issued.
 */

export type Sex = 'MALE' | 'FEMALE';

export type IinRule = 'FORMAT' | 'CENTURY' | 'BIRTH_DATE' | 'CONTROL_DIGIT' | 'NEVER_ISSUED';

export type IinCheck = { ok: true; iin: string; birthDate: string; sex: Sex } | { ok: false; rule: IinRule; message: string };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

const weighted = (digits: string, weights: number[]): number => weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11;

/** The control digit for the first eleven digits, or null when no number with them is ever issued. */
export function iinControlDigit(first11: string): number | null {
  const first = weighted(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

const CENTURY: Record<string, { base: number; sex: Sex }> = {
  '1': { base: 1800, sex: 'MALE' },
  '2': { base: 1800, sex: 'FEMALE' },
  '3': { base: 1900, sex: 'MALE' },
  '4': { base: 1900, sex: 'FEMALE' },
  '5': { base: 2000, sex: 'MALE' },
  '6': { base: 2000, sex: 'FEMALE' },
};

/** Checks an IIN against every rule and says which one failed. */
export function checkIin(value: unknown): IinCheck {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) {
    return { ok: false, rule: 'FORMAT', message: 'An IIN is exactly 12 digits.' };
  }
  const century = CENTURY[value[6]!];
  if (!century) {
    return {
      ok: false,
      rule: 'CENTURY',
      message: `The 7th digit of an IIN gives century and sex and must be 1-6, not ${value[6]}.`,
    };
  }
  const year = century.base + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return {
      ok: false,
      rule: 'BIRTH_DATE',
      message: `The first six digits of an IIN are the birth date YYMMDD; ${value.slice(0, 6)} is not a date.`,
    };
  }
  const control = iinControlDigit(value.slice(0, 11));
  if (control === null) {
    return { ok: false, rule: 'NEVER_ISSUED', message: 'No IIN is ever issued with these first eleven digits.' };
  }
  if (control !== Number(value[11])) {
    return { ok: false, rule: 'CONTROL_DIGIT', message: 'The control digit (12th) of the IIN does not match the first eleven.' };
  }
  const birthDate = date.toISOString().slice(0, 10);
  return { ok: true, iin: value, birthDate, sex: century.sex };
}

export const isValidIin = (value: unknown): value is string => checkIin(value).ok;

/**
 * Builds an IIN for a birth date, sex and serial; returns null when that serial gives a
 * number that is never issued (the caller tries the next serial).
 */
export function makeIin(birthDate: string, sex: Sex, serial: number): string | null {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const base = year >= 2000 ? 5 : year >= 1900 ? 3 : 1;
  const c = base + (sex === 'FEMALE' ? 1 : 0);
  const first11 = `${y!.slice(2)}${m}${d}${c}${String(serial % 10000).padStart(4, '0')}`;
  const control = iinControlDigit(first11);
  return control === null ? null : `${first11}${control}`;
}
