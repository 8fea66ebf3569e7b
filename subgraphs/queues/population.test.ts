/** The queues' data over the whole default population: formats, domain rules, and both views of an entry agreeing. */
import { describe, expect, it } from 'vitest';
import { addYears, ageOn, MAJORITY_AGE } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { isValidIin } from '../../schema/iin.js';
import { DEMO, DEMO_IINS } from '../mocks/demo-family.js';
import { placeOf } from '../mocks/places.js';
import { generatePopulation, type Citizen } from '../mocks/population.js';
import { isCalendarDate } from '../../schema/dates.js';
import { isAkimatName, isKindergartenName, parseApplicationNumber } from './formats.js';
import { currentSpouseOf, KINDERGARTEN_AGE_LIMIT, LARGE_FAMILY_CHILDREN, minorChildrenOf, ORPHAN_AGE_LIMIT, queuesRecordOf } from './mock.js';
import { isQueuesRecord, type KindergartenQueueEntryRecord, type QueuesRecord } from './record.js';

const population = generatePopulation();
const on = today();
const records = new Map<string, QueuesRecord>(population.people.map((p) => [p.iin, queuesRecordOf(p, population)]));
const rec = (iin: string): QueuesRecord => records.get(iin)!;
const person = (iin: string): Citizen => population.byIin.get(iin)!;
const born = (p: Citizen) => p.birthDate <= on;
const parentsOf = (p: Citizen): Citizen[] => [p.fatherIin, p.motherIin].flatMap((i) => (i && population.byIin.has(i) ? [person(i)] : []));

describe('queues data over the whole population', () => {
  it('gives every person a well-formed record', () => {
    expect(population.people).toHaveLength(10_000);
    for (const p of population.people) {
      expect(isQueuesRecord(rec(p.iin)), p.iin).toBe(true);
      expect(rec(p.iin).iin).toBe(p.iin);
    }
  });

  it("shows a child's own entries exactly as each parent sees them, and parents only their children's", () => {
    let compared = 0;
    for (const p of population.people) {
      for (const parent of parentsOf(p)) {
        expect(rec(parent.iin).childrenKindergartenQueue.filter((e) => e.childIin === p.iin)).toEqual(rec(p.iin).kindergartenQueue);
        compared += rec(p.iin).kindergartenQueue.length;
      }
      const seen = rec(p.iin).childrenKindergartenQueue;
      expect(seen.map((e) => e.childIin)).toEqual(p.childIins.filter((c) => rec(c).kindergartenQueue.length > 0));
      for (const e of rec(p.iin).kindergartenQueue) expect(e.childIin).toBe(p.iin);
    }
    expect(compared).toBeGreaterThan(1000);
  });

  const entries = (): Array<[Citizen, KindergartenQueueEntryRecord]> =>
    population.people.flatMap((p) => rec(p.iin).kindergartenQueue.map((e): [Citizen, KindergartenQueueEntryRecord] => [p, e]));

  it('keeps kindergarten entries in their formats: application number, kindergarten names, dates', () => {
    const all = entries();
    expect(all.length).toBeGreaterThan(1000);
    for (const [child, e] of all) {
      const number = parseApplicationNumber(e.applicationNumber);
      expect(number, e.applicationNumber).not.toBeNull();
      expect(number!.regionCode).toBe(placeOf(e.city).plateCode);
      expect(number!.year).toBe(Number(e.registeredOn.slice(0, 4)));
      expect(isValidIin(e.childIin)).toBe(true);
      expect(isCalendarDate(e.registeredOn)).toBe(true);
      expect(e.desiredKindergartens.length).toBeGreaterThanOrEqual(1);
      expect(e.desiredKindergartens.length).toBeLessThanOrEqual(3);
      expect(new Set(e.desiredKindergartens).size).toBe(e.desiredKindergartens.length);
      for (const k of e.desiredKindergartens) expect(isKindergartenName(k), k).toBe(true);
      expect(e.city).toBe(child.address.city);
    }
    expect(new Set(all.map(([, e]) => e.applicationNumber)).size).toBe(all.length);
  });

  it('keeps kindergarten entries to the rules: children under 7, dates, positions, statuses, priority categories', () => {
    const thisYear = Number(on.slice(0, 4));
    for (const [child, e] of entries()) {
      expect(born(child) && ageOn(child.birthDate, on) < KINDERGARTEN_AGE_LIMIT).toBe(true);
      expect(e.registeredOn >= child.birthDate && e.registeredOn <= on).toBe(true);
      const birthYear = Number(child.birthDate.slice(0, 4));
      expect(e.desiredAdmissionYear).toBeGreaterThanOrEqual(Math.max(birthYear + 1, Number(e.registeredOn.slice(0, 4))));
      expect(e.desiredAdmissionYear).toBeLessThanOrEqual(birthYear + 6);
      if (e.status === 'WAITING') {
        expect(Number.isInteger(e.position) && e.position! >= 1).toBe(true);
        expect(e.assignedKindergarten).toBeNull();
      } else {
        expect(e.position).toBeNull();
        expect(e.desiredKindergartens).toContain(e.assignedKindergarten);
        expect(e.desiredAdmissionYear).toBeLessThanOrEqual(thisYear);
      }
      if (e.category === 'LARGE_FAMILY') expect(minorChildrenOf(parentsOf(child), population, on).length).toBeGreaterThanOrEqual(LARGE_FAMILY_CHILDREN);
      if (e.category === 'ORPHAN') expect(parentsOf(child)).toEqual([]);
    }
    const statuses = new Set(entries().map(([, e]) => e.status));
    expect(statuses).toEqual(new Set(['WAITING', 'DIRECTION_ISSUED', 'ENROLLED']));
  });

  it('puts most children aged 1-6 in the queue, and nobody of 7 or more', () => {
    const young = population.people.filter((p) => born(p) && ageOn(p.birthDate, on) >= 1 && ageOn(p.birthDate, on) < KINDERGARTEN_AGE_LIMIT);
    const queued = young.filter((p) => rec(p.iin).kindergartenQueue.length === 1);
    expect(queued.length / young.length).toBeGreaterThan(0.7);
    for (const p of population.people) {
      expect(rec(p.iin).kindergartenQueue.length).toBeLessThanOrEqual(1);
      if (!born(p) || ageOn(p.birthDate, on) >= KINDERGARTEN_AGE_LIMIT) expect(rec(p.iin).kindergartenQueue).toEqual([]);
    }
  });

  it('keeps housing entries to their formats and rules: adults, one applicant per couple, categories they qualify for', () => {
    const housed = population.people.filter((p) => rec(p.iin).housingQueue !== null);
    expect(housed.length).toBeGreaterThan(100);
    for (const p of housed) {
      const h = rec(p.iin).housingQueue!;
      expect(ageOn(p.birthDate, on)).toBeGreaterThanOrEqual(MAJORITY_AGE);
      expect(isCalendarDate(h.since)).toBe(true);
      expect(h.since >= addYears(p.birthDate, MAJORITY_AGE) && h.since <= on).toBe(true);
      expect(Number.isInteger(h.position) && h.position >= 1).toBe(true);
      expect(h.city).toBe(p.address.city);
      expect(isAkimatName(h.akimat), h.akimat).toBe(true);
      expect(h.akimat).toBe(`Акимат города ${h.city}`);
      const spouse = currentSpouseOf(p, population);
      if (spouse) expect(rec(spouse.iin).housingQueue).toBeNull();
      const minors = minorChildrenOf(spouse ? [p, spouse] : [p], population, on).length;
      if (h.category === 'LARGE_FAMILY') expect(minors).toBeGreaterThanOrEqual(LARGE_FAMILY_CHILDREN);
      if (h.category === 'SINGLE_PARENT_FAMILY') expect(!spouse && minors > 0).toBe(true);
      if (h.category === 'ORPHAN') expect(parentsOf(p).length === 0 && ageOn(p.birthDate, h.since) < ORPHAN_AGE_LIMIT).toBe(true);
    }
    expect(new Set(housed.map((p) => rec(p.iin).housingQueue!.category)).size).toBeGreaterThanOrEqual(5);
  });

  it('keeps the demo family (and those married into it) off the housing queue, with only the two listed kindergarten entries', () => {
    for (const iin of DEMO_IINS) {
      expect(rec(iin).housingQueue).toBeNull();
      const spouse = currentSpouseOf(person(iin), population);
      if (spouse) expect(rec(spouse.iin).housingQueue).toBeNull();
    }
    expect(DEMO_IINS.filter((iin) => rec(iin).kindergartenQueue.length > 0)).toEqual([DEMO.daughter, DEMO.son]);
    expect(rec(DEMO.user).childrenKindergartenQueue.map((e) => e.childIin)).toEqual([DEMO.daughter, DEMO.son]);
    expect(rec(DEMO.wife).childrenKindergartenQueue).toEqual(rec(DEMO.user).childrenKindergartenQueue);
  });

  it('derives the same records on every run', () => {
    const again = generatePopulation();
    for (const p of again.people.slice(0, 2000)) expect(queuesRecordOf(p, again)).toEqual(rec(p.iin));
  });
});
