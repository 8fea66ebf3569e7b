/**
 * Formats and domain rules over the whole default population (10,000 people): every record the
 * mock state system would give, checked object by object and across co-owners.
 */
import { describe, expect, it } from 'vitest';
import { addYears, ageOn } from '../../schema/dates.js';
import { DEMO } from '../mocks/demo-family.js';
import { generatePopulation, POPULATION_DATE, type Citizen } from '../mocks/population.js';
import { PLACES } from '../mocks/places.js';
import { binRegistrationMonth, cadastreRegionOf, checkBin, isCadastralNumber, reduce, sumFractions } from './formats.js';
import { propertyRecordOf } from './mock.js';
import { isPropertyRecord, type PropertyRecord, type RealEstateRecord } from './record.js';

const population = generatePopulation();
const records = new Map<string, PropertyRecord>(population.people.map((p) => [p.iin, propertyRecordOf(p, population)]));
const all = [...records.values()];
const person = (iin: string): Citizen => population.byIin.get(iin)!;
const objects = all.flatMap((r) => r.realEstate.map((o) => ({ owner: r.iin, o })));

const currentSpouse = (p: Citizen): string | undefined => p.marriages.find((m) => m.dissolvedOn === null)?.spouseIin;
const sameAddress = (a: Citizen['address'], b: RealEstateRecord['address']): boolean =>
  a.region === b.region && a.city === b.city && a.street === b.street && a.house === b.house && a.flat === b.flat;

describe('property records over the whole population', () => {
  it('gives every person a well-formed record, the same on every run', () => {
    expect(population.people.length).toBe(10_000);
    for (const p of population.people) {
      const record = records.get(p.iin)!;
      expect(record.iin).toBe(p.iin);
      expect(isPropertyRecord(JSON.parse(JSON.stringify(record))), p.iin).toBe(true);
    }
    const again = generatePopulation();
    for (const p of again.people.filter((_, i) => i % 97 === 0)) expect(propertyRecordOf(p, again)).toEqual(records.get(p.iin));
  });

  it('uses valid cadastral numbers whose first group is the cadastre code of the object’s region', () => {
    const codeOf = new Map(PLACES.map((p) => [p.region, p.cadastreCode]));
    expect(objects.length).toBeGreaterThan(3000);
    for (const { o } of objects) {
      expect(isCadastralNumber(o.cadastralNumber), o.cadastralNumber).toBe(true);
      expect(cadastreRegionOf(o.cadastralNumber), o.cadastralNumber).toBe(codeOf.get(o.address.region));
      expect(PLACES.some((p) => p.region === o.address.region && p.city === o.address.city)).toBe(true);
    }
  });

  it('shows an object identically to each of its owners, who all list each other, with shares summing to 1', () => {
    const byNumber = new Map<string, Array<{ owner: string; o: RealEstateRecord }>>();
    for (const entry of objects) byNumber.set(entry.o.cadastralNumber, [...(byNumber.get(entry.o.cadastralNumber) ?? []), entry]);
    let shared = 0;
    for (const [number, entries] of byNumber) {
      const facts = ({ kind, address, area, rightSince, encumbrances }: RealEstateRecord) => JSON.stringify({ kind, address, area, rightSince, encumbrances });
      const owners = (e: { owner: string; o: RealEstateRecord }) => [e.owner, ...e.o.coOwnerIins].sort();
      const first = entries[0]!;
      for (const e of entries) {
        expect(facts(e.o), number).toBe(facts(first.o));
        expect(owners(e), number).toEqual(owners(first));
        expect(e.o.coOwnerIins).not.toContain(e.owner);
        expect(e.o.share).toEqual(reduce(e.o.share));
        expect(e.o.share.numerator).toBeGreaterThan(0);
        expect(e.o.share.numerator).toBeLessThanOrEqual(e.o.share.denominator);
      }
      // every owner's record lists the object, once
      expect(entries.map((e) => e.owner).sort(), number).toEqual(owners(first));
      for (const iin of owners(first)) expect(population.byIin.has(iin), 'co-owners are real people').toBe(true);
      expect(sumFractions(entries.map((e) => e.o.share)), number).toEqual({ numerator: 1, denominator: 1 });
      if (entries.length > 1) shared += 1;
    }
    expect(shared).toBeGreaterThan(1000);
  });

  it('has spouses co-own their family home in equal shares', () => {
    let couples = 0;
    for (const { owner, o } of objects) {
      const p = person(owner);
      const spouse = currentSpouse(p);
      if (o.coOwnerIins.length === 1 && o.coOwnerIins[0] === spouse) {
        couples += 1;
        expect(o.share).toEqual({ numerator: 1, denominator: 2 });
        expect(sameAddress(p.address, o.address), 'a couple co-owns the home they live in').toBe(true);
      }
      // a home one owns where one lives with one's spouse is the couple's
      if (spouse && sameAddress(p.address, o.address) && sameAddress(person(spouse).address, o.address)) {
        expect(o.coOwnerIins, owner).toEqual([spouse]);
      }
    }
    expect(couples).toBeGreaterThan(2000);
    // other co-ownership exists too: an adult child with a parent
    expect(objects.some(({ o }) => o.share.denominator === 3)).toBe(true);
  });

  it('registers rights and encumbrances on plausible dates and with fitting holders', () => {
    const holders: Record<string, string[]> = {
      MORTGAGE: ['BANK'],
      ARREST: ['COURT', 'BAILIFF'],
      LEASE: ['COMPANY', 'INDIVIDUAL'],
      TRUST_MANAGEMENT: ['COMPANY', 'INDIVIDUAL'],
    };
    const kinds = new Set<string>();
    for (const { owner, o } of objects) {
      expect(o.rightSince <= POPULATION_DATE).toBe(true);
      expect(ageOn(person(owner).birthDate, o.rightSince), `${owner} adult when the right was registered`).toBeGreaterThanOrEqual(18);
      expect(o.area).toBeGreaterThan(0);
      expect(o.kind === 'FLAT' ? o.address.flat !== null : o.address.flat === null, o.cadastralNumber).toBe(true);
      for (const e of o.encumbrances) {
        kinds.add(e.kind);
        expect(e.since >= o.rightSince && e.since <= POPULATION_DATE, o.cadastralNumber).toBe(true);
        if (e.until !== null) expect(e.until > e.since).toBe(true);
        expect(holders[e.kind]).toContain(e.holder.kind);
        expect(e.holder.name.length).toBeGreaterThan(3);
        expect(e.basisDocumentNumber).toMatch(/\d/);
      }
    }
    expect([...kinds].sort()).toEqual(['ARREST', 'LEASE', 'MORTGAGE', 'TRUST_MANAGEMENT']);
  });

  it('gives legal entities valid BINs, registered no later than the role began', () => {
    const nameOf = new Map<string, string>();
    let count = 0;
    for (const r of all) {
      for (const s of r.legalEntityShares) {
        count += 1;
        const check = checkBin(s.bin);
        expect(check, s.bin).toMatchObject({ ok: true });
        expect(binRegistrationMonth(s.bin) <= s.since.slice(0, 7), s.bin).toBe(true);
        if (s.role === 'FOUNDER') expect(binRegistrationMonth(s.bin)).toBe(s.since.slice(0, 7));
        expect(s.role === 'DIRECTOR' ? s.sharePercent === null : s.sharePercent! > 0 && s.sharePercent! <= 100).toBe(true);
        expect(s.bin[4] === '6', s.name).toBe(s.name.startsWith('Филиал'));
        expect(ageOn(person(r.iin).birthDate, s.since)).toBeGreaterThanOrEqual(18);
        expect(s.since <= POPULATION_DATE).toBe(true);
        expect(nameOf.get(s.bin) ?? s.name, 'one BIN, one legal entity').toBe(s.name);
        nameOf.set(s.bin, s.name);
      }
    }
    expect(count).toBeGreaterThan(200);
  });

  it('registers individual entrepreneurs as adults, with a status after registration and a fitting tax regime', () => {
    const entrepreneurs = all.filter((r) => r.entrepreneur !== null);
    expect(entrepreneurs.length).toBeGreaterThan(300);
    expect(new Set(entrepreneurs.map((r) => r.entrepreneur!.status))).toEqual(new Set(['ACTIVE', 'SUSPENDED', 'CLOSED']));
    for (const r of entrepreneurs) {
      const e = r.entrepreneur!;
      expect(ageOn(person(r.iin).birthDate, e.registeredOn)).toBeGreaterThanOrEqual(18);
      expect(e.registeredOn <= e.statusSince && e.statusSince <= POPULATION_DATE).toBe(true);
      expect(e.tradeName).toMatch(/^ИП /);
      expect(e.activityCode).toMatch(/^\d{2}\.\d{2}$/);
      if (e.taxRegime === 'FARM') expect(e.activityCode.startsWith('01.'), e.activityCode).toBe(true);
    }
  });

  it('registers movable-property encumbrances on plausible dates and with fitting holders', () => {
    const list = all.flatMap((r) => r.movableEncumbrances.map((e) => ({ iin: r.iin, e })));
    expect(list.length).toBeGreaterThan(300);
    expect(new Set(list.map(({ e }) => e.kind))).toEqual(new Set(['PLEDGE', 'ARREST']));
    for (const { iin, e } of list) {
      expect(e.since <= POPULATION_DATE).toBe(true);
      expect(ageOn(person(iin).birthDate, e.since)).toBeGreaterThanOrEqual(18);
      expect(e.kind === 'PLEDGE' ? ['BANK', 'COMPANY'] : ['COURT', 'BAILIFF']).toContain(e.holder.kind);
      expect(e.registrationNumber).toMatch(/^\d{4}-\d{6}$/);
    }
  });

  it('gives minors nothing', () => {
    for (const p of population.people.filter((x) => POPULATION_DATE < addYears(x.birthDate, 18))) {
      expect(records.get(p.iin), p.iin).toEqual({ iin: p.iin, realEstate: [], movableEncumbrances: [], entrepreneur: null, legalEntityShares: [] });
    }
  });

  it('keeps the demo family’s fixed data inside the generated population', () => {
    expect(records.get(DEMO.user)!.realEstate.map((o) => o.cadastralNumber)).toEqual(['20:316:024:021']);
    expect(records.get(DEMO.wife)!.realEstate.map((o) => o.cadastralNumber)).toEqual(['20:316:024:021']);
    expect(
      records
        .get(DEMO.father)!
        .realEstate.map((o) => o.kind)
        .sort(),
    ).toEqual(['HOUSE', 'LAND_PLOT']);
    for (const iin of [DEMO.daughter, DEMO.son, DEMO.elderSon]) expect(records.get(iin)!.realEstate).toEqual([]);
    const elsewhere = objects.filter(({ o }) => ['20:316:024:021', '03:047:112:009', '03:047:215:057'].includes(o.cadastralNumber));
    expect(elsewhere.map(({ owner }) => owner).sort()).toEqual([DEMO.user, DEMO.wife, DEMO.father, DEMO.father].sort());
  });
});
