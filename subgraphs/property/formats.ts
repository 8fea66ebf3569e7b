/**
 * Formats of the property section: cadastral numbers, BINs and ownership shares.
 */

/**
 * A cadastral number: four groups of digits separated by colons, `RR:DDD:QQQ:PPP` — the region's
 * cadastre code, the district, the quarter and the parcel (`20:316:024:021`).
 */
const CADASTRAL = /^(\d{2}):(\d{3}):(\d{3}):(\d{3})$/;

export const isCadastralNumber = (value: unknown): value is string => typeof value === 'string' && CADASTRAL.test(value);

/** The region's cadastre code: the first group of a cadastral number. */
export const cadastreRegionOf = (cadastralNumber: string): string => cadastralNumber.split(':')[0]!;

/** BINs: the rules are the contract's (schema/bin.ts), shared with the licences section. */
export { binRegistrationMonth, checkBin, isValidBin, makeBin, type BinCheck, type BinRule } from '../../schema/bin.js';

export interface Fraction {
  numerator: number;
  denominator: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** A fraction in lowest terms. */
export function reduce(f: Fraction): Fraction {
  const d = gcd(f.numerator, f.denominator) || 1;
  return { numerator: f.numerator / d, denominator: f.denominator / d };
}

/** The exact sum of fractions, in lowest terms. */
export const sumFractions = (fractions: readonly Fraction[]): Fraction =>
  fractions.reduce<Fraction>(
    (sum, f) => reduce({ numerator: sum.numerator * f.denominator + f.numerator * sum.denominator, denominator: sum.denominator * f.denominator }),
    { numerator: 0, denominator: 1 },
  );

/** A share as text: `1/2`, `1/1`. */
export const shareText = (f: Fraction): string => `${f.numerator}/${f.denominator}`;
