/** The formats of E-Kyzmet's values, checked by the tests over the whole synthetic population. */
import { isCalendarDate } from '../../schema/dates.js';

/** A request number: `KZ-<year of submission>-<9 digits>`, e.g. `KZ-2026-000123456`. */
export const REQUEST_NUMBER = /^KZ-(\d{4})-(\d{9})$/;

export const isRequestNumber = (value: unknown): value is string => {
  const m = typeof value === 'string' ? REQUEST_NUMBER.exec(value) : null;
  return !!m && Number(m[1]) >= 2000 && Number(m[1]) < 2100;
};

/** A service code of the catalogue: an area and a number, `SOC-001`. */
export const isServiceCode = (value: unknown): value is string => typeof value === 'string' && /^[A-Z]{3}-\d{3}$/.test(value);

/** An ISO 8601 instant with seconds and an explicit time zone (`Z` or `±hh:mm`), of a real date and time. */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m || !isCalendarDate(m[1])) return false;
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hh > 23 || mm > 59 || ss > 59) return false;
  if (m[6] !== 'Z' && (Number(m[7]) > 14 || Number(m[8]) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** A result document's download link: `https://egov.kz/documents/<32 hex digits>.pdf`. */
export const isDocumentUrl = (value: unknown): value is string => typeof value === 'string' && /^https:\/\/egov\.kz\/documents\/[0-9a-f]{32}\.pdf$/.test(value);

/** Text in Kazakh: non-empty, and written with at least one letter of the Kazakh alphabet's own (ә ғ қ ң ө ұ ү һ і). */
export const isKazakhText = (value: unknown): value is string => typeof value === 'string' && /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(value);

/** Text in Russian: non-empty Cyrillic, without the letters only Kazakh uses. */
export const isRussianText = (value: unknown): value is string => typeof value === 'string' && /[а-яё]/i.test(value) && !/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(value);
