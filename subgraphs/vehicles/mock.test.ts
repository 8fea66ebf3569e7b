import { describe, expect, it } from 'vitest';
import { addYears, ageOn } from '../../schema/dates.js';
import { DEMO } from '../mocks/demo-family.js';
import { PLACES } from '../mocks/places.js';
import { generatePopulation, POPULATION_DATE } from '../mocks/population.js';
import {
  CATEGORY_MIN_AGE,
  isLicenceCategory,
  isLicenceNumber,
  isPlate,
  isRegistrationCertificate,
  isVin,
  LICENCE_CATEGORIES,
  PLATE_REGION_CODES,
  plateRegionCode,
  vinYearCode,
} from './formats.js';
import { vehiclesRecordOf } from './mock.js';
import { isVehiclesRecord } from './record.js';

// The whole default population (10,000 people), as the mock state system serves it.
const population = generatePopulation();
const records = population.people.map((person) => ({ person, record: vehiclesRecordOf(person, population) }));
const isAdult = (birthDate: string) => ageOn(birthDate, POPULATION_DATE) >= 18;
const vehicles = records.flatMap(({ person, record }) => record.vehicles.map((vehicle) => ({ person, vehicle })));
const licences = records.flatMap(({ person, record }) => (record.drivingLicence ? [{ person, licence: record.drivingLicence }] : []));

describe('vehicles mock over the whole population', () => {
  it('gives every person a well-formed record about them', () => {
    expect(records).toHaveLength(10_000);
    for (const { person, record } of records) {
      expect(record.iin).toBe(person.iin);
      expect(isVehiclesRecord(record)).toBe(true);
    }
  });

  it('derives records deterministically from the person alone', () => {
    const again = generatePopulation();
    for (const { person, record } of records.slice(0, 500)) {
      expect(vehiclesRecordOf(again.byIin.get(person.iin)!, again)).toEqual(record);
    }
  });

  it('has plausible shares: about half the adults hold a licence, about a third own 1-2 vehicles', () => {
    const adults = records.filter(({ person }) => isAdult(person.birthDate));
    const holders = adults.filter(({ record }) => record.drivingLicence).length / adults.length;
    const owners = adults.filter(({ record }) => record.vehicles.length > 0).length / adults.length;
    expect(holders).toBeGreaterThan(0.4);
    expect(holders).toBeLessThan(0.6);
    expect(owners).toBeGreaterThan(0.25);
    expect(owners).toBeLessThan(0.42);
    expect(Math.max(...records.map(({ record }) => record.vehicles.length))).toBe(2);
    expect(new Set(vehicles.map(({ vehicle }) => vehicle.make)).size).toBeGreaterThanOrEqual(10);
    // Some licences have expired by now, most have not.
    const expired = licences.filter(({ licence }) => licence.expires < POPULATION_DATE).length / licences.length;
    expect(expired).toBeGreaterThan(0.02);
    expect(expired).toBeLessThan(0.2);
  });

  it('gives only adults vehicles', () => {
    for (const { person, vehicle } of vehicles) {
      expect(ageOn(person.birthDate, vehicle.registeredSince), person.iin).toBeGreaterThanOrEqual(18);
    }
  });

  it("issues plates of the current format with the region code of the owner's registered region", () => {
    expect(vehicles.length).toBeGreaterThan(1000);
    for (const { person, vehicle } of vehicles) {
      expect(isPlate(vehicle.plate), vehicle.plate).toBe(true);
      const code = plateRegionCode(vehicle.plate)!;
      expect(PLATE_REGION_CODES).toContain(code);
      expect(code).toBe(PLACES.find((p) => p.region === person.address.region)!.plateCode);
    }
    // Plates come from many regions, not one.
    expect(new Set(vehicles.map(({ vehicle }) => plateRegionCode(vehicle.plate))).size).toBe(PLACES.length);
  });

  it('gives every vehicle a unique VIN with a valid check digit and its model year in position 10', () => {
    for (const { vehicle } of vehicles) {
      expect(isVin(vehicle.vin), vehicle.vin).toBe(true);
      expect(vehicle.vin[9]).toBe(vinYearCode(vehicle.year));
    }
    expect(new Set(vehicles.map(({ vehicle }) => vehicle.vin)).size).toBe(vehicles.length);
  });

  it('keeps vehicle years, registration dates and certificates plausible', () => {
    for (const { vehicle } of vehicles) {
      expect(Number.isInteger(vehicle.year)).toBe(true);
      expect(vehicle.year).toBeGreaterThanOrEqual(1995);
      expect(vehicle.year).toBeLessThan(Number(POPULATION_DATE.slice(0, 4)));
      expect(vehicle.registeredSince >= `${vehicle.year}-01-01`, vehicle.vin).toBe(true);
      expect(vehicle.registeredSince < POPULATION_DATE).toBe(true);
      expect(isRegistrationCertificate(vehicle.registrationCertificate), vehicle.registrationCertificate).toBe(true);
      expect(vehicle.make.length * vehicle.model.length * vehicle.colour.length).toBeGreaterThan(0);
    }
  });

  it('lists only official licence categories, each once, in the official order', () => {
    expect(licences.length).toBeGreaterThan(1000);
    const seen = new Set<string>();
    for (const { licence } of licences) {
      expect(licence.categories.length).toBeGreaterThan(0);
      for (const c of licence.categories) {
        expect(isLicenceCategory(c), c).toBe(true);
        seen.add(c);
      }
      expect(new Set(licence.categories).size).toBe(licence.categories.length);
      const order = licence.categories.map((c) => LICENCE_CATEGORIES.indexOf(c));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      // A trailer category comes with the category it extends.
      if (licence.categories.includes('CE')) expect(licence.categories).toContain('C');
      if (licence.categories.includes('DE')) expect(licence.categories).toContain('D');
    }
    // The population shows the whole list, not just B.
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });

  it('gives licences only to people old enough for every category on them', () => {
    for (const { person, licence } of licences) {
      const ageAtIssue = ageOn(person.birthDate, licence.issued);
      for (const c of licence.categories) expect(ageAtIssue, `${c} at ${ageAtIssue}`).toBeGreaterThanOrEqual(CATEGORY_MIN_AGE[c]);
      expect(ageOn(person.birthDate, licence.firstIssued)).toBeGreaterThanOrEqual(16);
      expect(ageOn(person.birthDate, POPULATION_DATE)).toBeGreaterThanOrEqual(16);
    }
    // Teenagers (16-17) may hold one, but only for A1 or B1.
    const teens = licences.filter(({ person }) => !isAdult(person.birthDate));
    for (const { licence } of teens) expect(licence.categories.every((c) => c === 'A1' || c === 'B1')).toBe(true);
  });

  it('issues licences with a well-formed unique number, valid for ten years from issue', () => {
    for (const { licence } of licences) {
      expect(isLicenceNumber(licence.number), licence.number).toBe(true);
      expect(licence.expires).toBe(addYears(licence.issued, 10));
      expect(licence.firstIssued <= licence.issued).toBe(true);
      expect(licence.issued < POPULATION_DATE).toBe(true);
    }
    expect(new Set(licences.map(({ licence }) => licence.number)).size).toBe(licences.length);
  });

  it('gives the demo family their fixed data', () => {
    const of = (iin: string) => vehiclesRecordOf(population.byIin.get(iin)!, population);
    expect(of(DEMO.user)).toEqual({
      iin: DEMO.user,
      vehicles: [
        {
          plate: '215 AKZ 02',
          vin: 'JTNB11HK1J3045218',
          make: 'Toyota',
          model: 'Camry',
          year: 2018,
          colour: 'Белый',
          registeredSince: '2018-06-12',
          registrationCertificate: 'AM00215874',
        },
      ],
      drivingLicence: { number: 'AA123456', categories: ['B', 'BE'], issued: '2016-04-20', expires: '2026-04-20', firstIssued: '2006-04-25' },
    });
    expect(of(DEMO.wife)).toEqual({
      iin: DEMO.wife,
      vehicles: [],
      drivingLicence: { number: 'AN587203', categories: ['B'], issued: '2022-09-10', expires: '2032-09-10', firstIssued: '2012-09-10' },
    });
    for (const child of [DEMO.daughter, DEMO.son, DEMO.elderSon]) expect(of(child)).toEqual({ iin: child, vehicles: [], drivingLicence: null });
  });
});
