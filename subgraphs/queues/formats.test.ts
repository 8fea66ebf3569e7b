import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../schema/dates.js';
import { isAkimatName, isApplicationNumber, isKindergartenName, parseApplicationNumber } from './formats.js';

describe('queues formats', () => {
  it('accepts application numbers RR-YYYY-NNNNNNN with a real region code, and nothing else', () => {
    for (const good of ['02-2021-0048213', '01-2025-9999999', '20-2000-0000001', '17-2099-1234567']) expect(isApplicationNumber(good), good).toBe(true);
    for (const bad of [
      '2-2021-0048213',
      '00-2021-0048213',
      '21-2021-0048213',
      '02-1999-0048213',
      '02-2021-048213',
      '02-2021-0000000',
      '02/2021/0048213',
      '02-2021-00482134',
      ' 02-2021-0048213',
      'AB-2021-0048213',
    ])
      expect(isApplicationNumber(bad), bad).toBe(false);
    expect(parseApplicationNumber('02-2021-0048213')).toEqual({ regionCode: '02', year: 2021, serial: '0048213' });
  });

  it('accepts the kindergarten name forms the queue uses', () => {
    for (const good of [
      'ГККП «Ясли-сад №127»',
      'ГККП «Детский сад №5»',
      'ТОО «Детский сад «Балапан»»',
      'ТОО «Детский сад «Айгөлек»»',
      'ТОО «Детский сад «Нұрлы бала»»',
      'ТОО «Детский сад «Золотой ключик»»',
    ])
      expect(isKindergartenName(good), good).toBe(true);
    for (const bad of [
      '',
      'Ясли-сад №127',
      'ГККП «Ясли-сад №0»',
      'ГККП «Ясли-сад №1270»',
      'ГККП «Ясли-сад №127',
      'ГККП "Ясли-сад №127"',
      'ТОО «Детский сад «балапан»»',
      'ТОО «Детский сад «Balapan»»',
      'ТОО «Детский сад «»»',
    ])
      expect(isKindergartenName(bad), bad).toBe(false);
  });

  it('accepts akimat names and real calendar dates', () => {
    expect(isAkimatName('Акимат города Алматы')).toBe(true);
    expect(isAkimatName('Акимат города Усть-Каменогорск')).toBe(true);
    expect(isAkimatName('Акимат города Қонаев')).toBe(true);
    for (const bad of ['Акимат Алматы', 'акимат города Алматы', 'Акимат города ', 'Акимат города Almaty']) expect(isAkimatName(bad), bad).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '2021-13-01', '2021-6-1', '01.06.2021']) expect(isCalendarDate(bad), bad).toBe(false);
  });
});
