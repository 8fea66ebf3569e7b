/** The page's pure helpers: where an error belongs, what a card shows, and Kazakhstan's ways of writing dates and money. */
import { describe, expect, it } from 'vitest';
import { formatAgo, formatDate, formatDateTime, formatMoney, LABELS } from './i18n';
import { placeOf, problemOf } from './sections';

const error = (path: Array<string | number>, code: string) => ({ message: 'x', path, extensions: { code } });

describe('errors, card by card', () => {
  it('places an error by its path: the caller’s or a child’s card, and the section of its field', () => {
    expect(placeOf(error(['me', 'vehicles'], 'EDS_REQUIRED'))).toEqual({ child: null, section: 'VEHICLES', field: 'vehicles' });
    expect(placeOf(error(['me', 'children', 2, 'polyclinicAttachment'], 'STATE_SYSTEM_TIMEOUT'))).toEqual({
      child: 2,
      section: 'HEALTH',
      field: 'polyclinicAttachment',
    });
    expect(placeOf(error(['me', 'serviceRequests', 'edges', 0, 'node'], 'X'))).toMatchObject({ section: 'SERVICE_REQUESTS' });
    expect(placeOf(error(['refreshDossier', 'person', 'finesFreshness'], 'X'))).toMatchObject({ child: null, section: 'FINES' });
    expect(placeOf(error(['me', 'children'], 'EDS_REQUIRED'))).toEqual({ child: null, section: null, field: 'children' });
    expect(placeOf(error(['refreshDossier'], 'RATE_LIMITED'))).toBeNull();
  });

  it('says what a card shows: sign in with EDS (all or part of it), its state system down, or no access', () => {
    const civil = [error(['me', 'documents'], 'EDS_REQUIRED'), error(['me', 'address'], 'EDS_REQUIRED')];
    expect(problemOf(civil, 'CIVIL_REGISTRY')).toEqual({ kind: 'eds', partial: true });
    const vehicles = ['vehicles', 'drivingLicence', 'vehiclesFreshness'].map((f) => error(['me', f], 'EDS_REQUIRED'));
    expect(problemOf(vehicles, 'VEHICLES')).toEqual({ kind: 'eds', partial: false });
    expect(problemOf([error(['me', 'fines'], 'STATE_SYSTEM_UNAVAILABLE'), error(['me', 'debts'], 'EDS_REQUIRED')], 'FINES')).toEqual({
      kind: 'down',
      code: 'STATE_SYSTEM_UNAVAILABLE',
    });
    expect(problemOf([error(['me', 'children', 0, 'vehicles'], 'FORBIDDEN')], 'VEHICLES')).toEqual({ kind: 'forbidden' });
    expect(problemOf([error(['me', 'licences'], 'INTERNAL_SERVER_ERROR')], 'LICENCES')).toEqual({ kind: 'failed', code: 'INTERNAL_SERVER_ERROR' });
    expect(problemOf([], 'LICENCES')).toBeNull();
  });
});

describe('as written in Kazakhstan', () => {
  it('dates as dd.mm.yyyy, moments in Kazakhstan’s time (UTC+5)', () => {
    expect(formatDate('1985-03-14')).toBe('14.03.1985');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('2026-11-21T20:30:00Z')).toBe('22.11.2026, 01:30');
  });

  it('money in tenge, grouped by spaces', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) expect(formatMoney(43250, lang).replace(/[\u00a0\u202f]/g, ' ')).toBe('43 250 ₸');
  });

  it('“updated 12 minutes ago” in each language', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    const twelve = '2026-11-22T09:48:00Z';
    expect(LABELS.en.updated(formatAgo(twelve, now, 'en'))).toBe('updated 12 minutes ago');
    expect(LABELS.ru.updated(formatAgo(twelve, now, 'ru'))).toBe('обновлено 12 минут назад');
    expect(LABELS.kk.updated(formatAgo(twelve, now, 'kk'))).toMatch(/^жаңартылды 12 минут/);
  });
});
