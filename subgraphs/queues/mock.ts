/**
 * The queues' mock state system: the electronic kindergarten queue and the akimats' housing queue
 * over the synthetic population. A child's kindergarten entry is derived from the CHILD alone
 * (randomFor(childIin, 'queues')), so the child's own record and each parent's record carry the
 * very same entry. Who is in a queue depends on ages and family as of today.
 */
import { addYears, ageOn, MAJORITY_AGE } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { DEMO, DEMO_IINS } from '../mocks/demo-family.js';
import { placeOf } from '../mocks/places.js';
import type { Citizen, Population } from '../mocks/population.js';
import { randomFor, type Random } from '../mocks/random.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import type { HousingQueueEntryRecord, KindergartenQueueEntryRecord, QueuesRecord } from './record.js';
import type { HousingQueueCategory, KindergartenQueueCategory, KindergartenQueueStatus } from './__generated__/resolvers.js';

const SYSTEM = 'queues';
/** Children are in the kindergarten queue until school: under 7. */
export const KINDERGARTEN_AGE_LIMIT = 7;
/** A large family (многодетная семья) raises four or more minor children. */
export const LARGE_FAMILY_CHILDREN = 4;
/** The housing queue's ORPHAN category is for orphans who registered before 29. */
export const ORPHAN_AGE_LIMIT = 29;
/** Civil servants and public-sector employees register while of working age. */
const RETIREMENT_AGE = 63;
const BIG_CITIES = new Set(['Алматы', 'Астана', 'Шымкент']);

/** The demo family's entries (subgraphs/mocks/demo-family.ts): the daughter and the younger son wait in Almaty's queue. */
const DEMO_KINDERGARTEN: Readonly<Record<string, KindergartenQueueEntryRecord>> = {
  [DEMO.daughter]: {
    childIin: DEMO.daughter,
    applicationNumber: '02-2021-0048213',
    city: 'Алматы',
    position: 1245,
    category: 'GENERAL',
    desiredKindergartens: ['ГККП «Ясли-сад №127»', 'ГККП «Детский сад №45»'],
    assignedKindergarten: null,
    registeredOn: '2021-06-01',
    desiredAdmissionYear: 2024,
    status: 'WAITING',
  },
  [DEMO.son]: {
    childIin: DEMO.son,
    applicationNumber: '02-2023-0107754',
    city: 'Алматы',
    position: 3872,
    category: 'GENERAL',
    desiredKindergartens: ['ГККП «Ясли-сад №127»', 'ТОО «Детский сад «Балапан»»', 'ГККП «Ясли-сад №89»'],
    assignedKindergarten: null,
    registeredOn: '2023-10-02',
    desiredAdmissionYear: 2026,
    status: 'WAITING',
  },
};

const KINDERGARTEN_NAMES = [
  'Балапан',
  'Айгөлек',
  'Бөбек',
  'Күншуақ',
  'Ақбота',
  'Қарлығаш',
  'Балдәурен',
  'Ертегі',
  'Нұрлы бала',
  'Солнышко',
  'Теремок',
  'Радуга',
  'Золотой ключик',
];

const minorOn =
  (population: Population, on: string) =>
  (iin: string): boolean => {
    const p = population.byIin.get(iin);
    return !!p && p.birthDate <= on && ageOn(p.birthDate, on) < MAJORITY_AGE;
  };

/** The minor children a family raises: the children of either adult, counted once. */
export function minorChildrenOf(adults: readonly Citizen[], population: Population, on: string): string[] {
  return [...new Set(adults.flatMap((a) => a.childIins))].filter(minorOn(population, on));
}

/** The current spouse, when married and on record. */
export function currentSpouseOf(person: Citizen, population: Population): Citizen | undefined {
  const marriage = person.marriages.find((m) => m.dissolvedOn === null);
  return marriage ? population.byIin.get(marriage.spouseIin) : undefined;
}

const parentsOf = (person: Citizen, population: Population): Citizen[] =>
  [person.fatherIin, person.motherIin].flatMap((iin) => {
    const p = iin === null ? undefined : population.byIin.get(iin);
    return p ? [p] : [];
  });

function kindergartenName(rnd: Random): string {
  const kind = rnd.int(0, 9);
  if (kind < 4) return `ГККП «Ясли-сад №${rnd.int(1, 250)}»`;
  if (kind < 8) return `ГККП «Детский сад №${rnd.int(1, 250)}»`;
  return `ТОО «Детский сад «${rnd.pick(KINDERGARTEN_NAMES)}»»`;
}

function kindergartenCategory(rnd: Random, child: Citizen, population: Population, on: string): KindergartenQueueCategory {
  const roll = rnd.next();
  const parents = parentsOf(child, population);
  if (parents.length === 0) return 'ORPHAN';
  if (minorChildrenOf(parents, population, on).length >= LARGE_FAMILY_CHILDREN) return 'LARGE_FAMILY';
  if (roll < 0.02) return 'DISABILITY';
  if (roll < 0.04) return 'MILITARY_FAMILY';
  if (roll < 0.05) return 'DISABLED_PARENT';
  if (roll < 0.08) return 'LOW_INCOME';
  return 'GENERAL';
}

function kindergartenStatus(rnd: Random, age: number, desiredAdmissionYear: number, on: string): KindergartenQueueStatus {
  const roll = rnd.next();
  if (desiredAdmissionYear > Number(on.slice(0, 4))) return 'WAITING';
  const [waiting, direction] = age <= 2 ? [0.7, 0.85] : age <= 4 ? [0.35, 0.5] : [0.15, 0.2];
  return roll < waiting ? 'WAITING' : roll < direction ? 'DIRECTION_ISSUED' : 'ENROLLED';
}

/**
 * A child's entry in the kindergarten queue as of `on`, or null: only children under 7 are in it,
 * most of them (registered in their city's queue), and in the demo family only the two listed.
 */
export function kindergartenEntryOf(child: Citizen, population: Population, on = today()): KindergartenQueueEntryRecord | null {
  const demo = DEMO_KINDERGARTEN[child.iin];
  if (demo) return { ...demo, desiredKindergartens: [...demo.desiredKindergartens] };
  if (DEMO_IINS.includes(child.iin) || child.birthDate > on) return null;
  const age = ageOn(child.birthDate, on);
  if (age >= KINDERGARTEN_AGE_LIMIT) return null;
  const rnd = randomFor(child.iin, SYSTEM);
  if (!rnd.chance(age === 0 ? 0.5 : 0.85)) return null;

  const place = placeOf(child.address.city);
  const birthYear = Number(child.birthDate.slice(0, 4));
  const firstYear = addYears(child.birthDate, 1);
  const registeredOn = rnd.date(child.birthDate, firstYear < on ? firstYear : on);
  const desiredAdmissionYear = Math.max(Number(registeredOn.slice(0, 4)), birthYear + rnd.pick([1, 2, 2, 3, 3, 3, 4]));
  const category = kindergartenCategory(rnd, child, population, on);
  const status = kindergartenStatus(rnd, age, desiredAdmissionYear, on);
  const desired = new Set<string>();
  const wanted = rnd.int(1, 3);
  while (desired.size < wanted) desired.add(kindergartenName(rnd));
  const desiredKindergartens = [...desired];
  const queueSize = (BIG_CITIES.has(place.city) ? 6000 : 1500) / (category === 'GENERAL' ? 1 : 10);
  const position = rnd.int(1, queueSize);
  const assigned = rnd.pick(desiredKindergartens);
  return {
    childIin: child.iin,
    applicationNumber: `${place.plateCode}-${registeredOn.slice(0, 4)}-${String(rnd.int(1, 9_999_999)).padStart(7, '0')}`,
    city: place.city,
    position: status === 'WAITING' ? position : null,
    category,
    desiredKindergartens,
    assignedKindergarten: status === 'WAITING' ? null : assigned,
    registeredOn,
    desiredAdmissionYear,
    status,
  };
}

/**
 * A person's place in the housing queue as of `on`, or null. Adults only; one applicant per
 * married couple (the couple's draw is made once, from the husband's IIN, so both spouses agree);
 * nobody of the demo family or married into it.
 */
export function housingEntryOf(person: Citizen, population: Population, on = today()): HousingQueueEntryRecord | null {
  const spouse = currentSpouseOf(person, population);
  if (DEMO_IINS.includes(person.iin) || (spouse && DEMO_IINS.includes(spouse.iin))) return null;
  if (person.birthDate > on || ageOn(person.birthDate, on) < MAJORITY_AGE) return null;
  const husband = spouse && person.sex === 'FEMALE' ? spouse : person;
  const rnd = randomFor(husband.iin, SYSTEM, 1);
  const household = spouse ? [person, spouse] : [person];
  const minors = minorChildrenOf(household, population, on).length;
  if (!rnd.chance(minors >= LARGE_FAMILY_CHILDREN ? 0.45 : minors > 0 ? 0.12 : 0.06)) return null;
  if (spouse && rnd.chance(0.6) !== (husband === person)) return null;

  const adult = addYears(person.birthDate, MAJORITY_AGE);
  const twentyYearsAgo = addYears(on, -20);
  const since = rnd.date(adult > twentyYearsAgo ? adult : twentyYearsAgo, on);
  const ageAtSince = ageOn(person.birthDate, since);
  const options: Array<[HousingQueueCategory, number]> = [
    ['SOCIALLY_VULNERABLE', 4],
    ['DISABILITY', 1],
  ];
  if (parentsOf(person, population).length === 0 && ageAtSince < ORPHAN_AGE_LIMIT) options.push(['ORPHAN', 1]);
  if (!spouse && minors > 0) options.push(['SINGLE_PARENT_FAMILY', 3]);
  if (ageAtSince < RETIREMENT_AGE) options.push(['STATE_EMPLOYEE', 2], ['PUBLIC_SECTOR_EMPLOYEE', 3]);
  let roll = rnd.next() * options.reduce((sum, [, w]) => sum + w, 0);
  const picked = options.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'SOCIALLY_VULNERABLE';
  const category: HousingQueueCategory = minors >= LARGE_FAMILY_CHILDREN ? 'LARGE_FAMILY' : picked;
  const status = rnd.next();
  const city = placeOf(person.address.city).city;
  return {
    position: rnd.int(1, BIG_CITIES.has(city) ? 30_000 : 8_000),
    category,
    since,
    akimat: `Акимат города ${city}`,
    city,
    status: status < 0.85 ? 'WAITING' : status < 0.95 ? 'DOCUMENTS_REQUIRED' : 'HOUSING_OFFERED',
  };
}

export function queuesRecordOf(person: Citizen, population: Population): QueuesRecord {
  const on = today();
  const own = kindergartenEntryOf(person, population, on);
  return {
    iin: person.iin,
    kindergartenQueue: own ? [own] : [],
    childrenKindergartenQueue: person.childIins.flatMap((iin) => {
      const child = population.byIin.get(iin);
      const entry = child && kindergartenEntryOf(child, population, on);
      return entry ? [entry] : [];
    }),
    housingQueue: housingEntryOf(person, population, on),
  };
}

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: SYSTEM, recordOf: queuesRecordOf, population });
