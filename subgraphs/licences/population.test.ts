import { describe, expect, it } from 'vitest';
import { binRegistrationMonth, isValidBin } from '../../schema/bin.js';
import { ageOn } from '../../schema/dates.js';
import { businessRegistrationOf } from '../mocks/business-register.js';
import { DEMO_IINS } from '../mocks/demo-family.js';
import { generatePopulation, POPULATION_DATE } from '../mocks/population.js';
import { ACTIVITIES, ACTIVITY_CODES, isAnnexNumber, isIsoDate, isLicenceNumber, numberMatchesYear, STATUS_REASONS } from './formats.js';
import { ENTREPRENEUR_LICENCES, licencesRecordOf } from './mock.js';
import { isLicencesRecord } from './record.js';

// The whole default population (10,000 people), as the mock state system serves it.
const population = generatePopulation();
const records = population.people.map((person) => ({ person, record: licencesRecordOf(person, population), register: businessRegistrationOf(person) }));
const licences = records.flatMap(({ person, record, register }) => record.licences.map((licence) => ({ person, licence, register })));

describe('licences mock over the whole population', () => {
  it('gives every person a well-formed record about them, deterministically', () => {
    for (const { person, record } of records) {
      expect(record.iin).toBe(person.iin);
      expect(isLicencesRecord(record), person.iin).toBe(true);
    }
    const again = generatePopulation();
    for (const { person, record } of records.slice(0, 500)) expect(licencesRecordOf(again.byIin.get(person.iin)!, again)).toEqual(record);
  });

  it('covers the classifier: every activity and every holder kind and status occur', () => {
    expect(licences.length).toBeGreaterThan(200);
    expect(new Set(licences.map(({ licence }) => licence.activity))).toEqual(new Set(ACTIVITY_CODES));
    expect(new Set(licences.map(({ licence }) => licence.holder.kind))).toEqual(new Set(['PERSON', 'INDIVIDUAL_ENTREPRENEUR', 'LEGAL_ENTITY']));
    expect(new Set(licences.map(({ licence }) => licence.status))).toEqual(new Set(['VALID', 'SUSPENDED', 'REVOKED', 'TERMINATED']));
  });

  it('checks every format: numbers of the year of issue, annexes numbered from 001 with the subtypes of the activity, the licensor for the activity', () => {
    for (const { person, licence } of licences) {
      const entry = ACTIVITIES[licence.activity];
      expect(isLicenceNumber(licence.number) && numberMatchesYear(licence.number, licence.issuedOn), licence.number).toBe(true);
      expect(entry.holders).toContain(licence.holder.kind);
      expect(licence.licensor).toBe(entry.licensor(person.address.region));
      expect(licence.licensor).toMatch(/^(ГУ|РГУ) «[^«»]+»$/);
      expect(isIsoDate(licence.issuedOn) && licence.issuedOn >= '2008-01-01' && licence.issuedOn < POPULATION_DATE).toBe(true);
      expect(licence.statusSince >= licence.issuedOn && licence.statusSince < POPULATION_DATE).toBe(true);
      if (licence.status !== 'VALID') expect(STATUS_REASONS[licence.status]).toContain(licence.statusReason);
      expect(licence.annexes.map((a) => a.number)).toEqual(licence.annexes.map((_, i) => String(i + 1).padStart(3, '0')));
      expect(licence.annexes.length > 0).toBe(entry.subtypes.length > 0);
      expect(licence.subtype).toBe(licence.annexes[0]?.subtype ?? null);
      for (const annex of licence.annexes) {
        expect(isAnnexNumber(annex.number)).toBe(true);
        expect(entry.subtypes).toContain(annex.subtype);
        expect(annex.issuedOn >= licence.issuedOn).toBe(true);
        if (licence.status !== 'VALID') expect(annex.issuedOn <= licence.statusSince).toBe(true);
      }
    }
  });

  it("issues an entrepreneur's licence consistent with the business register: the licensed main activity, in the trade name, after registration, terminated on closing", () => {
    const ofEntrepreneurs = licences.filter(({ licence }) => licence.holder.kind === 'INDIVIDUAL_ENTREPRENEUR');
    expect(ofEntrepreneurs.length).toBeGreaterThan(50);
    for (const { licence, register } of ofEntrepreneurs) {
      const e = register.entrepreneur!;
      expect(e).not.toBeNull();
      expect(licence.activity).toBe(ENTREPRENEUR_LICENCES[e.activityCode]!.activity);
      expect(licence.holder).toEqual({ kind: 'INDIVIDUAL_ENTREPRENEUR', name: e.tradeName, bin: null });
      expect(licence.issuedOn >= e.registeredOn).toBe(true);
      if (e.status === 'CLOSED') {
        expect(licence).toMatchObject({
          status: 'TERMINATED',
          statusSince: e.statusSince,
          statusReason: 'Прекращение деятельности индивидуального предпринимателя',
        });
      }
    }
    // entrepreneurs of unlicensed activities hold none: the demo wife's education services among them
    for (const { record, register } of records) {
      if (register.entrepreneur && !ENTREPRENEUR_LICENCES[register.entrepreneur.activityCode]) {
        expect(record.licences.filter((l) => l.holder.kind === 'INDIVIDUAL_ENTREPRENEUR')).toEqual([]);
      }
    }
  });

  it("issues a company's licence only to a company the person owns a share in, after its registration", () => {
    const ofCompanies = licences.filter(({ licence }) => licence.holder.kind === 'LEGAL_ENTITY');
    expect(ofCompanies.length).toBeGreaterThan(50);
    for (const { licence, register } of ofCompanies) {
      expect(isValidBin(licence.holder.bin)).toBe(true);
      const share = register.legalEntityShares.find((s) => s.bin === licence.holder.bin)!;
      expect(share.sharePercent).not.toBeNull();
      expect(licence.holder.name).toBe(share.name);
      expect(licence.issuedOn.slice(0, 7) >= binRegistrationMonth(share.bin)).toBe(true);
      if (/Строй|Курылыс/.test(share.name)) expect(licence.activity).toBe('CONSTRUCTION');
    }
  });

  it('gives personal licences (advocates, notaries) to adults of 25 or more, in their full name; the demo family holds none', () => {
    for (const { person, licence } of licences.filter(({ licence }) => licence.holder.kind === 'PERSON')) {
      expect(ageOn(person.birthDate, licence.issuedOn)).toBeGreaterThanOrEqual(25);
      expect(licence.holder.name).toBe([person.surname, person.firstName, person.patronymic].filter(Boolean).join(' '));
    }
    for (const iin of DEMO_IINS) expect(records.find((r) => r.person.iin === iin)!.record.licences).toEqual([]);
  });
});
