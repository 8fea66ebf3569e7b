import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_MIN_AGE,
  inOfficialOrder,
  isLicenceCategory,
  isLicenceNumber,
  isPlate,
  isRegistrationCertificate,
  isVin,
  LICENCE_CATEGORIES,
  PLATE_REGION_CODES,
  plateRegionCode,
  vinCheckDigit,
  vinYearCode,
} from './formats.js';

describe('vehicle formats', () => {
  it('accepts plates of the current format with a real region code', () => {
    for (const plate of ['215 AKZ 02', '001 ABC 01', '999 ZZZ 17', '123 QWE 20']) expect(isPlate(plate), plate).toBe(true);
    expect(plateRegionCode('215 AKZ 02')).toBe('02');
  });

  it('rejects malformed plates and unknown region codes', () => {
    for (const plate of [
      '215AKZ02',
      '215 akz 02',
      '000 ABC 02',
      '215 AKZ 21',
      '215 AKZ 00',
      '21 AKZ 02',
      '2155 AKZ 02',
      '215 AK 02',
      '215 АКZ 02' /* Cyrillic А and К */,
      'A 215 KZ 02',
      '215 AKZ 2',
      ' 215 AKZ 02',
    ])
      expect(isPlate(plate), plate).toBe(false);
    expect(plateRegionCode('215 AKZ 99')).toBeNull();
  });

  it('knows the 20 region codes, Astana 01, Almaty 02, Shymkent 17', () => {
    expect(PLATE_REGION_CODES).toHaveLength(20);
    expect(PLATE_REGION_CODES).toEqual(expect.arrayContaining(['01', '02', '17', '20']));
  });

  it('computes the ISO 3779 check digit with transliteration and weights', () => {
    expect(vinCheckDigit('1HGCM82633A004352')).toBe('3');
    expect(vinCheckDigit('1M8GDM9A0KP042788')).toBe('X');
    expect(vinCheckDigit('11111111111111111')).toBe('1');
    expect(vinCheckDigit('JTNB11HK0J3045218')).toBe('1');
  });

  it('accepts VINs with a valid check digit', () => {
    for (const vin of ['1HGCM82633A004352', '1M8GDM9AXKP042788', '11111111111111111', 'JTNB11HK1J3045218']) {
      expect(isVin(vin), vin).toBe(true);
    }
  });

  it('rejects VINs with a wrong check digit, a wrong length or the letters I, O, Q', () => {
    for (const vin of [
      '1HGCM82643A004352', // check digit 4, should be 3
      '1M8GDM9A1KP042788', // should be X
      'JTNB11HK2J3045218',
      '1HGCM82633A00435', // 16 characters
      '1HGCM82633A0043521', // 18
      '1HGCM82633A0O4352',
      '1HGCM82633A0I4352',
      '1HGCM82633A0Q4352',
      '1hgcm82633a004352',
    ])
      expect(isVin(vin), vin).toBe(false);
  });

  it('codes the model year in position 10 on the 30-year cycle', () => {
    expect([1995, 2000, 2001, 2009, 2010, 2018, 2023, 2025].map(vinYearCode)).toEqual(['S', 'Y', '1', '9', 'A', 'J', 'P', 'S']);
  });

  it('checks licence and registration-certificate numbers', () => {
    expect(isLicenceNumber('AA123456')).toBe(true);
    for (const n of ['AA 123456', 'A1234567', 'aa123456', 'AA12345', 'AA1234567', 'АА123456']) expect(isLicenceNumber(n), n).toBe(false);
    expect(isRegistrationCertificate('AM00215874')).toBe(true);
    for (const n of ['AM0021587', 'AM 00215874', '0021587412', 'am00215874']) expect(isRegistrationCertificate(n), n).toBe(false);
  });

  it('lists exactly the official categories, the same as the schema enum, in the official order', () => {
    expect([...LICENCE_CATEGORIES]).toEqual(['A1', 'A', 'B1', 'B', 'BE', 'C1', 'C', 'C1E', 'CE', 'D1', 'D', 'D1E', 'DE', 'Tm', 'Tb']);
    const sdl = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
    const enumDef = sdl.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'DrivingLicenceCategory');
    expect(enumDef?.values?.map((v) => v.name.value)).toEqual([...LICENCE_CATEGORIES]);
    expect(Object.keys(CATEGORY_MIN_AGE).sort()).toEqual([...LICENCE_CATEGORIES].sort());
    expect(isLicenceCategory('Tm')).toBe(true);
    for (const c of ['TM', 'M', 'b', 'BC', 'E']) expect(isLicenceCategory(c), c).toBe(false);
  });

  it('sorts categories into the official order', () => {
    expect(inOfficialOrder(['Tb', 'CE', 'BE', 'C', 'B', 'A1'])).toEqual(['A1', 'B', 'BE', 'C', 'CE', 'Tb']);
  });

  it('lets only people 16+ hold A1 or B1 and 18+ hold B and above', () => {
    expect(CATEGORY_MIN_AGE.A1).toBe(16);
    expect(CATEGORY_MIN_AGE.B1).toBe(16);
    for (const c of LICENCE_CATEGORIES.filter((c) => c !== 'A1' && c !== 'B1')) expect(CATEGORY_MIN_AGE[c], c).toBeGreaterThanOrEqual(18);
  });
});
