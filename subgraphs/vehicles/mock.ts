/**
 * The vehicle and driving-licence registries' mock state system: each person's vehicles and
 * licence, derived from the person alone (deterministic), as of the population's date.
 */
import { addYears, ageOn } from '../../schema/dates.js';
import { DEMO } from '../mocks/demo-family.js';
import { PLACES, placeOf } from '../mocks/places.js';
import { POPULATION_DATE, type Citizen, type Population } from '../mocks/population.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import { randomFor, type Random } from '../mocks/random.js';
import type { DrivingLicenceCategory } from './__generated__/resolvers.js';
import { CATEGORY_MIN_AGE, inOfficialOrder, vinCheckDigit, vinYearCode } from './formats.js';
import type { DrivingLicenceRecord, VehicleRecord, VehiclesRecord } from './record.js';

/** The demo family's records, exactly as the demo family (subgraphs/mocks/demo-family.ts) fixes them. */
export const DEMO_RECORDS: Readonly<Record<string, Omit<VehiclesRecord, 'iin'>>> = {
  [DEMO.user]: {
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
    // Expired on 2026-04-20 and not yet renewed: the dossier must show it.
    drivingLicence: { number: 'AA123456', categories: ['B', 'BE'], issued: '2016-04-20', expires: '2026-04-20', firstIssued: '2006-04-25' },
  },
  [DEMO.wife]: {
    vehicles: [],
    // First licence 2012-09-10, renewed in 2022 for ten years.
    drivingLicence: { number: 'AN587203', categories: ['B'], issued: '2022-09-10', expires: '2032-09-10', firstIssued: '2012-09-10' },
  },
  [DEMO.daughter]: { vehicles: [], drivingLicence: null },
  [DEMO.son]: { vehicles: [], drivingLicence: null },
  [DEMO.elderSon]: { vehicles: [], drivingLicence: null },
};

interface Model {
  make: string;
  model: string;
  /** World manufacturer identifier (VIN positions 1-3) of the plant that builds it. */
  wmi: string;
  from: number;
  to: number;
  /** Relative frequency on Kazakhstan's roads. */
  weight: number;
}

const LAST_MODEL_YEAR = Number(POPULATION_DATE.slice(0, 4)) - 1;

const MODELS: readonly Model[] = [
  { make: 'Toyota', model: 'Camry', wmi: 'JTN', from: 1997, to: LAST_MODEL_YEAR, weight: 9 },
  { make: 'Toyota', model: 'Corolla', wmi: 'JTD', from: 1995, to: LAST_MODEL_YEAR, weight: 5 },
  { make: 'Toyota', model: 'RAV4', wmi: 'JTM', from: 2000, to: LAST_MODEL_YEAR, weight: 4 },
  { make: 'Toyota', model: 'Land Cruiser Prado', wmi: 'JTE', from: 2003, to: LAST_MODEL_YEAR, weight: 3 },
  { make: 'Toyota', model: 'Land Cruiser 200', wmi: 'JTM', from: 2008, to: 2021, weight: 1 },
  { make: 'Hyundai', model: 'Accent', wmi: 'KMH', from: 2000, to: 2019, weight: 5 },
  { make: 'Hyundai', model: 'Elantra', wmi: 'KMH', from: 2005, to: LAST_MODEL_YEAR, weight: 4 },
  { make: 'Hyundai', model: 'Tucson', wmi: 'KMH', from: 2005, to: LAST_MODEL_YEAR, weight: 4 },
  { make: 'Hyundai', model: 'Sonata', wmi: 'KMH', from: 2005, to: LAST_MODEL_YEAR, weight: 2 },
  { make: 'Hyundai', model: 'Creta', wmi: 'Z94', from: 2016, to: LAST_MODEL_YEAR, weight: 3 },
  { make: 'Kia', model: 'Rio', wmi: 'Z94', from: 2011, to: LAST_MODEL_YEAR, weight: 4 },
  { make: 'Kia', model: 'Sportage', wmi: 'KNA', from: 2005, to: LAST_MODEL_YEAR, weight: 3 },
  { make: 'Kia', model: 'K5', wmi: 'KNA', from: 2020, to: LAST_MODEL_YEAR, weight: 2 },
  { make: 'Kia', model: 'Cerato', wmi: 'KNA', from: 2009, to: LAST_MODEL_YEAR, weight: 2 },
  { make: 'Lada', model: 'Granta', wmi: 'XTA', from: 2012, to: LAST_MODEL_YEAR, weight: 5 },
  { make: 'Lada', model: 'Vesta', wmi: 'XTA', from: 2015, to: LAST_MODEL_YEAR, weight: 3 },
  { make: 'Lada', model: 'Niva', wmi: 'XTA', from: 1995, to: LAST_MODEL_YEAR, weight: 3 },
  { make: 'Lada', model: 'Priora', wmi: 'XTA', from: 2008, to: 2018, weight: 2 },
  { make: 'Lada', model: '2107', wmi: 'XTA', from: 1995, to: 2012, weight: 2 },
  { make: 'Chevrolet', model: 'Cobalt', wmi: 'XWB', from: 2013, to: LAST_MODEL_YEAR, weight: 4 },
  { make: 'Chevrolet', model: 'Nexia', wmi: 'XWB', from: 2016, to: LAST_MODEL_YEAR, weight: 3 },
  { make: 'Chevrolet', model: 'Onix', wmi: 'XWB', from: 2023, to: LAST_MODEL_YEAR, weight: 2 },
  { make: 'Chevrolet', model: 'Spark', wmi: 'XWB', from: 2010, to: 2022, weight: 1 },
  { make: 'Volkswagen', model: 'Polo', wmi: 'XW8', from: 2010, to: 2020, weight: 3 },
  { make: 'Volkswagen', model: 'Passat', wmi: 'WVW', from: 1995, to: 2015, weight: 2 },
  { make: 'Volkswagen', model: 'Golf', wmi: 'WVW', from: 1995, to: 2015, weight: 1 },
  { make: 'Nissan', model: 'Almera', wmi: 'Z8N', from: 2013, to: 2018, weight: 2 },
  { make: 'Nissan', model: 'X-Trail', wmi: 'JN1', from: 2001, to: 2022, weight: 2 },
  { make: 'Mitsubishi', model: 'Pajero', wmi: 'JMB', from: 1995, to: 2021, weight: 2 },
  { make: 'Mitsubishi', model: 'Outlander', wmi: 'JMB', from: 2003, to: 2022, weight: 2 },
  { make: 'Lexus', model: 'RX 350', wmi: 'JTJ', from: 2007, to: 2022, weight: 2 },
  { make: 'Lexus', model: 'LX 570', wmi: 'JTJ', from: 2008, to: 2021, weight: 1 },
  { make: 'Mercedes-Benz', model: 'E 200', wmi: 'WDD', from: 1995, to: 2022, weight: 2 },
  { make: 'Audi', model: 'A6', wmi: 'WAU', from: 1997, to: 2020, weight: 2 },
  { make: 'Audi', model: '80', wmi: 'WAU', from: 1995, to: 1996, weight: 1 },
  { make: 'Daewoo', model: 'Nexia', wmi: 'XWB', from: 1995, to: 2016, weight: 3 },
  { make: 'Daewoo', model: 'Matiz', wmi: 'XWB', from: 1998, to: 2015, weight: 2 },
  { make: 'Opel', model: 'Astra', wmi: 'W0L', from: 1995, to: 2015, weight: 2 },
  { make: 'Opel', model: 'Vectra', wmi: 'W0L', from: 1995, to: 2008, weight: 1 },
  { make: 'Haval', model: 'Jolion', wmi: 'LGW', from: 2021, to: LAST_MODEL_YEAR, weight: 2 },
  { make: 'Chery', model: 'Tiggo 7 Pro', wmi: 'LVV', from: 2020, to: LAST_MODEL_YEAR, weight: 2 },
  { make: 'ГАЗ', model: 'ГАЗель', wmi: 'X96', from: 1995, to: LAST_MODEL_YEAR, weight: 1 },
];
const MODEL_POOL: readonly Model[] = MODELS.flatMap((m) => Array<Model>(m.weight).fill(m));

const COLOURS: readonly string[] = [
  'Белый',
  'Белый',
  'Белый',
  'Серебристый',
  'Серебристый',
  'Серый',
  'Серый',
  'Чёрный',
  'Чёрный',
  'Синий',
  'Красный',
  'Бежевый',
  'Зелёный',
  'Коричневый',
  'Вишнёвый',
];

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const DAY_MS = 86_400_000;

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const earlier = (a: string, b: string): string => (a < b ? a : b);
const later = (a: string, b: string): string => (a > b ? a : b);
/** The last day of the synthetic world: every generated date is before POPULATION_DATE. */
const LAST_DAY = addDays(POPULATION_DATE, -1);

const letters = (rnd: Random, n: number, alphabet = LATIN): string => Array.from({ length: n }, () => alphabet[rnd.int(0, alphabet.length - 1)]).join('');
const digits = (rnd: Random, n: number): string => String(rnd.int(0, 10 ** n - 1)).padStart(n, '0');

/** The vehicle registration region code of the person's registered address. */
const plateCodeOf = (person: Citizen): string => (PLACES.find((p) => p.region === person.address.region) ?? placeOf(person.address.city)).plateCode;

function vinFor(rnd: Random, model: Model, year: number): string {
  const draft = `${model.wmi}${letters(rnd, 5, VIN_ALPHABET)}0${vinYearCode(year)}${letters(rnd, 1, VIN_ALPHABET)}${digits(rnd, 6)}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}

function vehicleFor(rnd: Random, person: Citizen): VehicleRecord {
  const model = rnd.pick(MODEL_POOL);
  const year = rnd.int(model.from, model.to);
  // Registered to this owner once the car existed and the owner was an adult; used cars change hands later.
  const from = later(`${year}-01-01`, addYears(person.birthDate, 18));
  return {
    plate: `${String(rnd.int(1, 999)).padStart(3, '0')} ${letters(rnd, 3)} ${plateCodeOf(person)}`,
    vin: vinFor(rnd, model, year),
    make: model.make,
    model: model.model,
    year,
    colour: rnd.pick(COLOURS),
    registeredSince: rnd.date(from, earlier(addYears(from, 12), LAST_DAY)),
    registrationCertificate: `${letters(rnd, 2)}${digits(rnd, 8)}`,
  };
}

/** Categories beyond B for an adult driver, each one only when the holder was old enough on `issued`. */
function extraCategories(rnd: Random, person: Citizen, issued: string): DrivingLicenceCategory[] {
  const male = person.sex === 'MALE';
  const extra: DrivingLicenceCategory[] = [];
  if (rnd.chance(male ? 0.12 : 0.03)) extra.push('A');
  else if (rnd.chance(0.03)) extra.push('A1');
  if (rnd.chance(male ? 0.15 : 0.03)) extra.push('BE');
  if (male && rnd.chance(0.2)) {
    extra.push(rnd.chance(0.7) ? 'C' : 'C1');
    if (rnd.chance(0.4)) extra.push(extra.includes('C') ? 'CE' : 'C1E');
  }
  const age = ageOn(person.birthDate, issued);
  if (male && rnd.chance(0.06) && age >= CATEGORY_MIN_AGE.D) {
    extra.push(rnd.chance(0.6) ? 'D' : 'D1');
    if (rnd.chance(0.3)) extra.push(extra.includes('D') ? 'DE' : 'D1E');
  }
  if (rnd.chance(0.005) && age >= CATEGORY_MIN_AGE.Tm) extra.push(rnd.chance(0.5) ? 'Tm' : 'Tb');
  return extra;
}

function licenceFor(rnd: Random, person: Citizen): DrivingLicenceRecord | null {
  const age = ageOn(person.birthDate, POPULATION_DATE);
  if (age < 16) return null;
  const number = `${letters(rnd, 2)}${digits(rnd, 6)}`;
  if (age < 18) {
    // A teenager may hold only a light-motorcycle or tricycle licence.
    if (!rnd.chance(0.04)) return null;
    const issued = rnd.date(addYears(person.birthDate, 16), LAST_DAY);
    return { number, categories: [rnd.chance(0.5) ? 'A1' : 'B1'], issued, expires: addYears(issued, 10), firstIssued: issued };
  }
  const share = (person.sex === 'MALE' ? 0.64 : 0.42) * (age >= 70 ? 0.5 : 1);
  if (!rnd.chance(share)) return null;
  const firstIssued = rnd.date(addYears(person.birthDate, 18), earlier(addYears(person.birthDate, 40), LAST_DAY));
  // Renewed a few weeks before each expiry, unless the holder let the last one lapse.
  let issued = firstIssued;
  const lapses = rnd.chance(0.08);
  for (;;) {
    const renewal = addDays(addYears(issued, 10), -rnd.int(0, 60));
    if (renewal > LAST_DAY || (lapses && addYears(renewal, 10) > LAST_DAY)) break;
    issued = renewal;
  }
  const categories = inOfficialOrder(['B', ...extraCategories(rnd, person, issued)]);
  return { number, categories, issued, expires: addYears(issued, 10), firstIssued };
}

/** The person's vehicles and licence; every person of the population has a record. */
export function vehiclesRecordOf(person: Citizen, _population: Population): VehiclesRecord {
  const demo = DEMO_RECORDS[person.iin];
  if (demo) return { iin: person.iin, ...demo };
  const rnd = randomFor(person.iin, 'vehicles');
  const drivingLicence = licenceFor(rnd, person);
  const adult = ageOn(person.birthDate, POPULATION_DATE) >= 18;
  const owns = adult && rnd.chance(drivingLicence ? 0.55 : 0.1);
  const vehicles = owns ? Array.from({ length: rnd.chance(0.8) ? 1 : 2 }, () => vehicleFor(rnd, person)) : [];
  return { iin: person.iin, vehicles, drivingLicence };
}

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: 'vehicles', recordOf: vehiclesRecordOf, population });
