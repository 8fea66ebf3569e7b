import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { DEMO } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { clockAt, entitiesQuery, querySubgraph, realClock, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { eKyzmetRecordOf } from './mock.js';
import type { EKyzmetRecord, ServiceRequestRecord } from './record.js';
import { SERVICES } from './services.js';
import { subgraph } from './subgraph.js';
import { expectLog } from '../../test/logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

const population = generatePopulation();
const recordOf = (iin: string): EKyzmetRecord => eKyzmetRecordOf(population.byIin.get(iin)!, population);

const stateSystemAnswers = stateSystemAnswering(population, recordOf);

/** A person who made hundreds of requests. */
const heavy = population.people.map((p) => p.iin).find((iin) => recordOf(iin).requests.length >= 250)!;
const heavyRequests = recordOf(heavy).requests;
/** The heavy person's request numbers as the API should list them: newest submission first. */
const newestFirst = (rs: readonly ServiceRequestRecord[]) =>
  [...rs].sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt) || b.number.localeCompare(a.number)).map((r) => r.number);

const REQUEST_FIELDS = `number channel status submittedAt dueDate overdue closedAt beneficiary { iin }
  service { code name { kk ru } termWorkingDays termOnPortalMinutes }
  statusHistory { status at comment }
  resultDocuments { title { kk ru } kind issuedAt url }`;

const pageQuery = `query($representations: [_Any!]!, $filter: ServiceRequestFilter, $first: Int, $after: String) {
  _entities(representations: $representations) { ... on Person {
    serviceRequests(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { number submittedAt status channel } }
    }
  } }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { number: string; submittedAt: string; status: string; channel: string } }>;
};

describe('e-kyzmet subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  /** The demo user's slice, as the gateway asks for it. */
  const ofUser = (selection: string) => querySubgraph(served.url, entitiesQuery(selection), { variables: { representations: representations([DEMO.user]) } });

  /** One page of a person's requests (one state-system call). */
  async function page(iin: string, variables: { filter?: unknown; first?: number; after?: string | null } = {}) {
    stateSystemAnswers();
    const body = await querySubgraph(served.url, pageQuery, { variables: { representations: representations([iin]), ...variables } });
    return { body, page: body.data?._entities[0]?.serviceRequests as Page | null | undefined };
  }

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    const asked = stateSystemAnswers();
    const iins = [DEMO.user, DEMO.wife, DEMO.father, DEMO.son, heavy];
    const body = await querySubgraph(
      served.url,
      entitiesQuery('iin serviceRequests(first: 2) { totalCount edges { node { number } } } serviceRequestsFreshness { source }'),
      {
        variables: { representations: representations(iins) },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    const got = body.data!._entities as Array<{
      iin: string;
      serviceRequests: { totalCount: number; edges: Array<{ node: { number: string } }> };
      serviceRequestsFreshness: { source: string };
    }>;
    expect(got.map((p) => [p.iin, p.serviceRequests.totalCount, p.serviceRequests.edges.map((e) => e.node.number)])).toEqual([
      [DEMO.user, 5, ['KZ-2026-001128406', 'KZ-2026-000905531']],
      [DEMO.wife, 3, ['KZ-2025-000981374', 'KZ-2023-000702915']],
      [DEMO.father, 1, ['KZ-2024-000857266']],
      [DEMO.son, 0, []],
      [heavy, heavyRequests.length, newestFirst(heavyRequests).slice(0, 2)],
    ]);
    expect(got.every((p) => p.serviceRequestsFreshness.source === 'LIVE')).toBe(true);
  });

  it('answers a failing state system with the section null and one coded error per field', async () => {
    stateSystemAnswers(503, () => ({ error: 'maintenance at db-3.ekyzmet.internal' }));
    const body = await ofUser('iin serviceRequests { totalCount } serviceRequestsFreshness { source }');
    expect(body.data!._entities).toEqual([{ iin: DEMO.user, serviceRequests: null, serviceRequestsFreshness: null }]);
    expect(body.errors).toHaveLength(2);
    expect(body.errors!.map((e) => e.path)).toEqual([
      ['_entities', 0, 'serviceRequests'],
      ['_entities', 0, 'serviceRequestsFreshness'],
    ]);
    for (const error of body.errors!) expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'SERVICE_REQUESTS' });
    expect(JSON.stringify(body)).not.toContain('db-3');
  });

  it('rejects a state-system record of the wrong shape', async () => {
    const broken = recordOf(DEMO.user);
    stateSystemAnswers(200, () => ({ records: [{ ...broken, requests: [{ ...broken.requests[0]!, status: 'LOST' }] }], missing: [] }));
    const body = await ofUser('serviceRequests { totalCount }');
    expect(body.data!._entities[0].serviceRequests).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'SERVICE_REQUESTS' });
  });

  it("gives the demo user's requests, newest first, with due dates and overdue flags", async () => {
    stateSystemAnswers();
    const body = await ofUser(`serviceRequests { totalCount pageInfo { hasNextPage endCursor } edges { node { ${REQUEST_FIELDS} } } }`);
    expect(body.errors).toBeUndefined();
    const connection = body.data!._entities[0].serviceRequests;
    expect(connection.totalCount).toBe(5);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: Buffer.from('KZ-2021-000513784').toString('base64url') });
    const psc = 'Заявление принято в ЦОН';
    expect(connection.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        number: 'KZ-2026-001128406',
        channel: 'PSC',
        status: 'IN_PROGRESS',
        submittedAt: '2026-11-20T15:05:00+05:00',
        dueDate: '2026-11-27',
        overdue: false,
        closedAt: null,
        beneficiary: null,
        service: {
          code: 'JUS-001',
          name: { kk: 'Сотталғандығының бар не жоқ екендігі туралы анықтама беру', ru: 'Выдача справки о наличии либо отсутствии судимости' },
          termWorkingDays: 5,
          termOnPortalMinutes: 20,
        },
        statusHistory: [
          { status: 'SUBMITTED', at: '2026-11-20T15:05:00+05:00', comment: psc },
          { status: 'IN_PROGRESS', at: '2026-11-20T15:07:00+05:00', comment: 'Заявка передана на исполнение' },
        ],
        resultDocuments: [],
      },
      {
        number: 'KZ-2026-000905531',
        channel: 'PSC',
        status: 'NEEDS_DOCUMENTS',
        submittedAt: '2026-10-29T16:10:00+05:00',
        dueDate: '2026-10-30',
        overdue: true,
        closedAt: null,
        beneficiary: null,
        service: {
          code: 'HLT-001',
          name: {
            kk: 'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту',
            ru: 'Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь',
          },
          termWorkingDays: 1,
          termOnPortalMinutes: null,
        },
        statusHistory: [
          { status: 'SUBMITTED', at: '2026-10-29T16:10:00+05:00', comment: psc },
          { status: 'IN_PROGRESS', at: '2026-10-29T16:12:00+05:00', comment: 'Заявка передана на исполнение' },
          { status: 'NEEDS_DOCUMENTS', at: '2026-10-30T11:45:00+05:00', comment: 'Требуется подтверждение места фактического проживания' },
        ],
        resultDocuments: [],
      },
      {
        number: 'KZ-2025-000736152',
        channel: 'MOBILE_APP',
        status: 'COMPLETED',
        submittedAt: '2025-09-03T09:15:00+05:00',
        dueDate: '2025-09-04',
        overdue: false,
        closedAt: '2025-09-03T09:19:00+05:00',
        beneficiary: null,
        service: {
          code: 'ADR-001',
          name: { kk: 'Тұрғылықты жері бойынша мекенжай анықтамасын беру', ru: 'Выдача адресной справки с места жительства' },
          termWorkingDays: 1,
          termOnPortalMinutes: 15,
        },
        statusHistory: [
          { status: 'SUBMITTED', at: '2025-09-03T09:15:00+05:00', comment: 'Заявка принята' },
          { status: 'IN_PROGRESS', at: '2025-09-03T09:16:00+05:00', comment: 'Заявка передана на исполнение' },
          { status: 'COMPLETED', at: '2025-09-03T09:19:00+05:00', comment: 'Услуга оказана' },
        ],
        resultDocuments: [
          {
            title: { kk: 'Тұрғылықты жері бойынша мекенжай анықтамасы', ru: 'Адресная справка с места жительства' },
            kind: 'CERTIFICATE',
            issuedAt: '2025-09-03T09:19:00+05:00',
            url: 'https://egov.kz/documents/e1a7c3f95b2d4e8096f4a1c7d3b5e902.pdf',
          },
        ],
      },
      {
        number: 'KZ-2024-000418207',
        channel: 'PORTAL',
        status: 'COMPLETED',
        submittedAt: '2024-02-12T10:24:00+06:00',
        dueDate: '2024-02-13',
        overdue: false,
        closedAt: '2024-02-13T11:02:00+06:00',
        beneficiary: null,
        service: {
          code: 'EMP-001',
          name: { kk: 'Жұмыс іздеп жүрген адамдарды тіркеу', ru: 'Регистрация лиц, ищущих работу' },
          termWorkingDays: 1,
          termOnPortalMinutes: null,
        },
        statusHistory: [
          { status: 'SUBMITTED', at: '2024-02-12T10:24:00+06:00', comment: 'Заявка принята' },
          { status: 'IN_PROGRESS', at: '2024-02-12T10:25:00+06:00', comment: 'Заявка передана на исполнение' },
          { status: 'COMPLETED', at: '2024-02-13T11:02:00+06:00', comment: 'Услуга оказана' },
        ],
        resultDocuments: [
          {
            title: { kk: 'Жұмыс іздеп жүрген адам ретінде тіркелгені туралы хабарлама', ru: 'Уведомление о регистрации в качестве лица, ищущего работу' },
            kind: 'NOTIFICATION',
            issuedAt: '2024-02-13T11:02:00+06:00',
            url: 'https://egov.kz/documents/9b4f2c7d1e8a4053b6c9d2e7f1a3b580.pdf',
          },
        ],
      },
      {
        number: 'KZ-2021-000513784',
        channel: 'PORTAL',
        status: 'COMPLETED',
        submittedAt: '2021-06-01T11:40:00+06:00',
        dueDate: '2021-06-02',
        overdue: false,
        closedAt: '2021-06-01T11:52:00+06:00',
        beneficiary: { iin: DEMO.daughter },
        service: {
          code: 'EDU-001',
          name: {
            kk: 'Мектепке дейінгі (6 жасқа дейін) балаларды мектепке дейінгі ұйымдарға жіберу үшін кезекке қою',
            ru: 'Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в детские дошкольные организации',
          },
          termWorkingDays: 1,
          termOnPortalMinutes: 30,
        },
        statusHistory: [
          { status: 'SUBMITTED', at: '2021-06-01T11:40:00+06:00', comment: 'Заявка принята' },
          { status: 'IN_PROGRESS', at: '2021-06-01T11:41:00+06:00', comment: 'Заявка передана на исполнение' },
          { status: 'COMPLETED', at: '2021-06-01T11:52:00+06:00', comment: 'Услуга оказана' },
        ],
        resultDocuments: [
          {
            title: { kk: 'Кезекке қойылғаны туралы хабарлама', ru: 'Уведомление о постановке на очередь' },
            kind: 'NOTIFICATION',
            issuedAt: '2021-06-01T11:52:00+06:00',
            url: 'https://egov.kz/documents/5d0c8e2a91f64b7e8a3c1f0e9b7d2a46.pdf',
          },
        ],
      },
    ]);
  });

  it("gives the wife's and the father's requests", async () => {
    stateSystemAnswers();
    const body = await querySubgraph(
      served.url,
      entitiesQuery(`iin serviceRequests { totalCount edges { node {
      number channel status submittedAt dueDate overdue closedAt beneficiary { iin } service { code termWorkingDays } statusHistory { status at }
      resultDocuments { kind issuedAt url } } } }`),
      { variables: { representations: representations([DEMO.wife, DEMO.father]) } },
    );
    expect(body.errors).toBeUndefined();
    const [wife, father] = body.data!._entities;
    expect(wife.serviceRequests.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        number: 'KZ-2025-000981374',
        channel: 'PSC',
        status: 'COMPLETED',
        submittedAt: '2025-12-10T11:00:00+05:00',
        // 8 working days, across 16-17 December; completed two days late.
        dueDate: '2025-12-24',
        overdue: true,
        closedAt: '2025-12-26T12:00:00+05:00',
        beneficiary: null,
        service: { code: SERVICES.specialStateAllowance.code, termWorkingDays: 8 },
        statusHistory: [
          { status: 'SUBMITTED', at: '2025-12-10T11:00:00+05:00' },
          { status: 'IN_PROGRESS', at: '2025-12-10T11:05:00+05:00' },
          { status: 'NEEDS_DOCUMENTS', at: '2025-12-15T10:30:00+05:00' },
          { status: 'IN_PROGRESS', at: '2025-12-19T09:40:00+05:00' },
          { status: 'COMPLETED', at: '2025-12-26T12:00:00+05:00' },
        ],
        resultDocuments: [{ kind: 'DECISION', issuedAt: '2025-12-26T12:00:00+05:00', url: 'https://egov.kz/documents/c84b1e6f2a9d4c7581e3b6f0a4d2c97e.pdf' }],
      },
      {
        number: 'KZ-2023-000702915',
        channel: 'PORTAL',
        status: 'COMPLETED',
        submittedAt: '2023-10-05T14:20:00+06:00',
        dueDate: '2023-10-16',
        overdue: false,
        closedAt: '2023-10-12T16:20:00+06:00',
        beneficiary: { iin: DEMO.son },
        service: { code: SERVICES.childCarePayment.code, termWorkingDays: 7 },
        statusHistory: [
          { status: 'SUBMITTED', at: '2023-10-05T14:20:00+06:00' },
          { status: 'IN_PROGRESS', at: '2023-10-06T09:30:00+06:00' },
          { status: 'COMPLETED', at: '2023-10-12T16:20:00+06:00' },
        ],
        resultDocuments: [
          { kind: 'NOTIFICATION', issuedAt: '2023-10-12T16:20:00+06:00', url: 'https://egov.kz/documents/7a3d5f1c9e2b4068b4d7e0a2c6f9b813.pdf' },
        ],
      },
      {
        number: 'KZ-2023-000649120',
        channel: 'PORTAL',
        status: 'COMPLETED',
        submittedAt: '2023-09-04T10:30:00+06:00',
        dueDate: '2023-09-05',
        overdue: false,
        closedAt: '2023-09-04T10:48:00+06:00',
        beneficiary: { iin: DEMO.son },
        service: { code: SERVICES.birthRegistration.code, termWorkingDays: 1 },
        statusHistory: [
          { status: 'SUBMITTED', at: '2023-09-04T10:30:00+06:00' },
          { status: 'IN_PROGRESS', at: '2023-09-04T10:31:00+06:00' },
          { status: 'COMPLETED', at: '2023-09-04T10:48:00+06:00' },
        ],
        resultDocuments: [
          { kind: 'CERTIFICATE', issuedAt: '2023-09-04T10:48:00+06:00', url: 'https://egov.kz/documents/2c6e9a0f4b7d41e3a8c5f2d9b1e7a364.pdf' },
        ],
      },
    ]);
    expect(father.serviceRequests).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            number: 'KZ-2024-000857266',
            channel: 'PSC',
            status: 'COMPLETED',
            submittedAt: '2024-11-04T10:10:00+05:00',
            dueDate: '2024-11-18',
            overdue: false,
            closedAt: '2024-11-15T15:30:00+05:00',
            beneficiary: null,
            service: { code: SERVICES.oldAgePension.code, termWorkingDays: 10 },
            statusHistory: [
              { status: 'SUBMITTED', at: '2024-11-04T10:10:00+05:00' },
              { status: 'IN_PROGRESS', at: '2024-11-04T10:15:00+05:00' },
              { status: 'COMPLETED', at: '2024-11-15T15:30:00+05:00' },
            ],
            resultDocuments: [
              { kind: 'DECISION', issuedAt: '2024-11-15T15:30:00+05:00', url: 'https://egov.kz/documents/4f8a2d6c0e1b49a7b3e5c9d1f7a0b2c6.pdf' },
            ],
          },
        },
      ],
    });
  });

  it('pages through every request of a person with hundreds: no duplicates, no gaps, newest first', async () => {
    const expected = newestFirst(heavyRequests);
    expect(expected.length).toBeGreaterThanOrEqual(250);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(20);
      const { body, page: p } = await page(heavy, { first: 37, after });
      expect(body.errors).toBeUndefined();
      expect(p!.totalCount).toBe(expected.length);
      seen.push(...p!.edges.map((e) => e.node.number));
      expect(p!.pageInfo.endCursor).toBe(p!.edges[p!.edges.length - 1]?.cursor ?? null);
      expect(p!.pageInfo.hasNextPage).toBe(seen.length < expected.length);
      if (!p!.pageInfo.hasNextPage) break;
      expect(p!.edges).toHaveLength(37);
      after = p!.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(expected.length);
  });

  it('gives 20 requests by default and at most 100', async () => {
    expect((await page(heavy)).page!.edges).toHaveLength(20);
    const { page: p } = await page(heavy, { first: 100 });
    expect(p!.edges.map((e) => e.node.number)).toEqual(newestFirst(heavyRequests).slice(0, 100));
    expect(p!.pageInfo.hasNextPage).toBe(true);
  });

  it('filters by status, channel and submission days, each and together', async () => {
    const day = (r: ServiceRequestRecord) => r.submittedAt.slice(0, 10);
    const numbers = (keep: (r: ServiceRequestRecord) => boolean) => newestFirst(heavyRequests.filter(keep));
    const mid = day(heavyRequests[Math.floor(heavyRequests.length / 2)]!);
    const cases: Array<[unknown, string[]]> = [
      [{ status: ['REJECTED', 'WITHDRAWN'] }, numbers((r) => r.status === 'REJECTED' || r.status === 'WITHDRAWN')],
      [{ status: ['COMPLETED'] }, numbers((r) => r.status === 'COMPLETED')],
      [{ channel: ['PSC'] }, numbers((r) => r.channel === 'PSC')],
      [{ channel: ['MOBILE_APP', 'TELEGRAM_BOT'] }, numbers((r) => r.channel === 'MOBILE_APP' || r.channel === 'TELEGRAM_BOT')],
      [{ submittedFrom: mid }, numbers((r) => day(r) >= mid)],
      [{ submittedTo: mid }, numbers((r) => day(r) <= mid)],
      [{ submittedFrom: '2024-01-01', submittedTo: '2024-12-31' }, numbers((r) => day(r).startsWith('2024-'))],
      [
        { status: ['COMPLETED'], channel: ['PORTAL'], submittedFrom: '2023-03-01' },
        numbers((r) => r.status === 'COMPLETED' && r.channel === 'PORTAL' && day(r) >= '2023-03-01'),
      ],
      [{ status: [] }, []],
    ];
    for (const [filter, expected] of cases) {
      expect(expected.length, JSON.stringify(filter)).toBeLessThan(heavyRequests.length);
      const { body, page: p } = await page(heavy, { filter, first: 100 });
      expect(body.errors, JSON.stringify(filter)).toBeUndefined();
      expect(p!.totalCount, JSON.stringify(filter)).toBe(expected.length);
      expect(
        p!.edges.map((e) => e.node.number),
        JSON.stringify(filter),
      ).toEqual(expected.slice(0, 100));
    }
    expect(cases.filter(([, expected]) => expected.length > 0)).toHaveLength(cases.length - 1);
  });

  it('pages a filtered list, and keeps a cursor valid across filters', async () => {
    const psc = newestFirst(heavyRequests.filter((r) => r.channel === 'PSC'));
    const first = await page(heavy, { filter: { channel: ['PSC'] }, first: 5 });
    const second = await page(heavy, { filter: { channel: ['PSC'] }, first: 5, after: first.page!.pageInfo.endCursor });
    expect([...first.page!.edges, ...second.page!.edges].map((e) => e.node.number)).toEqual(psc.slice(0, 10));
    // A cursor from the unfiltered list places a filtered page after that request.
    const all = newestFirst(heavyRequests);
    const cursor = Buffer.from(all[9]!).toString('base64url');
    const after = new Set(all.slice(10));
    const third = await page(heavy, { filter: { channel: ['PSC'] }, first: 3, after: cursor });
    expect(third.page!.edges.map((e) => e.node.number)).toEqual(psc.filter((n) => after.has(n)).slice(0, 3));
  });

  it('rejects an invalid first or after with BAD_USER_INPUT naming the argument, before asking the state system', async () => {
    const representationsOfUser = representations([DEMO.user]);
    const ask = (variables: Record<string, unknown>) =>
      querySubgraph(served.url, pageQuery, { variables: { representations: representationsOfUser, ...variables } });
    for (const [variables, argument] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ after: 'not a cursor!' }, 'after'],
      [{ after: Buffer.from('hello').toString('base64url') }, 'after'],
      [{ after: `${Buffer.from('KZ-2026-001128406').toString('base64')}==` }, 'after'],
      [{ filter: { submittedFrom: '2026-02-30' } }, 'filter.submittedFrom'],
      [{ filter: { submittedFrom: '2026-03-01', submittedTo: '2026-02-01' } }, 'filter'],
    ] as const) {
      const body = await ask(variables);
      expect(body.data!._entities[0].serviceRequests, JSON.stringify(variables)).toBeNull();
      expect(body.errors, JSON.stringify(variables)).toHaveLength(1);
      expect(body.errors![0]!.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    // A well-formed cursor of a request this person never made is just as invalid.
    const { body } = await page(DEMO.user, { after: Buffer.from('KZ-2026-000000001').toString('base64url') });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('counts overdue as open past the due date or completed after it, and shows results of completed requests only', async () => {
    const base = recordOf(DEMO.user).requests.find((r) => r.number === 'KZ-2025-000736152')!;
    // Job-seeker registration (1 working day) submitted on Friday 2026-11-13: due Monday 2026-11-16. Today is 2026-11-22.
    const request = (number: string, history: Array<[string, string]>): ServiceRequestRecord => ({
      ...base,
      number,
      service: SERVICES.jobSeekerRegistration.passport,
      status: history[history.length - 1]![0] as ServiceRequestRecord['status'],
      submittedAt: history[0]![1],
      statusHistory: history.map(([status, at]) => ({ status: status as ServiceRequestRecord['status'], at, comment: null })),
    });
    const submitted: [string, string] = ['SUBMITTED', '2026-11-13T10:00:00+05:00'];
    const requests = [
      request('KZ-2026-000000001', [submitted, ['IN_PROGRESS', '2026-11-13T10:05:00+05:00']]),
      request('KZ-2026-000000002', [submitted, ['COMPLETED', '2026-11-16T17:00:00+05:00']]),
      request('KZ-2026-000000003', [submitted, ['COMPLETED', '2026-11-17T09:00:00+05:00']]),
      request('KZ-2026-000000004', [submitted, ['REJECTED', '2026-11-19T09:00:00+05:00']]),
      request('KZ-2026-000000005', [submitted, ['WITHDRAWN', '2026-11-18T09:00:00+05:00']]),
      // Submitted on Saturday 2026-11-21 with a 1-day term: due Monday 2026-11-23, not yet overdue.
      request('KZ-2026-000000006', [
        ['SUBMITTED', '2026-11-21T12:00:00+05:00'],
        ['NEEDS_DOCUMENTS', '2026-11-21T13:00:00+05:00'],
      ]),
      // Submitted on Thursday 2026-11-19, late that evening in UTC: Friday in Astana, due Monday 2026-11-23.
      request('KZ-2026-000000007', [['SUBMITTED', '2026-11-19T19:30:00Z']]),
    ];
    stateSystemAnswers(200, () => ({ records: [{ iin: DEMO.user, requests }], missing: [] }));
    const body = await ofUser('serviceRequests { edges { node { number dueDate overdue closedAt resultDocuments { url } } } }');
    expect(body.errors).toBeUndefined();
    const byNumber = Object.fromEntries(body.data!._entities[0].serviceRequests.edges.map((e: { node: { number: string } }) => [e.node.number, e.node]));
    const row = (n: number) => {
      const { dueDate, overdue, closedAt, resultDocuments } = byNumber[`KZ-2026-00000000${n}`];
      return [dueDate, overdue, closedAt, resultDocuments.length];
    };
    expect([1, 2, 3, 4, 5, 6, 7].map(row)).toEqual([
      ['2026-11-16', true, null, 0],
      ['2026-11-16', false, '2026-11-16T17:00:00+05:00', 1],
      ['2026-11-16', true, '2026-11-17T09:00:00+05:00', 1],
      ['2026-11-16', false, '2026-11-19T09:00:00+05:00', 0],
      ['2026-11-16', false, '2026-11-18T09:00:00+05:00', 0],
      ['2026-11-23', false, null, 0],
      ['2026-11-23', false, null, 0],
    ]);
  });

  it.each([
    ['2026-11-23T18:30:00Z', false],
    // 00:30 and 01:30 on the 24th in Astana: a request due on the 23rd and still open is overdue.
    ['2026-11-23T19:30:00Z', true],
    ['2026-11-23T20:30:00Z', true],
  ])('counts a due date in Astana time: at %s a request due 2026-11-23 is overdue: %s', async (instant, overdue) => {
    const base = recordOf(DEMO.user).requests.find((r) => r.number === 'KZ-2025-000736152')!;
    // Job-seeker registration (1 working day) submitted on Saturday 2026-11-21: due Monday 2026-11-23.
    const open: ServiceRequestRecord = {
      ...base,
      number: 'KZ-2026-000000001',
      service: SERVICES.jobSeekerRegistration.passport,
      status: 'IN_PROGRESS',
      submittedAt: '2026-11-21T12:00:00+05:00',
      statusHistory: [
        { status: 'SUBMITTED', at: '2026-11-21T12:00:00+05:00', comment: null },
        { status: 'IN_PROGRESS', at: '2026-11-21T13:00:00+05:00', comment: null },
      ],
    };
    // A subgraph of its own: the clock goes back before what the other tests cached.
    const fresh = await startForTest(subgraph);
    stateSystemAnswers(200, () => ({ records: [{ iin: DEMO.user, requests: [open] }], missing: [] }));
    clockAt(instant);
    try {
      const body = await querySubgraph(fresh.url, entitiesQuery('serviceRequests { edges { node { dueDate overdue } } }'), {
        variables: { representations: representations([DEMO.user]) },
      });
      expect(body.data!._entities[0].serviceRequests.edges).toEqual([{ node: { dueDate: '2026-11-23', overdue } }]);
    } finally {
      realClock();
      await fresh.close();
    }
  });
});
