import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetConfig } from '../runtime/config.js';
import { today } from '../runtime/today.js';
import { ageOn, KAZAKHSTAN_TIME_ZONE, kazakhstanDate } from './dates.js';

/** Runs with the clock at `iso` (UTC) and TODAY unset (the suite pins it), restoring both after. */
function atInstant(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  vi.stubEnv('TODAY', undefined);
  resetConfig();
}

describe('today() in Kazakhstan time', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    resetConfig();
  });

  it("agrees with Node's time-zone data for Asia/Almaty: +05 since 2024-03-01, +06 before", () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: KAZAKHSTAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
    const offset = (iso: string) =>
      new Intl.DateTimeFormat('en', { timeZone: KAZAKHSTAN_TIME_ZONE, timeZoneName: 'longOffset' })
        .formatToParts(new Date(iso))
        .find((p) => p.type === 'timeZoneName')!.value;
    expect(offset('2024-02-28T12:00:00Z')).toBe('GMT+06:00');
    expect(offset('2024-03-01T12:00:00Z')).toBe('GMT+05:00');
    expect(offset('2028-02-01T19:30:00Z')).toBe('GMT+05:00');
    // Every half hour of the days around the change, and hourly samples from 2005 to 2030.
    const instants = [] as number[];
    for (let ms = Date.parse('2024-02-27T00:00:00Z'); ms < Date.parse('2024-03-03T00:00:00Z'); ms += 1_800_000) instants.push(ms);
    for (let ms = Date.parse('2005-01-01T00:30:00Z'); ms < Date.parse('2030-01-01T00:00:00Z'); ms += 7 * 86_400_000 + 3_600_000) instants.push(ms);
    for (const ms of instants) expect(kazakhstanDate(ms), new Date(ms).toISOString()).toBe(zone.format(ms));
  });

  it('turns the day at 19:00 UTC, not at midnight UTC', () => {
    expect(kazakhstanDate(Date.parse('2028-02-01T18:59:59Z'))).toBe('2028-02-01');
    expect(kazakhstanDate(Date.parse('2028-02-01T19:00:00Z'))).toBe('2028-02-02');
  });

  it.each([
    ['2028-02-01T18:30:00Z', '2028-02-01'],
    ['2028-02-01T19:30:00Z', '2028-02-02'],
    ['2028-02-01T20:30:00Z', '2028-02-02'],
    ['2026-12-31T20:30:00Z', '2027-01-01'],
  ])('at %s it is %s in Astana', (instant, date) => {
    atInstant(instant);
    expect(today()).toBe(date);
  });

  it('a birthday counts from midnight in Astana: the elder son (born 2010-02-02) is 18 at 19:30 UTC the day before', () => {
    atInstant('2028-02-01T18:30:00Z');
    expect(ageOn('2010-02-02', today())).toBe(17);
    atInstant('2028-02-01T19:30:00Z');
    expect(ageOn('2010-02-02', today())).toBe(18);
  });
});

describe('the TODAY pin', () => {
  beforeEach(() => {
    vi.stubEnv('TODAY', '2026-11-22');
    resetConfig();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    resetConfig();
  });

  it('pins the date outside production', () => {
    expect(today()).toBe('2026-11-22');
  });

  it('is refused in production on use (and at start-up: runtime/config.test.ts)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    resetConfig();
    expect(() => today()).toThrow(/TODAY=2026-11-22 .*unset it in production/);
  });
});
