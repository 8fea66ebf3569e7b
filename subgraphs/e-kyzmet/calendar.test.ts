import { describe, expect, it } from 'vitest';
import { addWorkingDays, daysOffIn, isWorkingDay, kazakhstanDate, kazakhstanDateTime, workingDayOnOrAfter } from './calendar.js';
import { ANNOUNCED, kurbanAit, umAlQuraKurbanAit } from './kurban-ait.js';

describe('working-day calendar', () => {
  it('lists 2026 days off: holidays, weekday transfers of holidays on weekends, Jan 7 and Kurban ait', () => {
    expect(daysOffIn(2026).map((d) => (d.reason === 'TRANSFER' ? `${d.date} for ${d.holiday}` : d.date))).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-08',
      '2026-03-09 for 2026-03-08',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24 for 2026-03-21',
      '2026-03-25 for 2026-03-22',
      '2026-05-01',
      '2026-05-07',
      '2026-05-09',
      '2026-05-11 for 2026-05-09',
      '2026-05-27',
      '2026-07-06',
      '2026-08-30',
      '2026-08-31 for 2026-08-30',
      '2026-10-25',
      '2026-10-26 for 2026-10-25',
      '2026-12-16',
      '2026-12-17',
    ]);
  });

  it('counts a due date across a weekend and a public holiday (Independence day)', () => {
    // Fri 12 Dec 2025: Mon 15 is the 1st working day; Tue 16 and Wed 17 are holidays; Thu 18, Fri 19.
    expect(addWorkingDays('2025-12-12', 3)).toBe('2025-12-19');
    // 8 working days from Wed 10 Dec 2025 (the special state allowance's term).
    expect(addWorkingDays('2025-12-10', 8)).toBe('2025-12-24');
  });

  it('counts across Nauryz on a weekend: 21-23 March 2026 (Sat-Mon) give days off until Wednesday', () => {
    expect(addWorkingDays('2026-03-20', 1)).toBe('2026-03-26');
    expect(['2026-03-23', '2026-03-24', '2026-03-25'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay('2026-03-26')).toBe(true);
  });

  it('moves a holiday on a weekend to the next working day', () => {
    // 16-17 December 2023 were Saturday and Sunday: Monday 18 and Tuesday 19 were days off.
    expect(isWorkingDay('2023-12-18')).toBe(false);
    expect(isWorkingDay('2023-12-19')).toBe(false);
    expect(addWorkingDays('2023-12-15', 1)).toBe('2023-12-20');
    // 8 March 2026 is a Sunday: Monday 9 is off.
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-10');
    // Republic day, Sunday 25 October 2026: Monday 26 is off.
    expect(addWorkingDays('2026-10-23', 1)).toBe('2026-10-27');
  });

  it('keeps religious holidays where they fall: Kurban ait and 7 January are never moved', () => {
    expect(isWorkingDay('2026-05-27')).toBe(false);
    expect(addWorkingDays('2026-05-26', 1)).toBe('2026-05-28');
    // Kurban ait 2024 was on Sunday 16 June: Monday 17 June was a working day.
    expect(addWorkingDays('2024-06-14', 1)).toBe('2024-06-17');
    expect(addWorkingDays('2025-01-06', 1)).toBe('2025-01-08');
    expect(['2023-06-28', '2025-06-06', '2027-05-16'].every((d) => !isWorkingDay(d))).toBe(true);
  });

  it('does not count the day of submission, whatever day it is', () => {
    expect(addWorkingDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-22', 0)).toBe('2026-11-22');
    expect(workingDayOnOrAfter('2026-03-21')).toBe('2026-03-26');
    expect(workingDayOnOrAfter('2026-11-23')).toBe('2026-11-23');
  });

  it('takes the day of an instant in Astana time (UTC+6 until 1 March 2024, UTC+5 since)', () => {
    expect(kazakhstanDate('2025-09-03T18:59:00Z')).toBe('2025-09-03');
    expect(kazakhstanDate('2025-09-03T19:00:00Z')).toBe('2025-09-04');
    expect(kazakhstanDate('2023-06-30T18:00:00Z')).toBe('2023-07-01');
    expect(kazakhstanDate('2023-06-30T17:59:00Z')).toBe('2023-06-30');
    expect(kazakhstanDate('2025-09-03T09:15:00+05:00')).toBe('2025-09-03');
    expect(kazakhstanDateTime('2024-02-29', 23 * 60 + 5)).toBe('2024-02-29T23:05:00+06:00');
    expect(kazakhstanDateTime('2024-03-01', 9 * 60)).toBe('2024-03-01T09:00:00+05:00');
  });
});

describe('Kurban ait', () => {
  /**
   * The first days of Kurban ait announced in Kazakhstan, with where each was read:
   * 2012-10-26 azh.kz (24 Oct 2012, citing the Spiritual Administration); 2013-10-15 tengrinews.kz
   * (14 Oct 2013); 2014-10-04 yk-news.kz; 2015-09-24 tengrinews.kz citing egov.kz; 2016-09-12
   * kapital.kz citing egov.kz; 2017-09-01 kazpravda.kz (17 Aug 2017); 2018-08-21 mgorod.kz
   * (27 Jul 2018); 2019-08-11 enbek.gov.kz (Ministry of Labour, 8 Aug 2019); 2021-07-20 kt.kz;
   * 2024-06-16 golos-naroda.kz and tengrinews.kz (the Spiritual Administration moved it from
   * 17 June); 2025-06-06 kz.kursiv.media and mgorod.kz (the Ministry of Labour).
   */
  const SOURCED: Record<number, string> = {
    2012: '2012-10-26',
    2013: '2013-10-15',
    2014: '2014-10-04',
    2015: '2015-09-24',
    2016: '2016-09-12',
    2017: '2017-09-01',
    2018: '2018-08-21',
    2019: '2019-08-11',
    2021: '2021-07-20',
    2024: '2024-06-16',
    2025: '2025-06-06',
  };

  it('takes the announced dates, which agree with the press', () => {
    for (const [year, date] of Object.entries(SOURCED)) expect(kurbanAit(Number(year))).toEqual([date]);
  });

  it('matches the Umm al-Qura calendar for every announcement from 2017 to 2026; 2015 and 2016 came a day after it', () => {
    for (let year = 2017; year <= 2026; year++) expect(umAlQuraKurbanAit(year), String(year)).toEqual([ANNOUNCED[year]]);
    expect(umAlQuraKurbanAit(2015)).toEqual(['2015-09-23']);
    expect(umAlQuraKurbanAit(2016)).toEqual(['2016-09-11']);
  });

  it('derives the years not yet announced, two in a year when the lunar year fits twice', () => {
    expect(kurbanAit(2027)).toEqual(['2027-05-16']);
    expect(kurbanAit(2028)).toEqual(['2028-05-05']);
    expect(kurbanAit(2039)).toEqual(['2039-01-05', '2039-12-26']);
    expect(isWorkingDay('2028-05-05')).toBe(false);
    // Thu 4 May 2028; Fri 5 Kurban ait; Sun 7 Defender's day, moved to Mon 8; Tue 9 Victory day.
    expect(addWorkingDays('2028-05-04', 1)).toBe('2028-05-10');
    expect(daysOffIn(2039).filter((d) => d.date === '2039-01-05' || d.date === '2039-12-26')).toHaveLength(2);
  });

  it('fails loudly for a year no rule covers, rather than counting it as a working day', () => {
    expect(() => kurbanAit(2011)).toThrow(/covers 2012 onwards/);
    expect(() => kurbanAit(2090)).toThrow(/past the published Umm al-Qura tables/);
    expect(() => isWorkingDay('2090-06-01')).toThrow(/Umm al-Qura/);
  });
});
