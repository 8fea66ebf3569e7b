import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../schema/dates.js';
import { isDateTime, isDocumentUrl, isKazakhText, isRequestNumber, isRussianText, isServiceCode } from './formats.js';

describe('E-Kyzmet formats', () => {
  it('request numbers: KZ-<year>-<9 digits>', () => {
    expect(['KZ-2026-000123456', 'KZ-2021-000513784', 'KZ-2020-999999999'].every(isRequestNumber)).toBe(true);
    expect(
      [
        'KZ-2026-00012345',
        'KZ-2026-0001234567',
        'kz-2026-000123456',
        'KZ2026000123456',
        'RU-2026-000123456',
        'KZ-1999-000123456',
        'KZ-26-000123456',
        ' KZ-2026-000123456',
        'KZ-2026-00012345a',
        42,
        null,
      ].some(isRequestNumber),
    ).toBe(false);
  });

  it('service codes: an area and three digits', () => {
    expect(['SOC-001', 'EMP-001', 'PEN-001'].every(isServiceCode)).toBe(true);
    expect(['SOC001', 'soc-001', 'SOC-01', 'SOCI-001', ''].some(isServiceCode)).toBe(false);
  });

  it('dates and instants', () => {
    expect(['2024-02-29', '2026-11-22'].every(isCalendarDate)).toBe(true);
    expect(['2023-02-29', '2026-13-01', '2026-11-31', '2026-1-1', '20261122'].some(isCalendarDate)).toBe(false);
    expect(['2025-09-03T09:15:00+05:00', '2026-11-22T10:15:00.000Z', '2023-10-05T14:20:00+06:00'].every(isDateTime)).toBe(true);
    expect(
      [
        '2025-09-03T09:15:00',
        '2025-09-03 09:15:00+05:00',
        '2025-09-03T24:00:00Z',
        '2025-09-31T09:15:00Z',
        '2025-09-03T09:60:00Z',
        '2025-09-03T09:15+05:00',
        '2025-09-03',
      ].some(isDateTime),
    ).toBe(false);
  });

  it('document links', () => {
    expect(isDocumentUrl('https://egov.kz/documents/5d0c8e2a91f64b7e8a3c1f0e9b7d2a46.pdf')).toBe(true);
    expect(
      [
        'http://egov.kz/documents/5d0c8e2a91f64b7e8a3c1f0e9b7d2a46.pdf',
        'https://egov.kz/documents/5d0c8e2a.pdf',
        'https://evil.kz/documents/5d0c8e2a91f64b7e8a3c1f0e9b7d2a46.pdf',
        'https://egov.kz/documents/5D0C8E2A91F64B7E8A3C1F0E9B7D2A46.pdf',
        'https://egov.kz/documents/5d0c8e2a91f64b7e8a3c1f0e9b7d2a46.doc',
      ].some(isDocumentUrl),
    ).toBe(false);
  });

  it('Kazakh and Russian texts', () => {
    expect(isKazakhText('Жұмыс іздеп жүрген адамдарды тіркеу')).toBe(true);
    expect(isKazakhText('Регистрация лиц, ищущих работу')).toBe(false);
    expect(isRussianText('Регистрация лиц, ищущих работу')).toBe(true);
    expect(isRussianText('Жұмыс іздеп жүрген адамдарды тіркеу')).toBe(false);
    expect(isRussianText('Job seeker registration')).toBe(false);
  });
});
