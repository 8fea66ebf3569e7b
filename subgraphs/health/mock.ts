/**
 * The health system's mock state system: each person's polyclinic attachment and their record with
 * the Social Health Insurance Fund, derived from the person (and their relatives) alone.
 *
 * Attachment follows the registered address: one street of a city goes to one polyclinic, one house
 * to one district, and each district of a polyclinic has one general practitioner and one
 * paediatrician, so neighbours share their doctor. Contributions cover the HISTORY_MONTHS months
 * before the current one, month by month: the state pays while the person is a child or a
 * pensioner (or in another category it pays for); otherwise an employer, the person themselves as an
 * individual entrepreneur, or nobody. A contribution not yet paid on today() is not there yet.
 */
import { addYears, ageOn, MAJORITY_AGE } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import type { Citizen, Population } from '../mocks/population.js';
import { POPULATION_DATE } from '../mocks/population.js';
import { NAMES, patronymicFor, placeOf, surnameFor, type Origin } from '../mocks/places.js';
import { randomFor, type Random } from '../mocks/random.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import { DEMO } from '../mocks/demo-family.js';
import type { DoctorSpecialty, InsuranceStatePaidCategory, PolyclinicAttachmentMethod } from './__generated__/resolvers.js';
import { STATE_PAYER } from './formats.js';
import type { HealthRecord, InsuranceContributionRecord, PolyclinicAttachmentRecord } from './record.js';
import { addMonths, dayOf, firstDayOf, isChildOn, isPensionerOn, lastDayOf, periodOf, pensionDateOf, type Period } from './rules.js';

const SYSTEM = 'health';

/** How many months of contributions the Fund gives: the 24 before the current month. */
export const HISTORY_MONTHS = 24;

// ---------------------------------------------------------------------------------------------
// Amounts

/** The monthly minimum wage (МЗП), tenge. */
export const minimumWage = (year: number): number => (year >= 2024 ? 85_000 : year === 2023 ? 70_000 : 60_000);

/** An individual entrepreneur's own contribution: 5% of 1.4 minimum wages. */
export const selfContribution = (period: Period): number => Math.round(0.05 * 1.4 * minimumWage(Number(period.slice(0, 4))));

/** The state's monthly contribution per person it pays for (illustrative rates, by year). */
export const stateContribution = (period: Period): number => {
  const year = Number(period.slice(0, 4));
  return year <= 2024 ? 4_900 : year === 2025 ? 5_580 : 6_210;
};

// ---------------------------------------------------------------------------------------------
// Payers

type Payer =
  | { kind: 'EMPLOYER'; name: string; amount: number /** Pays on this day of the month itself (with the salary); else in the next month. */; payDay?: number }
  | { kind: 'SELF'; name: string; payDay?: number }
  | { kind: 'STATE' };

/** A payer over a run of months, `from` to `to` inclusive (`to` null: still paying). */
interface Stint {
  from: Period;
  to: Period | null;
  payer: Payer;
}

const STATE: Payer = { kind: 'STATE' };

const NATIONAL_EMPLOYERS = [
  'ТОО «Kaspi Tech»',
  'АО «Казахтелеком»',
  'АО «Народный Банк Казахстана»',
  'АО «Air Astana»',
  'АО «Kcell»',
  'ТОО «Magnum Cash&Carry»',
  'ТОО «Технодом Оператор»',
  'АО «KEGOC»',
  'АО «Казпочта»',
  'АО «Банк ЦентрКредит»',
  'ТОО «Sulpak»',
  'АО «Қазақстан темір жолы»',
  'РГП на ПХВ «Национальный центр экспертизы»',
];
const LOCAL_STEMS = ['Алтын', 'Береке', 'Самал', 'Нур', 'Тау', 'Жулдыз', 'Арман', 'Сапа', 'Дала', 'Ақ жол'];
const LOCAL_KINDS = ['Строй', 'Трейд', 'Сервис', 'Логистик', 'Агро', 'Мебель', 'Авто', 'Фуд'];

function employerFor(rnd: Random): Payer {
  const pick = rnd.next();
  const name =
    pick < 0.3
      ? rnd.pick(NATIONAL_EMPLOYERS)
      : pick < 0.45
        ? `КГУ «Школа-гимназия №${rnd.int(1, 120)}»`
        : pick < 0.55
          ? `ГККП «Ясли-сад №${rnd.int(1, 150)}»`
          : pick < 0.62
            ? `ГКП на ПХВ «Городская поликлиника №${rnd.int(1, 6)}»`
            : `ТОО «${rnd.pick(LOCAL_STEMS)} ${rnd.pick(LOCAL_KINDS)}»`;
  // Employer deductions and the employee's own contributions, 5% of a salary between 1 and 10 minimum wages.
  const salary = rnd.int(85, 850) * 1000;
  return { kind: 'EMPLOYER', name, amount: Math.round(salary * 0.05) };
}

const entrepreneurName = (p: Pick<Citizen, 'surname' | 'firstName' | 'patronymic'>): string =>
  `ИП ${p.surname} ${p.firstName[0]}.${p.patronymic ? `${p.patronymic[0]}.` : ''}`;

const amountOf = (payer: Payer, period: Period): number =>
  payer.kind === 'EMPLOYER' ? payer.amount : payer.kind === 'SELF' ? selfContribution(period) : stateContribution(period);

/** The day a month's contribution is paid: employers and entrepreneurs by the 25th of the next month, the state on the 20th. */
function paymentDay(payer: Payer, period: Period, rnd: Random): string {
  if (payer.kind === 'STATE') return dayOf(addMonths(period, 1), 20);
  if (payer.payDay !== undefined) return dayOf(period, payer.payDay);
  return dayOf(addMonths(period, 1), rnd.int(1, 25));
}

/** The contributions paid by `on` for the HISTORY_MONTHS months before it, newest first. */
function contributionsOf(person: Citizen, on: string, payerAt: (period: Period) => Payer | null, rnd: Random): InsuranceContributionRecord[] {
  const contributions: InsuranceContributionRecord[] = [];
  const current = periodOf(on);
  for (let i = 1; i <= HISTORY_MONTHS; i++) {
    const period = addMonths(current, -i);
    if (lastDayOf(period) < person.birthDate) break;
    const payer = payerAt(period);
    if (!payer) continue;
    const paidOn = paymentDay(payer, period, rnd);
    if (paidOn > on) continue;
    const name = payer.kind === 'STATE' ? STATE_PAYER : payer.name;
    contributions.push({ period, amount: amountOf(payer, period), payer: name, payerKind: payer.kind, paidOn });
  }
  return contributions;
}

/** Who pays for a month: the state for a child or a pensioner (as on the month's first day), else the stints. */
function payerOf(person: Citizen, stints: readonly Stint[]): (period: Period) => Payer | null {
  return (period) => {
    const first = firstDayOf(period);
    if (isChildOn(person.birthDate, first) || isPensionerOn(person.birthDate, person.sex, first)) return STATE;
    return stints.find((s) => s.from <= period && (s.to === null || period <= s.to))?.payer ?? null;
  };
}

const monthsBetween = (from: Period, to: Period): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

const periodBetween = (rnd: Random, from: Period, to: Period): Period => addMonths(from, rnd.int(0, Math.max(0, monthsBetween(from, to))));

/** The person's youngest child, when born. */
function youngestChildBirth(person: Citizen, population: Population): string | null {
  const births = person.childIins
    .map((iin) => population.byIin.get(iin)?.birthDate)
    .filter((d): d is string => !!d)
    .sort();
  return births.at(-1) ?? null;
}

interface Plan {
  category: InsuranceStatePaidCategory | null;
  stints: Stint[];
}

/** The person's place with the Fund today, and who paid for the months of an adult below the pension age. */
function planOf(person: Citizen, population: Population, on: string, rnd: Random): Plan {
  const age = ageOn(person.birthDate, on);
  const current = periodOf(on);
  const last = addMonths(current, -1);
  const earliest = addMonths(current, -HISTORY_MONTHS - 60);
  // The first month the person starts as an adult (their 18th birthday on or before its first day).
  const adultFrom = [addMonths(periodOf(person.birthDate), 18 * 12 + 1), earliest].sort().at(-1)!;
  const work = (): Payer => employerFor(rnd);
  const self = (): Payer => ({ kind: 'SELF', name: entrepreneurName(person) });
  /** A stint up to `to`, begun some months before, or none. */
  const before = (to: Period, p: number): Stint[] =>
    to >= adultFrom && rnd.chance(p) ? [{ from: periodBetween(rnd, adultFrom, addMonths(to, -6)), to, payer: work() }] : [];

  if (isChildOn(person.birthDate, on)) return { category: 'CHILD', stints: [] };
  if (isPensionerOn(person.birthDate, person.sex, on)) {
    const pensionMonth = periodOf(pensionDateOf(person.birthDate, person.sex));
    return { category: 'PENSIONER', stints: before(pensionMonth, 0.7) };
  }
  if (age <= 22 && rnd.chance(0.65)) return { category: 'STUDENT', stints: [{ from: adultFrom, to: null, payer: STATE }] };
  const youngest = person.sex === 'FEMALE' ? youngestChildBirth(person, population) : null;
  if (youngest && ageOn(youngest, on) < 3 && rnd.chance(0.6)) {
    const from = periodOf(youngest);
    return { category: 'CHILD_CARE_LEAVE', stints: [{ from, to: null, payer: STATE }, ...before(addMonths(from, -1), 0.7)] };
  }
  if (rnd.chance(0.03)) return { category: 'DISABILITY', stints: [{ from: adultFrom, to: null, payer: STATE }] };
  if (rnd.chance(0.03)) {
    const from = [addMonths(current, -rnd.int(1, 10)), adultFrom].sort().at(-1)!;
    return { category: 'REGISTERED_UNEMPLOYED', stints: [{ from, to: null, payer: STATE }, ...before(addMonths(from, -rnd.int(1, 3)), 0.8)] };
  }

  if (adultFrom > last) return { category: null, stints: [] };
  const draw = rnd.next();
  if (draw < 0.85) {
    // Employed or self-employed now, since some month; maybe another job before.
    const from = periodBetween(rnd, adultFrom, last);
    const payer = draw < 0.7 ? work() : self();
    // Now and then an employer stops paying (the job ended, or the employer owes the Fund).
    const to = payer.kind === 'EMPLOYER' && rnd.chance(0.08) ? [addMonths(current, -rnd.int(1, 6)), from].sort().at(-1)! : null;
    return { category: null, stints: [{ from, to, payer }, ...before(addMonths(from, -1 - rnd.int(0, 3)), 0.6)] };
  }
  // Not insured: never paid in these months, or stopped paying a while ago.
  if (rnd.chance(0.5)) return { category: null, stints: [] };
  const to = addMonths(current, -rnd.int(4, 20));
  if (to < adultFrom) return { category: null, stints: [] };
  return { category: null, stints: [{ from: periodBetween(rnd, adultFrom, to), to, payer: rnd.chance(0.8) ? work() : self() }] };
}

// ---------------------------------------------------------------------------------------------
// Attachment

const CITY_POLYCLINICS: Readonly<Record<string, number>> = { Алматы: 36, Астана: 18, Шымкент: 14 };
const CITY_CHILDREN_POLYCLINICS: Readonly<Record<string, number>> = { Алматы: 10, Астана: 6, Шымкент: 5 };
const PRIVATE_CLINICS = ['Сункар', 'Мейрим', 'Шипагер', 'Авиценна', 'Денсаулык', 'Рахат'];

/** The polyclinic for an address: one street of a city, one polyclinic; children's polyclinics in the three largest cities. */
function polyclinicFor(city: string, street: string, child: boolean): string {
  const r = randomFor(`${city}|${street}`, 'health-polyclinic');
  const adults = CITY_POLYCLINICS[city] ?? 6;
  const children = CITY_CHILDREN_POLYCLINICS[city];
  const adult = r.chance(0.12) ? `ТОО «Медицинский центр ${r.pick(PRIVATE_CLINICS)}»` : `ГКП на ПХВ «Городская поликлиника №${r.int(1, adults)}»`;
  const forChildren = children ? `ГКП на ПХВ «Детская городская поликлиника №${r.int(1, children)}»` : adult;
  return child ? forChildren : adult;
}

const districtFor = (city: string, street: string, house: string): number => randomFor(`${city}|${street}|${house}`, 'health-district').int(1, 40);

const ALMATY = placeOf('Алматы');
const POLYCLINIC_5 = 'ГКП на ПХВ «Городская поликлиника №5»';
const CHILDREN_POLYCLINIC_3 = 'Детская городская поликлиника №3';
const POLYCLINIC_8 = 'ГКП на ПХВ «Городская поликлиника №8»';

const doctorKey = (city: string, organisation: string, district: number, specialty: DoctorSpecialty): string =>
  `${city}|${organisation}|${district}|${specialty}`;

/** The demo family's doctors, who are everyone's doctors in those districts. */
const FIXED_DOCTORS: ReadonlyMap<string, string> = new Map([
  [doctorKey(ALMATY.city, POLYCLINIC_5, 12, 'GENERAL_PRACTITIONER'), 'Жумабекова Сауле Маратовна'],
  [doctorKey(ALMATY.city, CHILDREN_POLYCLINIC_3, 7, 'PAEDIATRICIAN'), 'Ким Елена Викторовна'],
  [doctorKey(ALMATY.city, CHILDREN_POLYCLINIC_3, 4, 'PAEDIATRICIAN'), 'Омарова Алия Нурлановна'],
  [doctorKey(ALMATY.city, POLYCLINIC_8, 3, 'GENERAL_PRACTITIONER'), 'Петрова Ольга Николаевна'],
]);

/** The district doctor of one specialty in one district of one organisation: always the same person. */
export function doctorFor(city: string, organisation: string, district: number, specialty: DoctorSpecialty): string {
  const key = doctorKey(city, organisation, district, specialty);
  const fixed = FIXED_DOCTORS.get(key);
  if (fixed) return fixed;
  const r = randomFor(key, 'health-doctor');
  const origin: Origin = r.chance(0.65) ? 'KAZAKH' : 'RUSSIAN';
  const sex = r.chance(0.8) ? 'FEMALE' : 'MALE';
  const names = NAMES[origin];
  return [surnameFor(r.pick(names.surnames), sex), r.pick(sex === 'MALE' ? names.male : names.female), patronymicFor(r.pick(names.male), sex)].join(' ');
}

function attachment(
  place: { city: string; region: string },
  organisation: string,
  districtNumber: number,
  specialty: DoctorSpecialty,
  attachedSince: string,
  method: PolyclinicAttachmentMethod,
): PolyclinicAttachmentRecord {
  return {
    organisation: { name: organisation, city: place.city, region: place.region },
    doctor: { fullName: doctorFor(place.city, organisation, districtNumber, specialty), specialty },
    districtNumber,
    attachedSince,
    method,
  };
}

/** Attachment through the e-government portal opened in 2016. */
const PORTAL_SINCE = '2016-01-01';

function attachmentOf(person: Citizen, on: string, rnd: Random): PolyclinicAttachmentRecord | null {
  const child = isChildOn(person.birthDate, on);
  if (!child && !isPensionerOn(person.birthDate, person.sex, on) && rnd.chance(0.04)) return null;
  const { city, region, street, house } = person.address;
  const organisation = polyclinicFor(city, street, child);
  const specialty: DoctorSpecialty = child ? 'PAEDIATRICIAN' : 'GENERAL_PRACTITIONER';
  const district = districtFor(city, street, house);
  if (child) {
    if (rnd.chance(0.8)) return attachment({ city, region }, organisation, district, specialty, person.birthDate, 'AUTOMATIC');
    const since = rnd.date(person.birthDate, POPULATION_DATE);
    return attachment({ city, region }, organisation, district, specialty, since, rnd.chance(0.5) && since >= PORTAL_SINCE ? 'PORTAL' : 'IN_PERSON');
  }
  const from = [addYears(person.birthDate, MAJORITY_AGE), '2008-01-01'].sort()[1]!;
  const since = rnd.date(from, [POPULATION_DATE, on].sort()[0]!);
  const draw = rnd.next();
  const method: PolyclinicAttachmentMethod = draw < 0.15 ? 'AUTOMATIC' : draw < 0.6 && since >= PORTAL_SINCE ? 'PORTAL' : 'IN_PERSON';
  return attachment({ city, region }, organisation, district, specialty, since, method);
}

// ---------------------------------------------------------------------------------------------
// The demo family (subgraphs/mocks/demo-family.ts), hand-written

function demoRecordOf(person: Citizen, on: string): HealthRecord | undefined {
  const rnd = randomFor(person.iin, SYSTEM);
  const paediatrician = (district: number, since: string, method: PolyclinicAttachmentMethod) =>
    attachment(ALMATY, CHILDREN_POLYCLINIC_3, district, 'PAEDIATRICIAN', since, method);
  const child = (district: number, since: string, method: PolyclinicAttachmentMethod): HealthRecord => ({
    iin: person.iin,
    attachment: paediatrician(district, since, method),
    insurance: { statePaidCategory: 'CHILD', contributions: contributionsOf(person, on, payerOf(person, []), rnd) },
  });
  const always = (payer: Payer): Stint[] => [{ from: '1900-01', to: null, payer }];
  switch (person.iin) {
    case DEMO.user:
      return {
        iin: person.iin,
        attachment: attachment(ALMATY, POLYCLINIC_5, 12, 'GENERAL_PRACTITIONER', '2019-09-02', 'PORTAL'),
        insurance: {
          statePaidCategory: null,
          contributions: contributionsOf(person, on, payerOf(person, always({ kind: 'EMPLOYER', name: 'ТОО «Kaspi Tech»', amount: 13_500, payDay: 25 })), rnd),
        },
      };
    case DEMO.wife:
      return {
        iin: person.iin,
        attachment: attachment(ALMATY, POLYCLINIC_5, 12, 'GENERAL_PRACTITIONER', '2019-10-14', 'PORTAL'),
        insurance: {
          statePaidCategory: null,
          contributions: contributionsOf(person, on, payerOf(person, always({ kind: 'SELF', name: 'ИП Ахметова А.Б.', payDay: 20 })), rnd),
        },
      };
    case DEMO.daughter:
      return child(7, '2021-05-10', 'AUTOMATIC');
    case DEMO.son:
      return child(7, '2023-09-01', 'AUTOMATIC');
    case DEMO.elderSon:
      return child(4, '2014-06-10', 'IN_PERSON');
    case DEMO.father: {
      // Worked until his 63rd birthday (2025-11-11); the state pays from the month after.
      const work: Payer = { kind: 'EMPLOYER', name: 'АО «Казахтелеком»', amount: 9_600, payDay: 20 };
      return {
        iin: person.iin,
        attachment: attachment(ALMATY, POLYCLINIC_8, 3, 'GENERAL_PRACTITIONER', '2012-03-05', 'IN_PERSON'),
        insurance: {
          statePaidCategory: isPensionerOn(person.birthDate, person.sex, on) ? 'PENSIONER' : null,
          contributions: contributionsOf(person, on, payerOf(person, always(work)), rnd),
        },
      };
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------

/** What the health system knows of a person: everyone has a record (possibly not attached, no contributions). */
export function healthRecordOf(person: Citizen, population: Population): HealthRecord {
  const on = today();
  const demo = demoRecordOf(person, on);
  if (demo) return demo;
  const rnd = randomFor(person.iin, SYSTEM);
  const plan = planOf(person, population, on, rnd);
  return {
    iin: person.iin,
    attachment: attachmentOf(person, on, rnd),
    insurance: { statePaidCategory: plan.category, contributions: contributionsOf(person, on, payerOf(person, plan.stints), rnd) },
  };
}

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: SYSTEM, recordOf: healthRecordOf, population });
