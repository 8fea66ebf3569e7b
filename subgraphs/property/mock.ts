/**
 * The property section's mock state system: the real-estate cadastre, the register of
 * movable-property encumbrances and the business register, derived from the population.
 *
 * Every person gets a record (lists may be empty). A co-owned object is derived from a key both
 * owners compute alike (the couple's IINs, or the owning child's IIN), so it appears identically —
 * same cadastral number, address, area, encumbrances — in every co-owner's record:
 * - spouses who live together own their home in equal shares (1/2 each), or rent it;
 * - an unmarried adult may own their home, alone or together with a parent (1/2, or 2/3 and 1/3);
 * - anyone adult may own further objects alone: a garden plot, a garage, commercial premises, a
 *   second flat, a house in the region.
 * The demo family's records are fixed (the demo family, subgraphs/mocks/demo-family.ts; see FIXED below).
 */
import { addYears, ageOn } from '../../schema/dates.js';
import { DEMO } from '../mocks/demo-family.js';
import { POPULATION_DATE, type Address, type Citizen, type Population } from '../mocks/population.js';
import { NAMES, PLACES, STREETS, surnameFor, type Place } from '../mocks/places.js';
import { randomFor, type Random } from '../mocks/random.js';
import { businessRegistrationOf } from '../mocks/business-register.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import { reduce, type Fraction } from './formats.js';
import type {
  IndividualEntrepreneurRecord,
  MovablePropertyEncumbranceRecord,
  PropertyRecord,
  RealEstateAddressRecord,
  RealEstateEncumbranceRecord,
  RealEstateRecord,
} from './record.js';

/** An object of the cadastre with all its owners; each owner's record shows it with their own share. */
export interface CadastreObject {
  cadastralNumber: string;
  kind: RealEstateRecord['kind'];
  address: RealEstateAddressRecord;
  area: number;
  rightSince: string;
  owners: Array<{ iin: string; share: Fraction }>;
  encumbrances: RealEstateEncumbranceRecord[];
}

const HALF: Fraction = { numerator: 1, denominator: 2 };
const WHOLE: Fraction = { numerator: 1, denominator: 1 };

// ---------------------------------------------------------------------------------------------
// The demo family (fixed)

const DEMO_FLAT: CadastreObject = {
  cadastralNumber: '20:316:024:021',
  kind: 'FLAT',
  address: { region: 'г. Алматы', city: 'Алматы', street: 'проспект Абая', house: '150', flat: '42' },
  area: 78.4,
  rightSince: '2019-08-01',
  owners: [
    { iin: DEMO.user, share: HALF },
    { iin: DEMO.wife, share: HALF },
  ],
  encumbrances: [
    {
      kind: 'MORTGAGE',
      since: '2019-08-01',
      until: null,
      holder: { kind: 'BANK', name: 'АО «Отбасы банк»' },
      basisDocumentNumber: 'ДЗ-2019/08-01547',
    },
  ],
};

const FATHERS_HOUSE: CadastreObject = {
  cadastralNumber: '03:047:112:009',
  kind: 'HOUSE',
  address: { region: 'Алматинская область', city: 'Қонаев', street: 'улица Сейфуллина', house: '24', flat: null },
  area: 142.5,
  rightSince: '1998-06-15',
  owners: [{ iin: DEMO.father, share: WHOLE }],
  encumbrances: [],
};

const FATHERS_PLOT: CadastreObject = {
  cadastralNumber: '03:047:215:057',
  kind: 'LAND_PLOT',
  address: { region: 'Алматинская область', city: 'Қонаев', street: 'СТ «Арна»', house: '57', flat: null },
  area: 1000,
  rightSince: '2004-05-20',
  owners: [{ iin: DEMO.father, share: WHOLE }],
  encumbrances: [],
};

/** The demo family members whose property is fixed (subgraphs/mocks/demo-family.ts); nothing generic touches them. */
const FIXED: ReadonlyMap<string, CadastreObject[]> = new Map<string, CadastreObject[]>([
  [DEMO.user, [DEMO_FLAT]],
  [DEMO.wife, [DEMO_FLAT]],
  [DEMO.father, [FATHERS_HOUSE, FATHERS_PLOT]],
]);

const FIXED_NUMBERS = new Set([DEMO_FLAT, FATHERS_HOUSE, FATHERS_PLOT].map((o) => o.cadastralNumber));

// ---------------------------------------------------------------------------------------------
// Dictionaries

const BANKS = ['АО «Отбасы банк»', 'АО «Halyk Bank»', 'АО «Kaspi Bank»', 'АО «Банк ЦентрКредит»', 'АО «ForteBank»', 'АО «Jusan Bank»', 'АО «Bank RBK»'];
const CAR_LOAN_BANKS = ['АО «Банк ЦентрКредит»', 'АО «Halyk Bank»', 'АО «Shinhan Bank Kazakhstan»', 'АО «Bank RBK»', 'АО «Евразийский банк»'];
const TENANTS = [
  'ТОО «Magnum Cash&Carry»',
  'ТОО «Small»',
  'ТОО «Аптека Биосфера»',
  'ТОО «Kaspi Магазин»',
  'ТОО «Dodo Pizza Kazakhstan»',
  'ТОО «Европейская аптека»',
];
const TRUSTEES = ['ТОО «Управляющая компания «Жилсервис»»', 'ТОО «UK Comfort»', 'ТОО «Asar Property Management»'];
const GARDENS = ['СТ «Арна»', 'СТ «Жетысу»', 'СТ «Колос»', 'СТ «Весна»', 'СТ «Геолог»', 'СТ «Тулпар»', 'СТ «Медик»'];
const CARS: ReadonlyArray<readonly [string, string]> = [
  ['Toyota', 'Camry'],
  ['Toyota', 'RAV4'],
  ['Hyundai', 'Accent'],
  ['Hyundai', 'Tucson'],
  ['Kia', 'Rio'],
  ['Kia', 'Sportage'],
  ['Lada', 'Granta'],
  ['Lada', 'Vesta'],
  ['Chevrolet', 'Cobalt'],
  ['Chevrolet', 'Nexia'],
  ['Volkswagen', 'Polo'],
  ['JAC', 'S3'],
];
const TRUCKS = ['Грузовой автомобиль ГАЗель NEXT', 'Грузовой автомобиль Isuzu NMR', 'Грузовой автомобиль КамАЗ 43118'];
const MACHINERY = ['Трактор Беларус 82.1', 'Зерноуборочный комбайн Essil 760', 'Трактор Кировец К-742', 'Экскаватор-погрузчик JCB 3CX'];
const EQUIPMENT = [
  'Торговое оборудование (холодильные витрины, 6 ед.)',
  'Деревообрабатывающий станок Altendorf F45',
  'Оборудование пекарни (печь, тестомес)',
  'Оборудование автомойки',
];

// ---------------------------------------------------------------------------------------------
// Helpers

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const later = (a: string, b: string): string => (a > b ? a : b);
const round1 = (x: number): number => Math.round(x * 10) / 10;
const placeOfRegion = (region: string): Place => PLACES.find((p) => p.region === region) ?? PLACES[1]!;
const isAdult = (p: Citizen, age = 18): boolean => ageOn(p.birthDate, POPULATION_DATE) >= age;
/** The first day a person may acquire property on their own: 18th birthday (or 1993, privatisation). */
const adultFrom = (p: Citizen, age = 18): string => later(addYears(p.birthDate, age), '1993-01-01');

function cadastralNumberFor(region: string, rnd: Random): string {
  for (;;) {
    const number = `${placeOfRegion(region).cadastreCode}:${pad(rnd.int(100, 399), 3)}:${pad(rnd.int(1, 999), 3)}:${pad(rnd.int(1, 999), 3)}`;
    if (!FIXED_NUMBERS.has(number)) return number;
  }
}

function personName(rnd: Random): string {
  const origin = rnd.chance(0.7) ? 'KAZAKH' : 'RUSSIAN';
  const names = NAMES[origin];
  return `${surnameFor(rnd.pick(names.surnames), 'MALE')} ${rnd.pick(names.male)[0]}. ${rnd.pick(names.male)[0]}.`;
}

/** Encumbrances of a home or premises; drawn from the object's own stream, so alike for every owner. */
function encumbrancesFor(kind: CadastreObject['kind'], rightSince: string, city: string, rnd: Random, commercial = false): RealEstateEncumbranceRecord[] {
  const list: RealEstateEncumbranceRecord[] = [];
  const year = (date: string) => date.slice(0, 4);
  if ((kind === 'FLAT' || kind === 'HOUSE') && rightSince >= '2010-01-01' && rnd.chance(0.35)) {
    list.push({
      kind: 'MORTGAGE',
      since: rightSince,
      until: null,
      holder: { kind: 'BANK', name: rnd.pick(BANKS) },
      basisDocumentNumber: `ДЗ-${year(rightSince)}/${rightSince.slice(5, 7)}-${pad(rnd.int(1, 99999), 5)}`,
    });
  }
  if (commercial && rnd.chance(0.35)) {
    const since = rnd.date(later(rightSince, '2024-01-01'), POPULATION_DATE);
    list.push({
      kind: 'LEASE',
      since,
      until: addYears(since, rnd.pick([3, 5])),
      holder: { kind: 'COMPANY', name: rnd.pick(TENANTS) },
      basisDocumentNumber: `ДА-${year(since)}-${pad(rnd.int(1, 9999), 4)}`,
    });
  }
  if ((kind === 'FLAT' || commercial) && rnd.chance(0.01)) {
    const since = rnd.date(later(rightSince, '2022-01-01'), POPULATION_DATE);
    const trustee = rnd.chance(0.7) ? { kind: 'COMPANY' as const, name: rnd.pick(TRUSTEES) } : { kind: 'INDIVIDUAL' as const, name: personName(rnd) };
    list.push({
      kind: 'TRUST_MANAGEMENT',
      since,
      until: addYears(since, 5),
      holder: trustee,
      basisDocumentNumber: `ДДУ-${year(since)}-${pad(rnd.int(1, 9999), 4)}`,
    });
  }
  if (rnd.chance(0.015)) {
    const since = rnd.date(rightSince, POPULATION_DATE);
    const byCourt = rnd.chance(0.5);
    list.push({
      kind: 'ARREST',
      since,
      until: null,
      holder: byCourt
        ? { kind: 'COURT', name: `Районный суд №${rnd.int(1, 3)} г. ${city}` }
        : { kind: 'BAILIFF', name: `Частный судебный исполнитель ${personName(rnd)}` },
      basisDocumentNumber: byCourt ? `2-${rnd.int(100, 9999)}/${year(since).slice(2)}` : `${year(since)}-${pad(rnd.int(1, 999999), 6)}`,
    });
  }
  return list.sort((a, b) => a.since.localeCompare(b.since));
}

/** The area of a home: flats 28-140 m², houses 70-320 m². */
const homeArea = (kind: CadastreObject['kind'], rnd: Random): number => (kind === 'FLAT' ? round1(rnd.int(280, 1400) / 10) : round1(rnd.int(700, 3200) / 10));

function homeObject(address: Address, rightSince: string, owners: CadastreObject['owners'], rnd: Random): CadastreObject {
  const kind = address.flat === null ? 'HOUSE' : 'FLAT';
  return {
    cadastralNumber: cadastralNumberFor(address.region, rnd),
    kind,
    address: { region: address.region, city: address.city, street: address.street, house: address.house, flat: address.flat },
    area: homeArea(kind, rnd),
    rightSince,
    owners,
    encumbrances: encumbrancesFor(kind, rightSince, address.city, rnd),
  };
}

/** The person's current spouse, when they live together at the same registered address. */
function cohabitingSpouse(person: Citizen, population: Population): Citizen | undefined {
  const marriage = person.marriages.find((m) => m.dissolvedOn === null);
  const spouse = marriage && population.byIin.get(marriage.spouseIin);
  if (!spouse?.marriages.some((m) => m.spouseIin === person.iin && m.dissolvedOn === null)) return undefined;
  const a = person.address;
  const b = spouse.address;
  const same = a.region === b.region && a.city === b.city && a.street === b.street && a.house === b.house && a.flat === b.flat;
  return same ? spouse : undefined;
}

// ---------------------------------------------------------------------------------------------
// Real estate

/** The home of a married couple living together: both spouses, 1/2 each; or none (rented). */
function coupleHome(a: Citizen, b: Citizen): CadastreObject | undefined {
  if (FIXED.has(a.iin) || FIXED.has(b.iin)) return undefined;
  const [first, second] = [a, b].sort((x, y) => x.iin.localeCompare(y.iin)) as [Citizen, Citizen];
  const rnd = randomFor(`${first.iin}:${second.iin}`, 'property:home');
  if (!rnd.chance(0.65)) return undefined;
  const registeredOn = a.marriages.find((m) => m.spouseIin === b.iin)!.registeredOn;
  const from = [later(registeredOn, adultFrom(a)), later(registeredOn, adultFrom(b))].sort()[1]!;
  const rightSince = rnd.date(from, POPULATION_DATE);
  return homeObject(
    a.address,
    rightSince,
    [
      { iin: first.iin, share: HALF },
      { iin: second.iin, share: HALF },
    ],
    rnd,
  );
}

/**
 * The home of an adult who does not live with a spouse: owned alone, or with a parent (1/2 each,
 * or 2/3 the person and 1/3 the parent), or not at all.
 */
function ownHome(person: Citizen, population: Population): CadastreObject | undefined {
  if (FIXED.has(person.iin) || !isAdult(person) || cohabitingSpouse(person, population)) return undefined;
  const rnd = randomFor(person.iin, 'property:home');
  if (!rnd.chance(ageOn(person.birthDate, POPULATION_DATE) < 23 ? 0.1 : 0.5)) return undefined;
  const rightSince = rnd.date(adultFrom(person), POPULATION_DATE);
  const parent = [person.motherIin, person.fatherIin]
    .map((iin) => (iin ? population.byIin.get(iin) : undefined))
    .find((p): p is Citizen => !!p && !FIXED.has(p.iin) && p.birthDate < addYears(rightSince, -18));
  const coOwner = parent && rnd.chance(0.25) ? parent : undefined;
  const mine = coOwner ? rnd.pick<Fraction>([HALF, HALF, { numerator: 2, denominator: 3 }]) : WHOLE;
  const owners = coOwner
    ? [
        { iin: person.iin, share: mine },
        { iin: coOwner.iin, share: reduce({ numerator: mine.denominator - mine.numerator, denominator: mine.denominator }) },
      ]
    : [{ iin: person.iin, share: WHOLE }];
  return homeObject(person.address, rightSince, owners, rnd);
}

/** Objects a person owns alone besides the home: a garden plot, a garage or premises, a flat, a house. */
function soleObjects(person: Citizen): CadastreObject[] {
  if (FIXED.has(person.iin) || !isAdult(person, 21)) return [];
  const rnd = randomFor(person.iin, 'property:objects');
  const place = placeOfRegion(person.address.region);
  const owners = [{ iin: person.iin, share: WHOLE }];
  const since = () => rnd.date(adultFrom(person, 21), POPULATION_DATE);
  const objects: CadastreObject[] = [];
  if (rnd.chance(0.12)) {
    const rightSince = since();
    objects.push({
      cadastralNumber: cadastralNumberFor(place.region, rnd),
      kind: 'LAND_PLOT',
      address: { region: place.region, city: place.city, street: rnd.pick(GARDENS), house: String(rnd.int(1, 400)), flat: null },
      area: rnd.int(8, 30) * 50,
      rightSince,
      owners,
      encumbrances: encumbrancesFor('LAND_PLOT', rightSince, place.city, rnd),
    });
  }
  if (rnd.chance(0.07)) {
    const rightSince = since();
    const garage = rnd.chance(0.6);
    objects.push({
      cadastralNumber: cadastralNumberFor(place.region, rnd),
      kind: 'NON_RESIDENTIAL',
      address: garage
        ? { region: place.region, city: place.city, street: `ГК «Автомобилист-${rnd.int(1, 12)}»`, house: String(rnd.int(1, 300)), flat: null }
        : { region: place.region, city: place.city, street: rnd.pick(STREETS), house: String(rnd.int(1, 200)), flat: null },
      area: garage ? round1(rnd.int(180, 360) / 10) : round1(rnd.int(400, 2500) / 10),
      rightSince,
      owners,
      encumbrances: encumbrancesFor('NON_RESIDENTIAL', rightSince, place.city, rnd, !garage),
    });
  }
  if (rnd.chance(0.04)) {
    const city = rnd.chance(0.5) ? place : rnd.pick(PLACES.slice(0, 2));
    const address = { region: city.region, city: city.city, street: rnd.pick(STREETS), house: String(rnd.int(1, 200)), flat: String(rnd.int(1, 240)) };
    objects.push(homeObject(address, since(), owners, rnd));
  }
  if (!place.region.startsWith('г. ') && rnd.chance(0.04)) {
    const address = { region: place.region, city: place.city, street: rnd.pick(STREETS), house: String(rnd.int(1, 120)), flat: null };
    objects.push(homeObject(address, since(), owners, rnd));
  }
  return objects;
}

/** Every object of the cadastre the person owns, whole or in part. */
export function cadastreObjectsOf(person: Citizen, population: Population): CadastreObject[] {
  const fixed = FIXED.get(person.iin);
  if (fixed) return fixed;
  const objects: CadastreObject[] = [];
  const spouse = cohabitingSpouse(person, population);
  const home = spouse ? coupleHome(person, spouse) : ownHome(person, population);
  if (home) objects.push(home);
  for (const childIin of person.childIins) {
    const child = population.byIin.get(childIin);
    const childsHome = child && ownHome(child, population);
    if (childsHome?.owners.some((o) => o.iin === person.iin)) objects.push(childsHome);
  }
  objects.push(...soleObjects(person));
  return objects;
}

const asOwner = (o: CadastreObject, iin: string): RealEstateRecord => ({
  cadastralNumber: o.cadastralNumber,
  kind: o.kind,
  address: o.address,
  area: o.area,
  share: o.owners.find((w) => w.iin === iin)!.share,
  rightSince: o.rightSince,
  coOwnerIins: o.owners.filter((w) => w.iin !== iin).map((w) => w.iin),
  encumbrances: o.encumbrances,
});

// ---------------------------------------------------------------------------------------------
// Movable-property encumbrances

function movableEncumbrancesOf(person: Citizen, entrepreneur: IndividualEntrepreneurRecord | null): MovablePropertyEncumbranceRecord[] {
  if (!isAdult(person, 21)) return [];
  const rnd = randomFor(person.iin, 'property:movable');
  const list: MovablePropertyEncumbranceRecord[] = [];
  const from = later(addYears(person.birthDate, 21), '2015-01-01');
  const registration = (since: string) => `${since.slice(0, 4)}-${pad(rnd.int(1, 999_999), 6)}`;
  const car = () => {
    const [make, model] = rnd.pick(CARS);
    return `Легковой автомобиль ${make} ${model}, ${rnd.int(2012, 2025)} г. в.`;
  };
  if (rnd.chance(0.06)) {
    const since = rnd.date(from, POPULATION_DATE);
    list.push({
      registrationNumber: registration(since),
      objectKind: 'VEHICLE',
      object: car(),
      kind: 'PLEDGE',
      since,
      holder: { kind: 'BANK', name: rnd.pick(CAR_LOAN_BANKS) },
      basisDocumentNumber: `ДЗ-${since.slice(0, 4)}-${pad(rnd.int(1, 99999), 5)}`,
    });
  }
  if (entrepreneur && entrepreneur.status !== 'CLOSED' && rnd.chance(0.3)) {
    const since = rnd.date(later(from, entrepreneur.registeredOn), POPULATION_DATE);
    const farm = entrepreneur.taxRegime === 'FARM';
    const truck = !farm && rnd.chance(0.4);
    list.push({
      registrationNumber: registration(since),
      objectKind: farm ? 'SPECIAL_MACHINERY' : truck ? 'VEHICLE' : 'EQUIPMENT',
      object: farm ? `${rnd.pick(MACHINERY)}, ${rnd.int(2015, 2025)} г. в.` : truck ? `${rnd.pick(TRUCKS)}, ${rnd.int(2012, 2025)} г. в.` : rnd.pick(EQUIPMENT),
      kind: 'PLEDGE',
      since,
      holder: farm ? { kind: 'COMPANY', name: 'АО «КазАгроФинанс»' } : { kind: 'BANK', name: rnd.pick(BANKS.slice(1)) },
      basisDocumentNumber: `ДЗ-${since.slice(0, 4)}-${pad(rnd.int(1, 99999), 5)}`,
    });
  }
  if (rnd.chance(0.01)) {
    const since = rnd.date(from, POPULATION_DATE);
    list.push({
      registrationNumber: registration(since),
      objectKind: 'VEHICLE',
      object: car(),
      kind: 'ARREST',
      since,
      holder: { kind: 'BAILIFF', name: `Частный судебный исполнитель ${personName(rnd)}` },
      basisDocumentNumber: `${since.slice(0, 4)}-${pad(rnd.int(1, 999_999), 6)}`,
    });
  }
  return list;
}

// ---------------------------------------------------------------------------------------------

export function propertyRecordOf(person: Citizen, population: Population): PropertyRecord {
  const fixed = FIXED.has(person.iin);
  // The business register is shared with the e-licensing database's mock (subgraphs/mocks/business-register.ts).
  const { entrepreneur, legalEntityShares } = businessRegistrationOf(person);
  return {
    iin: person.iin,
    realEstate: cadastreObjectsOf(person, population).map((o) => asOwner(o, person.iin)),
    movableEncumbrances: fixed ? [] : movableEncumbrancesOf(person, entrepreneur),
    entrepreneur,
    legalEntityShares,
  };
}

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: 'property', recordOf: propertyRecordOf, population });
