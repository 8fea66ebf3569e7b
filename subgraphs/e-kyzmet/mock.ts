/**
 * E-Kyzmet's mock state system: every request each person of the population made, derived from
 * the person alone (and their family's dates). Adults make a few requests (0-15; about one in
 * twenty makes 150-400, mostly certificates), minors none. Life events give their requests: a
 * birth (registration, kindergarten queue, child-care payment), the pension age, a marriage.
 * Requests are submitted from 2020 to yesterday; how far each got depends on today's date.
 */
import { addYears, ageOn } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { DEMO } from '../mocks/demo-family.js';
import type { Citizen, Population } from '../mocks/population.js';
import { randomFor, type Random } from '../mocks/random.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import { addDays, addWorkingDays, kazakhstanDateTime, workingDayOnOrAfter } from './calendar.js';
import type { EKyzmetRecord, ServiceRequestRecord, StatusChange } from './record.js';
import { SERVICES, type ServiceDefinition, type ServiceKey } from './services.js';
import type { ServiceChannel, ServiceRequestStatus } from './__generated__/resolvers.js';

/** The first day of the requests E-Kyzmet keeps here. */
export const HISTORY_FROM = '2020-01-01';
/** The share of adults who make hundreds of requests. */
export const HEAVY_SHARE = 0.05;
/** Retirement age (old-age pension) by sex. */
const PENSION_AGE = { MALE: 63, FEMALE: 61 } as const;

const ELECTRONIC: ReadonlySet<ServiceChannel> = new Set(['PORTAL', 'MOBILE_APP', 'TELEGRAM_BOT', 'E_AKIMAT', 'OPEN_DIALOGUE']);

/** Channels with their weights. */
const CHANNELS: ReadonlyArray<readonly [ServiceChannel, number]> = [
  ['PORTAL', 38],
  ['MOBILE_APP', 22],
  ['PSC', 24],
  ['PUBLIC_ACCESS_POINT', 5],
  ['E_AKIMAT', 4],
  ['TELEGRAM_BOT', 5],
  ['OPEN_DIALOGUE', 2],
];

const weighted = <T>(rnd: Random, items: ReadonlyArray<readonly [T, number]>): T => {
  let x = rnd.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
};

const COMMENTS = {
  submitted: 'Заявка принята',
  submittedAtPsc: 'Заявление принято в ЦОН',
  inProgress: 'Заявка передана на исполнение',
  resumed: 'Документы представлены, рассмотрение продолжено',
  needsDocuments: ['Требуется представить недостающие документы', 'Требуется подтверждение места фактического проживания', 'Требуется справка с места работы'],
  completed: 'Услуга оказана',
  rejected: [
    'Мотивированный отказ: представлен неполный пакет документов',
    'Мотивированный отказ: заявитель не соответствует требованиям',
    'Мотивированный отказ: сведения не подтверждены информационными системами',
  ],
  withdrawn: 'Заявка отозвана заявителем',
};

/** A point in Astana local time: a day and the minute of that day. */
interface Moment {
  date: string;
  minute: number;
}

interface Draft {
  service: ServiceDefinition;
  /** The day it was submitted (Astana time). */
  date: string;
  channel?: ServiceChannel;
  beneficiaryIin?: string;
}

const hex32 = (rnd: Random): string => Array.from({ length: 32 }, () => '0123456789abcdef'[rnd.int(0, 15)]).join('');

const documentOf = (service: ServiceDefinition, issuedAt: string, id: string) => ({
  title: service.result.title,
  kind: service.result.kind,
  issuedAt,
  url: `https://egov.kz/documents/${id}.pdf`,
});

/** Plays one request's life through, from submission up to (not including) `until`. */
function requestOf(rnd: Random, draft: Draft, until: string, numberIn: (year: string) => string): ServiceRequestRecord {
  const { service } = draft;
  let channel = draft.channel ?? weighted(rnd, CHANNELS);
  let date = draft.date;
  if (!ELECTRONIC.has(channel)) {
    // Service centres and access points work on working days only.
    date = workingDayOnOrAfter(date);
    if (date >= until) [channel, date] = ['PORTAL', draft.date];
  }
  const submitted: Moment = { date, minute: ELECTRONIC.has(channel) ? rnd.int(7 * 60, 23 * 60 + 30) : rnd.int(9 * 60, 19 * 60) };
  const events: Array<Moment & { status: ServiceRequestStatus; comment: string | null }> = [
    { ...submitted, status: 'SUBMITTED', comment: channel === 'PSC' ? COMMENTS.submittedAtPsc : COMMENTS.submitted },
  ];
  const last = () => events[events.length - 1]!;
  /** Adds an event at a moment strictly after the last one (pushed later when needed). */
  const push = (at: Moment, status: ServiceRequestStatus, comment: string | null): void => {
    const prev = last();
    let next = at;
    if (next.date < prev.date || (next.date === prev.date && next.minute <= prev.minute)) {
      next =
        prev.minute + 30 < 24 * 60
          ? { date: prev.date, minute: prev.minute + rnd.int(1, 30) }
          : { date: addWorkingDays(prev.date, 1), minute: rnd.int(9 * 60, 12 * 60) };
    }
    events.push({ ...next, status, comment });
  };
  const officeHours = (): number => rnd.int(9 * 60, 18 * 60);
  const term = service.termWorkingDays;
  const roll = rnd.next();
  const outcome: ServiceRequestStatus = roll < 0.84 ? 'COMPLETED' : roll < 0.96 ? 'REJECTED' : 'WITHDRAWN';

  if (service.termOnPortalMinutes !== null && ELECTRONIC.has(channel) && rnd.chance(0.85)) {
    // Automated: decided within the portal term.
    const minutes = rnd.int(2, service.termOnPortalMinutes);
    const end =
      submitted.minute + minutes < 24 * 60
        ? { date, minute: submitted.minute + minutes }
        : { date: addDays(date, 1), minute: submitted.minute + minutes - 24 * 60 };
    push({ date, minute: submitted.minute + 1 }, 'IN_PROGRESS', COMMENTS.inProgress);
    push(end, outcome === 'REJECTED' ? 'REJECTED' : 'COMPLETED', outcome === 'REJECTED' ? rnd.pick(COMMENTS.rejected) : COMMENTS.completed);
  } else {
    push({ date: rnd.chance(0.5) ? workingDayOnOrAfter(date) : addWorkingDays(date, 1), minute: officeHours() }, 'IN_PROGRESS', COMMENTS.inProgress);
    const late = rnd.chance(0.06);
    const finalDay = late ? term + rnd.int(1, 5) : rnd.int(Math.min(1, term), term);
    if (finalDay >= 2 && rnd.chance(0.12)) {
      const asked = rnd.int(1, finalDay - 1);
      push({ date: addWorkingDays(date, asked), minute: officeHours() }, 'NEEDS_DOCUMENTS', rnd.pick(COMMENTS.needsDocuments));
      if (outcome !== 'REJECTED') push({ date: addWorkingDays(date, rnd.int(asked, finalDay)), minute: officeHours() }, 'IN_PROGRESS', COMMENTS.resumed);
    }
    const end = { date: addWorkingDays(date, finalDay), minute: officeHours() };
    if (outcome === 'COMPLETED') push(end, 'COMPLETED', COMMENTS.completed);
    else if (outcome === 'REJECTED') push(end, 'REJECTED', rnd.pick(COMMENTS.rejected));
    else push({ date: addWorkingDays(date, rnd.int(0, Math.max(0, finalDay - 1))), minute: rnd.int(7 * 60, 23 * 60) }, 'WITHDRAWN', COMMENTS.withdrawn);
  }

  // What has happened by today: events before today (the submission always).
  const happened = events.filter((e, i) => i === 0 || e.date < until);
  const statusHistory: StatusChange[] = happened.map((e) => ({ status: e.status, at: kazakhstanDateTime(e.date, e.minute), comment: e.comment }));
  const current = statusHistory[statusHistory.length - 1]!;
  const documentId = hex32(rnd);
  return {
    number: numberIn(date.slice(0, 4)),
    service: service.passport,
    channel,
    status: current.status,
    statusHistory,
    submittedAt: statusHistory[0]!.at,
    beneficiaryIin: draft.beneficiaryIin ?? null,
    resultDocuments: current.status === 'COMPLETED' ? [documentOf(service, current.at, documentId)] : [],
  };
}

/**
 * Request numbers, unique across the population: the person's place in it and the request's
 * place in the person's list, scrambled by a bijection of 0..10^9-1 (x -> 3^18 x + c mod 10^9),
 * so they look like a busy system's counter. Unique for populations of up to a million people.
 */
const numberFor = (year: string, personIndex: number, k: number): string =>
  `KZ-${year}-${String((BigInt(personIndex * 1000 + k) * 387_420_489n + 123_456_789n) % 1_000_000_000n).padStart(9, '0')}`;

/** The requests a person's life events give, between `from` and `to` (inclusive). */
function lifeEventDrafts(rnd: Random, person: Citizen, population: Population, from: string, to: string): Draft[] {
  const drafts: Draft[] = [];
  const within = (date: string) => date >= from && date <= to;
  for (const childIin of person.childIins) {
    const child = population.byIin.get(childIin);
    if (!child || !within(child.birthDate)) continue;
    const mother = person.sex === 'FEMALE';
    const birth = child.birthDate;
    const events: Array<[ServiceKey, number, string]> = [
      ['birthRegistration', mother ? 0.5 : 0.2, addDays(birth, rnd.int(1, 14))],
      ['childCarePayment', mother ? 0.7 : 0, addDays(birth, rnd.int(30, 300))],
      ['kindergartenQueue', mother ? 0.5 : 0.25, addDays(birth, rnd.int(10, 500))],
    ];
    for (const [key, p, date] of events) {
      if (rnd.chance(p) && within(date)) drafts.push({ service: SERVICES[key], date, beneficiaryIin: child.iin });
    }
  }
  const pensionDay = addYears(person.birthDate, PENSION_AGE[person.sex]);
  if (rnd.chance(0.9)) {
    const date = addDays(pensionDay, rnd.int(0, 40));
    if (within(date)) drafts.push({ service: SERVICES.oldAgePension, date, channel: rnd.chance(0.6) ? 'PSC' : 'PORTAL' });
  }
  if (person.sex === 'MALE') {
    for (const marriage of person.marriages) {
      const date = addDays(marriage.registeredOn, -rnd.int(14, 30));
      if (within(date) && rnd.chance(0.8)) drafts.push({ service: SERVICES.marriageRegistration, date, channel: rnd.chance(0.7) ? 'PORTAL' : 'PSC' });
    }
  }
  return drafts;
}

/** An ordinary request: certificates mostly, job seeking before the pension age. */
function ordinaryService(rnd: Random, person: Citizen, date: string, heavy: boolean): ServiceDefinition {
  if (heavy) return rnd.chance(0.55) ? SERVICES.addressCertificate : SERVICES.criminalRecordCertificate;
  const working = ageOn(person.birthDate, date) < PENSION_AGE[person.sex];
  return SERVICES[
    weighted<ServiceKey>(rnd, [
      ['addressCertificate', 35],
      ['criminalRecordCertificate', 28],
      ['polyclinicAttachment', 12],
      ['jobSeekerRegistration', working ? 15 : 0],
      ['specialStateAllowance', 6],
    ])
  ];
}

/** How many requests an ordinary adult makes: mostly a few, never more than 15. */
const ORDINARY_COUNTS = [0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 15];
export const MAX_ORDINARY_REQUESTS = 15;
export const HEAVY_REQUESTS = { min: 150, max: 400 } as const;

export function eKyzmetRecordOf(person: Citizen, population: Population): EKyzmetRecord {
  const demo = DEMO_REQUESTS[person.iin];
  if (demo) return { iin: person.iin, requests: demo };
  const until = today();
  const lastDay = addDays(until, -1);
  const from = [HISTORY_FROM, addYears(person.birthDate, 18)].sort()[1]!;
  if (ageOn(person.birthDate, until) < 18 || from > lastDay) return { iin: person.iin, requests: [] };

  const rnd = randomFor(person.iin, 'e-kyzmet');
  const heavy = rnd.chance(HEAVY_SHARE);
  const drafts = lifeEventDrafts(rnd, person, population, from, lastDay);
  const total = heavy ? rnd.int(HEAVY_REQUESTS.min, HEAVY_REQUESTS.max) : Math.min(MAX_ORDINARY_REQUESTS, drafts.length + rnd.pick(ORDINARY_COUNTS));
  drafts.splice(total);
  while (drafts.length < total) {
    const date = rnd.date(from, lastDay);
    drafts.push({ service: ordinaryService(rnd, person, date, heavy), date });
  }
  const personIndex = population.people.indexOf(person);
  return {
    iin: person.iin,
    requests: drafts.map((draft, k) => requestOf(rnd, draft, until, (year) => numberFor(year, personIndex < 0 ? rnd.int(0, 999_999) : personIndex, k))),
  };
}

// ---------------------------------------------------------------------------------------------
// The demo family's requests, by hand.

type DemoEvent = [ServiceRequestStatus, string, string | null];

function demoRequest(
  number: string,
  key: ServiceKey,
  channel: ServiceChannel,
  events: DemoEvent[],
  options: { beneficiaryIin?: string; documentId?: string } = {},
): ServiceRequestRecord {
  const service = SERVICES[key];
  const statusHistory = events.map(([status, at, comment]) => ({ status, at, comment }));
  const current = statusHistory[statusHistory.length - 1]!;
  return {
    number,
    service: service.passport,
    channel,
    status: current.status,
    statusHistory,
    submittedAt: statusHistory[0]!.at,
    beneficiaryIin: options.beneficiaryIin ?? null,
    resultDocuments: current.status === 'COMPLETED' && options.documentId ? [documentOf(service, current.at, options.documentId)] : [],
  };
}

/** The demo family's requests. Today in the demo is 2026-11-22. */
export const DEMO_REQUESTS: Readonly<Record<string, ServiceRequestRecord[]>> = {
  [DEMO.user]: [
    demoRequest(
      'KZ-2021-000513784',
      'kindergartenQueue',
      'PORTAL',
      [
        ['SUBMITTED', '2021-06-01T11:40:00+06:00', COMMENTS.submitted],
        ['IN_PROGRESS', '2021-06-01T11:41:00+06:00', COMMENTS.inProgress],
        ['COMPLETED', '2021-06-01T11:52:00+06:00', COMMENTS.completed],
      ],
      { beneficiaryIin: DEMO.daughter, documentId: '5d0c8e2a91f64b7e8a3c1f0e9b7d2a46' },
    ),
    demoRequest(
      'KZ-2024-000418207',
      'jobSeekerRegistration',
      'PORTAL',
      [
        ['SUBMITTED', '2024-02-12T10:24:00+06:00', COMMENTS.submitted],
        ['IN_PROGRESS', '2024-02-12T10:25:00+06:00', COMMENTS.inProgress],
        ['COMPLETED', '2024-02-13T11:02:00+06:00', COMMENTS.completed],
      ],
      { documentId: '9b4f2c7d1e8a4053b6c9d2e7f1a3b580' },
    ),
    demoRequest(
      'KZ-2025-000736152',
      'addressCertificate',
      'MOBILE_APP',
      [
        ['SUBMITTED', '2025-09-03T09:15:00+05:00', COMMENTS.submitted],
        ['IN_PROGRESS', '2025-09-03T09:16:00+05:00', COMMENTS.inProgress],
        ['COMPLETED', '2025-09-03T09:19:00+05:00', COMMENTS.completed],
      ],
      { documentId: 'e1a7c3f95b2d4e8096f4a1c7d3b5e902' },
    ),
    // Open and overdue: due 2026-10-30 (26 October is the day off for Republic day on a Sunday).
    demoRequest('KZ-2026-000905531', 'polyclinicAttachment', 'PSC', [
      ['SUBMITTED', '2026-10-29T16:10:00+05:00', COMMENTS.submittedAtPsc],
      ['IN_PROGRESS', '2026-10-29T16:12:00+05:00', COMMENTS.inProgress],
      ['NEEDS_DOCUMENTS', '2026-10-30T11:45:00+05:00', 'Требуется подтверждение места фактического проживания'],
    ]),
    // In progress, due 2026-11-27.
    demoRequest('KZ-2026-001128406', 'criminalRecordCertificate', 'PSC', [
      ['SUBMITTED', '2026-11-20T15:05:00+05:00', COMMENTS.submittedAtPsc],
      ['IN_PROGRESS', '2026-11-20T15:07:00+05:00', COMMENTS.inProgress],
    ]),
  ],
  [DEMO.wife]: [
    demoRequest(
      'KZ-2023-000649120',
      'birthRegistration',
      'PORTAL',
      [
        ['SUBMITTED', '2023-09-04T10:30:00+06:00', COMMENTS.submitted],
        ['IN_PROGRESS', '2023-09-04T10:31:00+06:00', COMMENTS.inProgress],
        ['COMPLETED', '2023-09-04T10:48:00+06:00', COMMENTS.completed],
      ],
      { beneficiaryIin: DEMO.son, documentId: '2c6e9a0f4b7d41e3a8c5f2d9b1e7a364' },
    ),
    // Due 2023-10-16, completed on the 12th.
    demoRequest(
      'KZ-2023-000702915',
      'childCarePayment',
      'PORTAL',
      [
        ['SUBMITTED', '2023-10-05T14:20:00+06:00', COMMENTS.submitted],
        ['IN_PROGRESS', '2023-10-06T09:30:00+06:00', COMMENTS.inProgress],
        ['COMPLETED', '2023-10-12T16:20:00+06:00', COMMENTS.completed],
      ],
      { beneficiaryIin: DEMO.son, documentId: '7a3d5f1c9e2b4068b4d7e0a2c6f9b813' },
    ),
    // Due 2025-12-24 (16-17 December are days off), completed late on the 26th: overdue.
    demoRequest(
      'KZ-2025-000981374',
      'specialStateAllowance',
      'PSC',
      [
        ['SUBMITTED', '2025-12-10T11:00:00+05:00', COMMENTS.submittedAtPsc],
        ['IN_PROGRESS', '2025-12-10T11:05:00+05:00', COMMENTS.inProgress],
        ['NEEDS_DOCUMENTS', '2025-12-15T10:30:00+05:00', 'Требуется справка с места работы'],
        ['IN_PROGRESS', '2025-12-19T09:40:00+05:00', COMMENTS.resumed],
        ['COMPLETED', '2025-12-26T12:00:00+05:00', COMMENTS.completed],
      ],
      { documentId: 'c84b1e6f2a9d4c7581e3b6f0a4d2c97e' },
    ),
  ],
  [DEMO.father]: [
    // Due 2024-11-18, completed on the 15th.
    demoRequest(
      'KZ-2024-000857266',
      'oldAgePension',
      'PSC',
      [
        ['SUBMITTED', '2024-11-04T10:10:00+05:00', COMMENTS.submittedAtPsc],
        ['IN_PROGRESS', '2024-11-04T10:15:00+05:00', COMMENTS.inProgress],
        ['COMPLETED', '2024-11-15T15:30:00+05:00', COMMENTS.completed],
      ],
      { documentId: '4f8a2d6c0e1b49a7b3e5c9d1f7a0b2c6' },
    ),
  ],
  [DEMO.elderSon]: [],
  [DEMO.daughter]: [],
  [DEMO.son]: [],
};

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: 'e-kyzmet', recordOf: eKyzmetRecordOf, population });
