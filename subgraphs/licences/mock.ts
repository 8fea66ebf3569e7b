/**
 * The e-licensing database's mock state system: each person's licences, derived from their record
 * in the mock business register (subgraphs/mocks/business-register.ts, the one the property
 * section serves), so the two agree:
 * - an individual entrepreneur whose main activity is licensed holds that licence (dentistry 86.23:
 *   medical; pharmacy 47.73: pharmaceutical; passenger transport 49.39; finishing works 43.39:
 *   construction; restaurants 56.10 and shops 47.19 now and then: alcohol retail), issued after the
 *   registration, in the trade name; it was terminated the day the entrepreneur closed;
 * - a legal entity the person owns a share in may hold one, issued after the entity's registration
 *   (the month its BIN encodes), the activity fitting its name where the name says it (`Строй`);
 * - a few adults hold a licence in their own name: advocates and notaries.
 * Education services (85.59, the demo wife's) need no licence: additional education is not a
 * licensed activity, so the demo family holds none.
 */
import { binRegistrationMonth } from '../../schema/bin.js';
import { addYears, ageOn } from '../../schema/dates.js';
import { businessRegistrationOf, type Entrepreneur, type LegalEntityShare } from '../mocks/business-register.js';
import { PLACES, STREETS } from '../mocks/places.js';
import { POPULATION_DATE, type Citizen, type Population } from '../mocks/population.js';
import { randomFor, type Random } from '../mocks/random.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import type { LicensedActivity } from './__generated__/resolvers.js';
import { ACTIVITIES, STATUS_REASONS } from './formats.js';
import type { LicenceAnnexRecord, LicenceHolderRecord, LicenceRecord, LicencesRecord } from './record.js';

/** The licence an entrepreneur's main activity (ОКЭД) needs, and how many such entrepreneurs hold it. */
export const ENTREPRENEUR_LICENCES: Readonly<Record<string, { activity: LicensedActivity; subtype: string | null; share: number }>> = {
  '86.23': { activity: 'MEDICAL', subtype: 'Стоматологическая помощь', share: 0.95 },
  '47.73': { activity: 'PHARMACEUTICAL', subtype: 'Розничная реализация лекарственных средств', share: 0.95 },
  '49.39': { activity: 'PASSENGER_TRANSPORT', subtype: 'Междугородные межобластные перевозки', share: 0.9 },
  '43.39': { activity: 'CONSTRUCTION', subtype: 'Строительно-монтажные работы, III категория', share: 0.6 },
  '56.10': { activity: 'ALCOHOL_RETAIL', subtype: null, share: 0.35 },
  '47.19': { activity: 'ALCOHOL_RETAIL', subtype: null, share: 0.3 },
};

/** Licences began to be issued electronically in 2008; nothing earlier is in the database. */
const EARLIEST = '2008-01-01';
const LAST_DAY = '2025-12-31';
const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);
const regionOf = (person: Citizen): string => (PLACES.find((p) => p.region === person.address.region) ?? PLACES[1]!).region;

const licenceNumber = (issuedOn: string, rnd: Random): string => `${issuedOn.slice(2, 4)}${String(rnd.int(1, 999_999)).padStart(6, '0')}`;
const businessAddress = (person: Citizen, rnd: Random): string =>
  `${person.address.region.startsWith('г. ') ? '' : `${person.address.region}, `}г. ${person.address.city}, ${rnd.pick(STREETS)}, ${rnd.int(1, 250)}`;

interface Draft {
  activity: LicensedActivity;
  subtype: string | null;
  holder: LicenceHolderRecord;
  region: string;
  /** Issued on a day in [from, to]. */
  from: string;
  to: string;
  /** Terminated on this day for this reason (a closed business), whatever the draw. */
  terminated?: { on: string; reason: string } | null;
  place: string | null;
}

function licence(d: Draft, rnd: Random): LicenceRecord {
  const issuedOn = rnd.date(d.from, d.to);
  const entry = ACTIVITIES[d.activity];
  let status: LicenceRecord['status'] = 'VALID';
  let statusSince = issuedOn;
  let statusReason: string | null = null;
  const roll = rnd.next();
  if (d.terminated) {
    [status, statusSince, statusReason] = ['TERMINATED', d.terminated.on, d.terminated.reason];
  } else if (roll < 0.05) {
    [status, statusSince, statusReason] = ['SUSPENDED', rnd.date(issuedOn, LAST_DAY), rnd.pick(STATUS_REASONS.SUSPENDED)];
  } else if (roll < 0.07) {
    [status, statusSince, statusReason] = ['REVOKED', rnd.date(issuedOn, LAST_DAY), STATUS_REASONS.REVOKED[0]!];
  } else if (roll < 0.11) {
    [status, statusSince, statusReason] = ['TERMINATED', rnd.date(issuedOn, LAST_DAY), 'Добровольный возврат лицензии'];
  }
  const annexes: LicenceAnnexRecord[] = [];
  if (entry.subtypes.length > 0) {
    const subtypes = [d.subtype ?? rnd.pick(entry.subtypes), ...(rnd.chance(0.25) ? [rnd.pick(entry.subtypes)] : [])];
    [...new Set(subtypes)].forEach((subtype, i) => {
      annexes.push({
        number: String(i + 1).padStart(3, '0'),
        subtype,
        issuedOn: i === 0 ? issuedOn : rnd.date(issuedOn, status === 'VALID' ? d.to : statusSince),
        placeOfActivity: d.place,
      });
    });
  }
  return {
    number: licenceNumber(issuedOn, rnd),
    activity: d.activity,
    subtype: annexes[0]?.subtype ?? null,
    holder: d.holder,
    licensor: entry.licensor(d.region),
    issuedOn,
    status,
    statusSince,
    statusReason,
    annexes,
  };
}

function entrepreneurLicences(person: Citizen, e: Entrepreneur): LicenceRecord[] {
  const needs = ENTREPRENEUR_LICENCES[e.activityCode];
  const rnd = randomFor(person.iin, 'licences:entrepreneur');
  if (!needs || !rnd.chance(needs.share)) return [];
  const closed = e.status === 'CLOSED';
  const to = closed ? e.statusSince : LAST_DAY;
  const fixedPlace = needs.activity !== 'PASSENGER_TRANSPORT';
  return [
    licence(
      {
        activity: needs.activity,
        subtype: needs.subtype,
        holder: { kind: 'INDIVIDUAL_ENTREPRENEUR', name: e.tradeName, bin: null },
        region: regionOf(person),
        from: earlier(later(e.registeredOn, EARLIEST), to),
        to,
        terminated: closed ? { on: e.statusSince, reason: 'Прекращение деятельности индивидуального предпринимателя' } : null,
        place: fixedPlace ? businessAddress(person, rnd) : null,
      },
      rnd,
    ),
  ];
}

/** The activity a company's name points to, or a draw among those companies hold. */
function companyActivity(name: string, rnd: Random): LicensedActivity {
  if (/Строй|Курылыс/.test(name)) return 'CONSTRUCTION';
  if (/Logistics/.test(name)) return 'PASSENGER_TRANSPORT';
  if (/Сервис/.test(name)) return 'SECURITY';
  if (/Food|Market/.test(name)) return 'ALCOHOL_RETAIL';
  if (/Trade/.test(name)) return 'PHARMACEUTICAL';
  return rnd.pick(['MEDICAL', 'EDUCATIONAL', 'SECURITY', 'PHARMACEUTICAL'] as const);
}

function companyLicences(person: Citizen, share: LegalEntityShare): LicenceRecord[] {
  // drawn from the entity's own stream: the same licence for every owner of one company
  const rnd = randomFor(share.bin, 'licences:entity');
  if (share.sharePercent === null || !rnd.chance(0.4)) return [];
  const activity = companyActivity(share.name, rnd);
  const registered = `${binRegistrationMonth(share.bin)}-01`;
  return [
    licence(
      {
        activity,
        subtype: null,
        holder: { kind: 'LEGAL_ENTITY', name: share.name, bin: share.bin },
        region: regionOf(person),
        from: earlier(later(registered, EARLIEST), LAST_DAY),
        to: LAST_DAY,
        place: activity === 'PASSENGER_TRANSPORT' ? null : businessAddress(person, rnd),
      },
      rnd,
    ),
  ];
}

function personalLicences(person: Citizen): LicenceRecord[] {
  if (ageOn(person.birthDate, POPULATION_DATE) < 25) return [];
  const rnd = randomFor(person.iin, 'licences:person');
  const roll = rnd.next();
  const activity: LicensedActivity | null = roll < 0.004 ? 'ADVOCACY' : roll < 0.006 ? 'NOTARY' : null;
  if (!activity) return [];
  const name = [person.surname, person.firstName, person.patronymic].filter(Boolean).join(' ');
  return [
    licence(
      {
        activity,
        subtype: null,
        holder: { kind: 'PERSON', name, bin: null },
        region: regionOf(person),
        from: later(addYears(person.birthDate, 25), EARLIEST),
        to: LAST_DAY,
        place: null,
      },
      rnd,
    ),
  ];
}

/** The person's licences; every person of the population has a record (maybe empty). */
export function licencesRecordOf(person: Citizen, _population: Population): LicencesRecord {
  const { entrepreneur, legalEntityShares } = businessRegistrationOf(person);
  return {
    iin: person.iin,
    licences: [
      ...personalLicences(person),
      ...(entrepreneur ? entrepreneurLicences(person, entrepreneur) : []),
      ...legalEntityShares.flatMap((share) => companyLicences(person, share)),
    ],
  };
}

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: 'licences', recordOf: licencesRecordOf, population });
