/**
 * The synthetic population every mock state system serves: deterministic from a seed, families
 * linked in both directions (spouses, parents, children), and the demo family (subgraphs/mocks/demo-family.ts) exactly.
 */
import { makeIin, type Sex } from '../../schema/iin.js';
import { DEMO_IINS, addDemoFamily } from './demo-family.js';
import { NAMES, PLACES, STREETS, patronymicFor, surnameFor, type Origin, type Place } from './places.js';
import { addYears, ageOn } from '../../schema/dates.js';
import { createRandom, type Random } from './random.js';
import { config } from '../../runtime/config.js';

/** The day the synthetic world was drawn up: every birth and marriage in it is on or before this day. */
export const POPULATION_DATE = '2026-01-01';
export const DEFAULT_POPULATION_SIZE = 10_000;
export const DEFAULT_SEED = 20_260_101;

export interface Address {
  region: string;
  city: string;
  street: string;
  house: string;
  flat: string | null;
}

export type DocumentKind = 'ID_CARD' | 'PASSPORT' | 'BIRTH_CERTIFICATE';

export interface IdentityDocument {
  kind: DocumentKind;
  number: string;
  issuer: string;
  issuedOn: string;
  /** Null for documents that do not expire (a birth certificate). */
  expiresOn: string | null;
}

export interface Marriage {
  spouseIin: string;
  registeredOn: string;
  /** The registry office (ZAGS) that registered the marriage. */
  registeredBy: string;
  /** The wife's surname before this marriage, when she took her husband's. */
  maidenName: string | null;
  dissolvedOn: string | null;
}

export interface Citizen {
  iin: string;
  surname: string;
  firstName: string;
  patronymic: string | null;
  sex: Sex;
  birthDate: string;
  birthPlace: { region: string; city: string };
  citizenship: 'KZ';
  origin: Origin;
  address: Address;
  documents: IdentityDocument[];
  marriages: Marriage[];
  fatherIin: string | null;
  motherIin: string | null;
  childIins: string[];
}

export interface Population {
  seed: number;
  people: readonly Citizen[];
  byIin: ReadonlyMap<string, Citizen>;
}

export interface PopulationOptions {
  size?: number;
  seed?: number;
}

/** The builder the demo family and the random families share. */
export class PopulationBuilder {
  readonly people: Citizen[] = [];
  readonly byIin = new Map<string, Citizen>();
  private readonly reserved = new Set<string>(DEMO_IINS);
  private readonly nextSerial = new Map<string, number>();

  constructor(
    readonly rnd: Random,
    readonly size: number,
  ) {}

  get full(): boolean {
    return this.people.length >= this.size;
  }

  /** A fresh IIN for a birth date and sex, never one of the demo family's. */
  issueIin(birthDate: string, sex: Sex): string {
    let serial = this.nextSerial.get(birthDate) ?? this.rnd.int(1, 400);
    for (;;) {
      const iin = makeIin(birthDate, sex, serial);
      serial += 1;
      if (iin && !this.reserved.has(iin) && !this.byIin.has(iin)) {
        this.nextSerial.set(birthDate, serial);
        return iin;
      }
    }
  }

  add(person: Citizen): Citizen {
    if (this.byIin.has(person.iin)) throw new Error('duplicate IIN in the synthetic population');
    this.people.push(person);
    this.byIin.set(person.iin, person);
    return person;
  }

  documentsFor(birthDate: string, place: Place): IdentityDocument[] {
    const rnd = this.rnd;
    if (ageOn(birthDate, POPULATION_DATE) < 16) {
      return [
        {
          kind: 'BIRTH_CERTIFICATE',
          number: `${rnd.int(100000000, 999999999)}`,
          issuer: `Отдел ЗАГС ${place.city}`,
          issuedOn: addYears(birthDate, 0),
          expiresOn: null,
        },
      ];
    }
    // ID cards are issued at 16 and reissued every ten years.
    let issuedOn = addYears(birthDate, 16);
    while (addYears(issuedOn, 10) < POPULATION_DATE) issuedOn = addYears(issuedOn, 10);
    const docs: IdentityDocument[] = [
      {
        kind: 'ID_CARD',
        number: `0${rnd.int(10000000, 99999999)}`,
        issuer: 'МВД РК',
        issuedOn,
        expiresOn: addYears(issuedOn, 10),
      },
    ];
    if (rnd.chance(0.3)) {
      const passportOn = rnd.date(issuedOn, POPULATION_DATE);
      docs.push({ kind: 'PASSPORT', number: `N${rnd.int(10000000, 99999999)}`, issuer: 'МВД РК', issuedOn: passportOn, expiresOn: addYears(passportOn, 10) });
    }
    return docs;
  }

  address(place: Place): Address {
    const rnd = this.rnd;
    const flat = rnd.chance(0.7) ? String(rnd.int(1, 240)) : null;
    return { region: place.region, city: place.city, street: rnd.pick(STREETS), house: String(rnd.int(1, 200)), flat };
  }
}

interface NewPerson {
  sex: Sex;
  birthDate: string;
  origin: Origin;
  place: Place;
  address: Address;
  surnameStem: string;
  father?: Citizen;
  mother?: Citizen;
}

function newPerson(b: PopulationBuilder, p: NewPerson): Citizen {
  const names = NAMES[p.origin];
  const firstName = b.rnd.pick(p.sex === 'MALE' ? names.male : names.female);
  const person = b.add({
    iin: b.issueIin(p.birthDate, p.sex),
    surname: surnameFor(p.surnameStem, p.sex),
    firstName,
    patronymic: p.father ? patronymicFor(p.father.firstName, p.sex) : patronymicFor(b.rnd.pick(names.male), p.sex),
    sex: p.sex,
    birthDate: p.birthDate,
    birthPlace: { region: p.place.region, city: p.place.city },
    citizenship: 'KZ',
    origin: p.origin,
    address: p.address,
    documents: b.documentsFor(p.birthDate, p.place),
    marriages: [],
    fatherIin: p.father?.iin ?? null,
    motherIin: p.mother?.iin ?? null,
    childIins: [],
  });
  p.father?.childIins.push(person.iin);
  p.mother?.childIins.push(person.iin);
  return person;
}

/** Registers a marriage on both spouses; the wife takes the husband's surname or keeps hers. */
export function marry(husband: Citizen, wife: Citizen, registeredOn: string, registeredBy: string, takesName: boolean): void {
  const maidenName = takesName ? wife.surname : null;
  if (takesName) wife.surname = surnameFor(husband.surname, 'FEMALE');
  husband.marriages.push({ spouseIin: wife.iin, registeredOn, registeredBy, maidenName, dissolvedOn: null });
  wife.marriages.push({ spouseIin: husband.iin, registeredOn, registeredBy, maidenName, dissolvedOn: null });
}

/** A couple with children; with some chance their grown children found families of their own. */
function addFamily(b: PopulationBuilder, generation: { from: string; to: string }, depth: number, existing?: Citizen): void {
  const rnd = b.rnd;
  const origin: Origin = existing?.origin ?? (rnd.chance(0.7) ? 'KAZAKH' : 'RUSSIAN');
  const place = existing ? PLACES.find((p) => p.city === existing.address.city)! : rnd.pick(PLACES);
  const address = b.address(place);
  const husbandBirth =
    existing?.sex === 'MALE'
      ? existing.birthDate
      : existing
        ? rnd.date(addYears(existing.birthDate, -6), [addYears(existing.birthDate, 3), addYears(POPULATION_DATE, -21)].sort()[0]!)
        : rnd.date(generation.from, generation.to);
  const husband =
    existing?.sex === 'MALE'
      ? existing
      : newPerson(b, {
          sex: 'MALE',
          birthDate: husbandBirth,
          origin,
          place,
          address,
          surnameStem: rnd.pick(NAMES[origin].surnames),
        });
  if (b.full) return;
  const wifeBirth = existing?.sex === 'FEMALE' ? existing.birthDate : rnd.date(addYears(husbandBirth, -3), addYears(husbandBirth, 6));
  if (wifeBirth >= addYears(POPULATION_DATE, -19)) return; // too young to have married
  const wife =
    existing?.sex === 'FEMALE'
      ? existing
      : newPerson(b, {
          sex: 'FEMALE',
          birthDate: wifeBirth,
          origin,
          place,
          address,
          surnameStem: rnd.pick(NAMES[origin].surnames),
        });
  husband.address = wife.address = address;
  const adultFrom = [addYears(husbandBirth, 20), addYears(wifeBirth, 19)].sort()[1]!;
  const registeredOn = rnd.date(adultFrom, [addYears(adultFrom, 8), POPULATION_DATE].sort()[0]!);
  marry(husband, wife, registeredOn, `Отдел ЗАГС ${place.city}`, rnd.chance(0.65));

  const childCount = rnd.pick([0, 1, 1, 2, 2, 2, 3, 3, 4]);
  const lastBirth = [addYears(wifeBirth, 42), POPULATION_DATE].sort()[0]!;
  for (let i = 0; i < childCount && !b.full && addYears(registeredOn, 1) <= lastBirth; i++) {
    const sex: Sex = rnd.chance(0.5) ? 'MALE' : 'FEMALE';
    const child = newPerson(b, {
      sex,
      birthDate: rnd.date(addYears(registeredOn, 1), lastBirth),
      origin,
      place,
      address,
      surnameStem: husband.surname,
      father: husband,
      mother: wife,
    });
    const age = ageOn(child.birthDate, POPULATION_DATE);
    if (age >= 18) child.address = b.address(place);
    if (depth > 0 && age >= 21 && rnd.chance(0.6) && !b.full) {
      addFamily(b, generation, depth - 1, child);
    }
  }
}

/** Generates the population: the demo family first, then families until `size` people. */
export function generatePopulation(options: PopulationOptions = {}): Population {
  const size = options.size ?? DEFAULT_POPULATION_SIZE;
  const seed = options.seed ?? DEFAULT_SEED;
  const b = new PopulationBuilder(createRandom(seed), size);
  addDemoFamily(b);
  while (!b.full) {
    if (b.rnd.chance(0.1)) {
      // a single adult household
      const origin: Origin = b.rnd.chance(0.7) ? 'KAZAKH' : 'RUSSIAN';
      const place = b.rnd.pick(PLACES);
      newPerson(b, {
        sex: b.rnd.chance(0.5) ? 'MALE' : 'FEMALE',
        birthDate: b.rnd.date('1950-01-01', '2006-12-31'),
        origin,
        place,
        address: b.address(place),
        surnameStem: b.rnd.pick(NAMES[origin].surnames),
      });
    } else {
      addFamily(b, { from: '1940-01-01', to: '1995-12-31' }, 1);
    }
  }
  return { seed, people: b.people, byIin: b.byIin };
}

let defaultPopulation: Population | undefined;

/**
 * The population every mock state system in this process serves, built once. Its size and seed
 * come from POPULATION_SIZE and POPULATION_SEED.
 */
export function getPopulation(): Population {
  defaultPopulation ??= generatePopulation({
    size: config().POPULATION_SIZE,
    seed: config().POPULATION_SEED,
  });
  return defaultPopulation;
}
