/**
 * The mock business register: who is an individual entrepreneur (ИП) and who holds a share in or
 * heads a legal entity, derived from the person alone (deterministic). Two state systems read it:
 * the property section serves it as the register's record, and the e-licensing database issues
 * licences to those entrepreneurs and companies; both draw from here so they agree.
 */
import { addYears, ageOn } from '../../schema/dates.js';
import { makeBin } from '../../schema/bin.js';
import { DEMO } from './demo-family.js';
import { PLACES, type Place } from './places.js';
import { POPULATION_DATE, type Citizen } from './population.js';
import { randomFor, type Random } from './random.js';

export type EntrepreneurStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';
export type TaxRegime = 'GENERAL' | 'SIMPLIFIED_DECLARATION' | 'RETAIL_TAX' | 'FARM';
export type LegalEntityRole = 'FOUNDER' | 'PARTICIPANT' | 'DIRECTOR';

export interface Entrepreneur {
  registeredOn: string;
  tradeName: string;
  activity: string;
  /** Code in the general classifier of economic activities (ОКЭД), e.g. `85.59`. */
  activityCode: string;
  status: EntrepreneurStatus;
  statusSince: string;
  taxRegime: TaxRegime;
}

export interface LegalEntityShare {
  bin: string;
  name: string;
  /** Null for a role without a share (a director). */
  sharePercent: number | null;
  role: LegalEntityRole;
  since: string;
}

export interface BusinessRegistration {
  /** Null when the person was never registered as an individual entrepreneur. */
  entrepreneur: Entrepreneur | null;
  legalEntityShares: LegalEntityShare[];
}

/** The demo family's registrations (DESIGN.md): only the wife is an entrepreneur; nobody holds shares. */
const DEMO_REGISTRATIONS: ReadonlyMap<string, BusinessRegistration> = new Map<string, BusinessRegistration>([
  [DEMO.user, { entrepreneur: null, legalEntityShares: [] }],
  [
    DEMO.wife,
    {
      entrepreneur: {
        registeredOn: '2022-03-01',
        tradeName: 'ИП Сейткали',
        activity: 'Услуги в области образования',
        activityCode: '85.59',
        status: 'ACTIVE',
        statusSince: '2022-03-01',
        taxRegime: 'SIMPLIFIED_DECLARATION',
      },
      legalEntityShares: [],
    },
  ],
  [DEMO.father, { entrepreneur: null, legalEntityShares: [] }],
]);

/** Whether the register's record of this person is fixed by hand (the demo family's). */
export const isFixedRegistration = (iin: string): boolean => DEMO_REGISTRATIONS.has(iin);

interface Activity {
  code: string;
  name: string;
  regimes: readonly TaxRegime[];
}

/** Main activities of individual entrepreneurs, by their ОКЭД code. */
export const ACTIVITIES: readonly Activity[] = [
  { code: '47.19', name: 'Розничная торговля в неспециализированных магазинах', regimes: ['SIMPLIFIED_DECLARATION', 'RETAIL_TAX', 'GENERAL'] },
  { code: '47.71', name: 'Розничная торговля одеждой', regimes: ['SIMPLIFIED_DECLARATION', 'RETAIL_TAX'] },
  { code: '49.41', name: 'Грузовые перевозки автомобильным транспортом', regimes: ['SIMPLIFIED_DECLARATION', 'GENERAL'] },
  { code: '96.02', name: 'Услуги парикмахерских и салонов красоты', regimes: ['SIMPLIFIED_DECLARATION'] },
  { code: '62.01', name: 'Разработка программного обеспечения', regimes: ['SIMPLIFIED_DECLARATION', 'GENERAL'] },
  { code: '56.10', name: 'Деятельность ресторанов и услуги по доставке продуктов питания', regimes: ['SIMPLIFIED_DECLARATION', 'RETAIL_TAX', 'GENERAL'] },
  { code: '45.20', name: 'Техническое обслуживание и ремонт автотранспортных средств', regimes: ['SIMPLIFIED_DECLARATION'] },
  { code: '43.39', name: 'Прочие отделочные и завершающие работы', regimes: ['SIMPLIFIED_DECLARATION', 'GENERAL'] },
  { code: '85.59', name: 'Услуги в области образования', regimes: ['SIMPLIFIED_DECLARATION'] },
  { code: '74.20', name: 'Деятельность в области фотографии', regimes: ['SIMPLIFIED_DECLARATION'] },
  { code: '01.11', name: 'Выращивание зерновых и зернобобовых культур', regimes: ['FARM', 'GENERAL'] },
  { code: '01.41', name: 'Разведение молочного крупного рогатого скота', regimes: ['FARM'] },
  { code: '86.23', name: 'Стоматологическая деятельность', regimes: ['SIMPLIFIED_DECLARATION', 'GENERAL'] },
  {
    code: '47.73',
    name: 'Розничная торговля фармацевтическими товарами в специализированных магазинах',
    regimes: ['SIMPLIFIED_DECLARATION', 'RETAIL_TAX', 'GENERAL'],
  },
  { code: '49.39', name: 'Прочие виды сухопутного пассажирского транспорта', regimes: ['SIMPLIFIED_DECLARATION', 'GENERAL'] },
];

const BRAND_FIRST = ['Nomad', 'Алтын', 'Сункар', 'Dala', 'Береке', 'Steppe', 'Tengri', 'Жетысу', 'Ак Жол', 'Qazaq', 'Алатау', 'East'];
const BRAND_SECOND = ['Logistics', 'Строй', 'Trade', 'Group', 'Сервис', 'Agro', 'Consulting', 'Invest', 'Market', 'Tech', 'Курылыс', 'Food'];

const later = (a: string, b: string): string => (a > b ? a : b);
const placeOfRegion = (region: string): Place => PLACES.find((p) => p.region === region) ?? PLACES[1]!;
const isAdult = (p: Citizen, age: number): boolean => ageOn(p.birthDate, POPULATION_DATE) >= age;

function entrepreneurOf(person: Citizen): Entrepreneur | null {
  const age = ageOn(person.birthDate, POPULATION_DATE);
  if (age < 20 || age > 70) return null;
  const rnd = randomFor(person.iin, 'property:entrepreneur');
  if (!rnd.chance(0.09)) return null;
  const registeredOn = rnd.date(later(addYears(person.birthDate, 20), '2005-01-01'), POPULATION_DATE);
  const activity = rnd.pick(ACTIVITIES);
  const roll = rnd.next();
  const status = roll < 0.75 ? 'ACTIVE' : roll < 0.85 ? 'SUSPENDED' : 'CLOSED';
  return {
    registeredOn,
    tradeName: rnd.chance(0.6) ? `ИП ${person.surname}` : `ИП «${rnd.pick(BRAND_FIRST)}»`,
    activity: activity.name,
    activityCode: activity.code,
    status,
    statusSince: status === 'ACTIVE' ? registeredOn : rnd.date(registeredOn, POPULATION_DATE),
    taxRegime: rnd.pick(activity.regimes),
  };
}

function binFor(registeredOn: string, type: 4 | 5 | 6, attribute: 0 | 1 | 2 | 3, rnd: Random): string {
  for (let serial = rnd.int(1, 99_999); ; serial += 1) {
    const bin = makeBin(registeredOn, type, attribute, serial);
    if (bin) return bin;
  }
}

function legalEntitySharesOf(person: Citizen): LegalEntityShare[] {
  if (!isAdult(person, 23)) return [];
  const rnd = randomFor(person.iin, 'property:legal-entities');
  if (!rnd.chance(0.07)) return [];
  const count = rnd.chance(0.2) ? 2 : 1;
  const shares: LegalEntityShare[] = [];
  const from = later(addYears(person.birthDate, 21), '1998-01-01');
  for (let i = 0; i < count; i++) {
    const brand = `${rnd.pick(BRAND_FIRST)} ${rnd.pick(BRAND_SECOND)}`;
    const roll = rnd.next();
    if (roll < 0.55) {
      const registeredOn = rnd.date(from, POPULATION_DATE);
      shares.push({
        bin: binFor(registeredOn, 4, 0, rnd),
        name: `ТОО «${brand}»`,
        sharePercent: rnd.pick([100, 100, 50, 60, 40, 25]),
        role: 'FOUNDER',
        since: registeredOn,
      });
    } else if (roll < 0.8) {
      const registeredOn = rnd.date('1998-01-01', POPULATION_DATE);
      const since = rnd.date(later(registeredOn, from), POPULATION_DATE);
      shares.push({
        bin: binFor(registeredOn, 4, 0, rnd),
        name: `ТОО «${brand}»`,
        sharePercent: rnd.pick([10, 15, 20, 25, 30, 49]),
        role: 'PARTICIPANT',
        since,
      });
    } else {
      const registeredOn = rnd.date('1998-01-01', POPULATION_DATE);
      const since = rnd.date(later(registeredOn, from), POPULATION_DATE);
      const branch = rnd.chance(0.3);
      const city = placeOfRegion(person.address.region).city;
      shares.push({
        bin: branch ? binFor(registeredOn, 6, 1, rnd) : binFor(registeredOn, 4, 0, rnd),
        name: branch ? `Филиал ТОО «${brand}» в г. ${city}` : `ТОО «${brand}»`,
        sharePercent: null,
        role: 'DIRECTOR',
        since,
      });
    }
  }
  return shares;
}

/** The person's record in the business register. */
export function businessRegistrationOf(person: Citizen): BusinessRegistration {
  return DEMO_REGISTRATIONS.get(person.iin) ?? { entrepreneur: entrepreneurOf(person), legalEntityShares: legalEntitySharesOf(person) };
}
