/**
 * The formats of the queues' identifiers and names, as the state system issues them. The tests
 * check every generated value against these.
 */

import { isRegionCode } from '../kit/formats.js';

export interface ApplicationNumber {
  regionCode: string;
  year: number;
  serial: string;
}

/** Splits a kindergarten-queue application number `RR-YYYY-NNNNNNN` (region code, year, serial); null when malformed. */
export function parseApplicationNumber(value: string): ApplicationNumber | null {
  const m = /^(\d{2})-(\d{4})-(\d{7})$/.exec(value);
  if (!m || !isRegionCode(m[1]!) || /^0+$/.test(m[3]!)) return null;
  const year = Number(m[2]);
  if (year < 2000 || year > 2099) return null;
  return { regionCode: m[1]!, year, serial: m[3]! };
}

export const isApplicationNumber = (value: string): boolean => parseApplicationNumber(value) !== null;

const NUMBERED_KINDERGARTEN = /^ГККП «(Ясли-сад|Детский сад) №[1-9]\d{0,2}»$/;
const NAMED_KINDERGARTEN = /^ТОО «Детский сад «[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(-[а-яёәғқңөұүһі]+)?( [А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)?»»$/;

/** A pre-school organisation's name: «ГККП «Ясли-сад №127»», «ГККП «Детский сад №45»» or «ТОО «Детский сад «Балапан»»». */
export const isKindergartenName = (value: string): boolean => NUMBERED_KINDERGARTEN.test(value) || NAMED_KINDERGARTEN.test(value);

/** The akimat of a city: «Акимат города Алматы». */
export const isAkimatName = (value: string): boolean => /^Акимат города [А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?$/.test(value);
