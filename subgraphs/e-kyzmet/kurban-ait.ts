/**
 * The first day of Kurban ait (Eid al-Adha), a day off in Kazakhstan (Labour Code art. 84), for
 * any year the rules cover.
 *
 * It is the 10th of Dhu al-Hijjah. The Spiritual Administration of Muslims of Kazakhstan fixes
 * the day by the sighting of the new moon and the Ministry of Labour announces it, so the day
 * actually off can differ by one from any calculation (2024: announced as 17 June, then moved to
 * 16 June when Dhu al-Hijjah began). Hence:
 * - a year with an announced date takes it (`ANNOUNCED`; add each year's as it is announced);
 * - any other year takes the 10th of Dhu al-Hijjah of the Umm al-Qura calendar, through
 *   `Intl.DateTimeFormat` (ICU's `islamic-umalqura`): it agreed with every announcement from
 *   2017 to 2026 (calendar.test.ts), and is a forecast until the year's announcement;
 * - a year before the first announcement known here, or past the published Umm al-Qura tables
 *   (1500 AH), or on a Node without that calendar, throws: better no due date than a wrong one.
 * A Gregorian year can hold two (2006, 2039): both are days off.
 */

/** Announced first days of Kurban ait (each year's announcement, as reported by the press). */
export const ANNOUNCED: Readonly<Record<number, string>> = {
  2012: '2012-10-26',
  2013: '2013-10-15',
  2014: '2014-10-04',
  2015: '2015-09-24', // Umm al-Qura: 23 September
  2016: '2016-09-12', // Umm al-Qura: 11 September
  2017: '2017-09-01',
  2018: '2018-08-21',
  2019: '2019-08-11',
  2020: '2020-07-31',
  2021: '2021-07-20',
  2022: '2022-07-09',
  2023: '2023-06-28',
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
};

export const FIRST_YEAR = Math.min(...Object.keys(ANNOUNCED).map(Number));
/** The last Hijri year of the published Umm al-Qura tables. */
const LAST_TABLE_HIJRI_YEAR = 1500;

const DAY_MS = 86_400_000;

const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

/** The first day(s) of Kurban ait in `year` by the Umm al-Qura calendar. */
export function umAlQuraKurbanAit(year: number): string[] {
  if (hijri.resolvedOptions().calendar !== 'islamic-umalqura') {
    throw new Error('This Node has no islamic-umalqura calendar (ICU): Kurban ait cannot be derived');
  }
  const days: string[] = [];
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += DAY_MS) {
    const parts = Object.fromEntries(hijri.formatToParts(ms).map((p) => [p.type, p.value]));
    if (Number(parts.year) > LAST_TABLE_HIJRI_YEAR) {
      throw new Error(`Kurban ait of ${year} is past the published Umm al-Qura tables (${LAST_TABLE_HIJRI_YEAR} AH): no rule covers it`);
    }
    if (parts.month === '12' && parts.day === '10') days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

/** The first day(s) of Kurban ait in `year`, days off; throws for a year the rules do not cover. */
export function kurbanAit(year: number): string[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR) {
    throw new Error(`Kurban ait of ${year} is unknown: the calendar covers ${FIRST_YEAR} onwards`);
  }
  const announced = ANNOUNCED[year];
  return announced ? [announced] : umAlQuraKurbanAit(year);
}
