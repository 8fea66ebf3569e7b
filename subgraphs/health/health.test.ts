import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import type { Served } from '../../runtime/http.js';
import { checkIin } from '../../schema/iin.js';
import { entitiesQuery, querySubgraph, representations, startForTest, stateSystemAnswering } from '../kit/testing.js';
import { DEMO, DEMO_IINS } from '../mocks/demo-family.js';
import { generatePopulation, type Citizen } from '../mocks/population.js';
import { isCalendarDate } from '../../schema/dates.js';
import { isEmployerName, isEntrepreneurName, isFullName, isPeriod, isPolyclinicName, STATE_PAYER } from './formats.js';
import { createMock, healthRecordOf, HISTORY_MONTHS, selfContribution } from './mock.js';
import { isHealthRecord, type HealthRecord, type InsuranceContributionRecord } from './record.js';
import { addMonths, firstDayOf, insuranceStatus, isChildOn, isPensionerOn, lastDayOf, pensionDateOf, periodOf, recentPeriods } from './rules.js';
import { subgraph } from './subgraph.js';
import { expectLog } from '../../test/logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('state_system_failed');

/** The whole default population (10,000 people), as every mock state system serves it. */
const population = generatePopulation();
const recordOf = (iin: string): HealthRecord => healthRecordOf(population.byIin.get(iin)!, population);
/** Non-demo people; each test takes its own, so no test's answer can come from another's. */
const others = population.people.filter((p) => !DEMO_IINS.includes(p.iin));
const people = (from: number, count: number): string[] => others.slice(from, from + count).map((p) => p.iin);

const stateSystemAnswers = stateSystemAnswering(population, recordOf);
/** The state system answering with `record` for the one person it is asked about. */
const answeringWith = (record: HealthRecord) => stateSystemAnswers(200, () => ({ records: [record], missing: [] }));

const FULL = `iin
  polyclinicAttachment { organisation { name city region } doctor { fullName specialty } districtNumber attachedSince method }
  healthInsurance { insured statusReason statePaidCategory contributions(last: null) { period amount payer payerKind paidOn } }`;

describe('health subgraph', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startForTest(subgraph);
  });
  afterAll(() => served.close());

  it('resolves many persons of one _entities call with ONE batch request to the state system', async () => {
    const iins = people(0, 5);
    const asked = stateSystemAnswers();
    const body = await querySubgraph(served.url, entitiesQuery(`${FULL} healthFreshness { source }`), {
      variables: { representations: representations(iins) },
    });
    expect(body.errors).toBeUndefined();
    expect(asked).toEqual([iins]);
    const expected = iins.map((iin) => {
      const r = recordOf(iin);
      return {
        iin,
        polyclinicAttachment: r.attachment,
        healthInsurance: {
          ...insuranceStatus(r.insurance, today()),
          statePaidCategory: r.insurance.statePaidCategory,
          contributions: r.insurance.contributions,
        },
        healthFreshness: { source: 'LIVE' },
      };
    });
    expect(body.data!._entities).toEqual(expected);
  });

  it('answers a failing state system with every health field null and one coded error per field', async () => {
    const iins = people(10, 2);
    stateSystemAnswers(503, { error: 'maintenance at fsms-db-3.internal' });
    const body = await querySubgraph(
      served.url,
      entitiesQuery('iin polyclinicAttachment { districtNumber } healthInsurance { insured } healthFreshness { source }'),
      {
        variables: { representations: representations(iins) },
      },
    );
    expect(body.data!._entities).toEqual(iins.map((iin) => ({ iin, polyclinicAttachment: null, healthInsurance: null, healthFreshness: null })));
    expect(body.errors).toHaveLength(6);
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'STATE_SYSTEM_UNAVAILABLE', section: 'HEALTH' });
    }
    const paths = body.errors!.map((e) => e.path!.join('.')).sort();
    expect(paths).toEqual([0, 1].flatMap((i) => ['healthFreshness', 'healthInsurance', 'polyclinicAttachment'].map((f) => `_entities.${i}.${f}`)).sort());
    expect(JSON.stringify(body)).not.toContain('fsms-db-3');
  });

  it('rejects a record of the wrong shape as a bad state-system answer', async () => {
    const [iin] = people(20, 1);
    stateSystemAnswers(200, {
      records: [{ iin, attachment: null, insurance: { statePaidCategory: null, contributions: [{ period: '2026-10' }] } }],
      missing: [],
    });
    const body = await querySubgraph(served.url, entitiesQuery('healthInsurance { insured }'), { variables: { representations: representations([iin!]) } });
    expect(body.data!._entities[0].healthInsurance).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'STATE_SYSTEM_BAD_RESPONSE', section: 'HEALTH' });
  });

  it('answers an unknown person with nulls and no error', async () => {
    const unknown = '990101300013';
    expect(checkIin(unknown).ok).toBe(true);
    expect(population.byIin.has(unknown)).toBe(false);
    const asked = stateSystemAnswers();
    const body = await querySubgraph(served.url, entitiesQuery('polyclinicAttachment { districtNumber } healthInsurance { insured }'), {
      variables: { representations: representations([unknown]) },
    });
    expect(asked).toEqual([[unknown]]);
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([{ polyclinicAttachment: null, healthInsurance: null }]);
  });

  describe("the demo family's fixed data", () => {
    const ALMATY = { city: 'Алматы', region: 'г. Алматы' };
    const POLYCLINIC_5 = { name: 'ГКП на ПХВ «Городская поликлиника №5»', ...ALMATY };
    const CHILDREN_3 = { name: 'Детская городская поликлиника №3', ...ALMATY };
    const STATE_AMOUNT: Record<string, number> = { '2024': 4_900, '2025': 5_580, '2026': 6_210 };
    /** The 24 months before today's, newest first. */
    const months = (): string[] => {
      const [y, m] = today().split('-').map(Number) as [number, number];
      return Array.from({ length: 24 }, (_, i) => {
        const d = new Date(Date.UTC(y, m - 2 - i, 1));
        return d.toISOString().slice(0, 7);
      });
    };
    const nextMonth = (period: string): string => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 1)).toISOString().slice(0, 7);
    const state = (period: string) => ({
      period,
      amount: STATE_AMOUNT[period.slice(0, 4)]!,
      payer: 'Государство',
      payerKind: 'STATE',
      paidOn: `${nextMonth(period)}-20`,
    });
    const stateMonths = (since: string) =>
      months()
        .filter((p) => p >= since)
        .map(state)
        .filter((c) => c.paidOn <= today());
    const paediatrician = (fullName: string, districtNumber: number, attachedSince: string, method: string) => ({
      organisation: CHILDREN_3,
      doctor: { fullName, specialty: 'PAEDIATRICIAN' },
      districtNumber,
      attachedSince,
      method,
    });
    const child = (iin: string, born: string, attachment: ReturnType<typeof paediatrician>) => ({
      iin,
      polyclinicAttachment: attachment,
      healthInsurance: { insured: true, statusReason: 'STATE_PAID', statePaidCategory: 'CHILD', contributions: stateMonths(born.slice(0, 7)) },
    });

    it('is exactly as the demo family (subgraphs/mocks/demo-family.ts) fixes it', async () => {
      const iins = [DEMO.user, DEMO.wife, DEMO.daughter, DEMO.son, DEMO.elderSon, DEMO.father];
      const asked = stateSystemAnswers();
      const body = await querySubgraph(served.url, entitiesQuery(FULL), { variables: { representations: representations(iins) } });
      expect(body.errors).toBeUndefined();
      expect(asked).toEqual([iins]);
      const [user, wife, daughter, son, elderSon, father] = body.data!._entities;

      expect(user).toEqual({
        iin: DEMO.user,
        polyclinicAttachment: {
          organisation: POLYCLINIC_5,
          doctor: { fullName: 'Жумабекова Сауле Маратовна', specialty: 'GENERAL_PRACTITIONER' },
          districtNumber: 12,
          attachedSince: '2019-09-02',
          method: 'PORTAL',
        },
        healthInsurance: {
          insured: true,
          statusReason: 'EMPLOYEE',
          statePaidCategory: null,
          contributions: months().map((period) => ({ period, amount: 13_500, payer: 'ТОО «Kaspi Tech»', payerKind: 'EMPLOYER', paidOn: `${period}-25` })),
        },
      });
      expect(user.healthInsurance.contributions).toHaveLength(24);

      expect(wife).toEqual({
        iin: DEMO.wife,
        polyclinicAttachment: {
          organisation: POLYCLINIC_5,
          doctor: { fullName: 'Жумабекова Сауле Маратовна', specialty: 'GENERAL_PRACTITIONER' },
          districtNumber: 12,
          attachedSince: '2019-10-14',
          method: 'PORTAL',
        },
        healthInsurance: {
          insured: true,
          statusReason: 'SELF_EMPLOYED',
          statePaidCategory: null,
          contributions: months().map((period) => ({ period, amount: 5_950, payer: 'ИП Ахметова А.Б.', payerKind: 'SELF', paidOn: `${period}-20` })),
        },
      });

      expect(daughter).toEqual(child(DEMO.daughter, '2021-05-10', paediatrician('Ким Елена Викторовна', 7, '2021-05-10', 'AUTOMATIC')));
      expect(son).toEqual(child(DEMO.son, '2023-09-01', paediatrician('Ким Елена Викторовна', 7, '2023-09-01', 'AUTOMATIC')));
      expect(elderSon).toEqual(child(DEMO.elderSon, '2010-02-02', paediatrician('Омарова Алия Нурлановна', 4, '2014-06-10', 'IN_PERSON')));
      expect(daughter.healthInsurance.contributions.length).toBeGreaterThanOrEqual(23);

      // The father turned 63 on 2025-11-11: his employer paid up to November 2025, the state since December.
      expect(father).toEqual({
        iin: DEMO.father,
        polyclinicAttachment: {
          organisation: { name: 'ГКП на ПХВ «Городская поликлиника №8»', ...ALMATY },
          doctor: { fullName: 'Петрова Ольга Николаевна', specialty: 'GENERAL_PRACTITIONER' },
          districtNumber: 3,
          attachedSince: '2012-03-05',
          method: 'IN_PERSON',
        },
        healthInsurance: {
          insured: true,
          statusReason: 'STATE_PAID',
          statePaidCategory: 'PENSIONER',
          contributions: [
            ...stateMonths('2025-12'),
            ...months()
              .filter((p) => p <= '2025-11')
              .map((period) => ({ period, amount: 9_600, payer: 'АО «Казахтелеком»', payerKind: 'EMPLOYER', paidOn: `${period}-20` })),
          ],
        },
      });
      expect(father.healthInsurance.contributions.map((c: { payerKind: string }) => c.payerKind)).toContain('EMPLOYER');
      expect(father.healthInsurance.contributions.map((c: { payerKind: string }) => c.payerKind)).toContain('STATE');
    });
  });

  describe('contributions(last)', () => {
    it('returns the newest `last` (12 by default, all for null, none for 0), newest first whatever order the state system gives', async () => {
      const [iin] = people(30, 1);
      const full = recordOf(DEMO.user).insurance.contributions;
      const shuffled = [...full].sort((a, b) => a.paidOn.localeCompare(b.paidOn) * (a.period.endsWith('1') ? -1 : 1));
      expect(shuffled).not.toEqual(full);
      const record: HealthRecord = { iin: iin!, attachment: null, insurance: { statePaidCategory: null, contributions: shuffled } };
      const asked = answeringWith(record);
      const body = await querySubgraph(
        served.url,
        entitiesQuery(
          'healthInsurance { byDefault: contributions { period } three: contributions(last: 3) { period } none: contributions(last: 0) { period } all: contributions(last: null) { period } many: contributions(last: 100) { period } }',
        ),
        { variables: { representations: representations([iin!]) } },
      );
      expect(body.errors).toBeUndefined();
      expect(asked).toHaveLength(1);
      const periods = full.map((c) => ({ period: c.period }));
      const got = body.data!._entities[0].healthInsurance;
      expect(got.byDefault).toEqual(periods.slice(0, 12));
      expect(got.three).toEqual(periods.slice(0, 3));
      expect(got.none).toEqual([]);
      expect(got.all).toEqual(periods);
      expect(got.many).toEqual(periods);
    });

    it('rejects a negative `last` with BAD_USER_INPUT', async () => {
      const [iin] = people(31, 1);
      stateSystemAnswers();
      const body = await querySubgraph(served.url, entitiesQuery('healthInsurance { contributions(last: -1) { period } }'), {
        variables: { representations: representations([iin!]) },
      });
      expect(body.data!._entities[0].healthInsurance).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    });
  });

  describe('the insurance status computed from the contributions', () => {
    const month = (n: number) => addMonths(periodOf(today()), -n);
    const paid = (
      n: number,
      payerKind: InsuranceContributionRecord['payerKind'],
      payer = payerKind === 'STATE' ? STATE_PAYER : 'ТОО «Береке Строй»',
    ): InsuranceContributionRecord => ({
      period: month(n),
      amount: 5_000,
      payer,
      payerKind,
      paidOn: `${month(n)}-25`,
    });
    const cases: Array<{
      title: string;
      category: HealthRecord['insurance']['statePaidCategory'];
      contributions: InsuranceContributionRecord[];
      expected: object;
    }> = [
      {
        title: 'an employer paid for last month',
        category: null,
        contributions: [paid(1, 'EMPLOYER'), paid(2, 'EMPLOYER')],
        expected: { insured: true, statusReason: 'EMPLOYEE' },
      },
      {
        title: 'an employer paid until three months ago (the window still covers it)',
        category: null,
        contributions: [paid(3, 'EMPLOYER'), paid(4, 'EMPLOYER')],
        expected: { insured: true, statusReason: 'EMPLOYEE' },
      },
      {
        title: 'the last employer contribution is four months old',
        category: null,
        contributions: [paid(4, 'EMPLOYER'), paid(5, 'EMPLOYER')],
        expected: { insured: false, statusReason: 'NOT_INSURED' },
      },
      {
        title: 'a new business after a job: the newest payer wins',
        category: null,
        contributions: [paid(1, 'SELF', 'ИП Иванов И.И.'), paid(3, 'EMPLOYER')],
        expected: { insured: true, statusReason: 'SELF_EMPLOYED' },
      },
      { title: 'no contributions at all', category: null, contributions: [], expected: { insured: false, statusReason: 'NOT_INSURED' } },
      {
        title: 'state contributions for a child who has turned 18 and left the category',
        category: null,
        contributions: [paid(1, 'STATE'), paid(2, 'STATE')],
        expected: { insured: false, statusReason: 'NOT_INSURED' },
      },
      {
        title: 'a new pensioner before the first state contribution',
        category: 'PENSIONER',
        contributions: [paid(1, 'EMPLOYER')],
        expected: { insured: true, statusReason: 'STATE_PAID', statePaidCategory: 'PENSIONER' },
      },
      {
        title: 'a child',
        category: 'CHILD',
        contributions: [paid(1, 'STATE')],
        expected: { insured: true, statusReason: 'STATE_PAID', statePaidCategory: 'CHILD' },
      },
    ];

    it.each(cases.map((c, i) => [c.title, i] as const))('%s', async (_title, i) => {
      const c = cases[i]!;
      const [iin] = people(40 + i, 1);
      const record: HealthRecord = { iin: iin!, attachment: null, insurance: { statePaidCategory: c.category, contributions: c.contributions } };
      answeringWith(record);
      const body = await querySubgraph(
        served.url,
        entitiesQuery('polyclinicAttachment { districtNumber } healthInsurance { insured statusReason statePaidCategory }'),
        {
          variables: { representations: representations([iin!]) },
        },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities[0]).toEqual({ polyclinicAttachment: null, healthInsurance: { statePaidCategory: null, ...c.expected } });
    });
  });

  it("serves the mock state system's records, one batch call for all the persons asked", async () => {
    const mock = createMock(population);
    const mockUrl = await mock.listen(0, '127.0.0.1');
    const overMock = await startForTest(subgraph, mockUrl);
    try {
      const iins = people(60, 3);
      const body = await querySubgraph(
        overMock.url,
        entitiesQuery(
          'iin polyclinicAttachment { districtNumber doctor { fullName } } healthInsurance { statusReason contributions(last: 1) { period amount } }',
        ),
        {
          variables: { representations: representations(iins) },
        },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!._entities.map((p: { iin: string }) => p.iin)).toEqual(iins);
      expect(body.data!._entities[0].polyclinicAttachment).toEqual(
        recordOf(iins[0]!).attachment && {
          districtNumber: recordOf(iins[0]!).attachment!.districtNumber,
          doctor: { fullName: recordOf(iins[0]!).attachment!.doctor.fullName },
        },
      );
      const stats = (await (await fetch(`${mockUrl}/_mock/stats`)).json()) as { system: string; calls: string[][] };
      expect(stats.system).toBe('health');
      expect(stats.calls).toEqual([iins]);
    } finally {
      await overMock.close();
      await mock.close();
    }
  });
});

describe('formats', () => {
  it('periods are YYYY-MM', () => {
    for (const good of ['2026-10', '2024-01', '1999-12']) expect(isPeriod(good), good).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-10', '2026-10-01', '2026/10', '', 202610]) expect(isPeriod(bad), String(bad)).toBe(false);
  });

  it('dates are real YYYY-MM-DD days', () => {
    for (const good of ['2024-02-29', '2026-11-22', '2019-09-02']) expect(isCalendarDate(good), good).toBe(true);
    for (const bad of ['2025-02-29', '2026-11-31', '2026-1-05', '2026-11-22T00:00:00Z', '']) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('payer names: employers have a legal form and a name in guillemets; entrepreneurs are ИП with initials', () => {
    for (const good of ['ТОО «Kaspi Tech»', 'АО «Казахтелеком»', 'КГУ «Школа-гимназия №12»', 'ГКП на ПХВ «Городская поликлиника №5»'])
      expect(isEmployerName(good), good).toBe(true);
    for (const bad of ['Kaspi Tech', 'ТОО Kaspi Tech', 'ТОО «»', 'ООО «Ромашка»', 'ИП Ахметова А.Б.', STATE_PAYER])
      expect(isEmployerName(bad), bad).toBe(false);
    for (const good of ['ИП Ахметова А.Б.', 'ИП Сейткали Д.', 'ИП Фёдорова Ә.С.']) expect(isEntrepreneurName(good), good).toBe(true);
    for (const bad of ['Ахметова А.Б.', 'ИП ахметова А.Б.', 'ИП Ахметова Айгерим Болатовна', 'ИП «Береке»', 'ТОО «Kaspi Tech»'])
      expect(isEntrepreneurName(bad), bad).toBe(false);
  });

  it('doctor and polyclinic names', () => {
    for (const good of ['Жумабекова Сауле Маратовна', 'Ким Елена Викторовна', 'Ли Ирина']) expect(isFullName(good), good).toBe(true);
    for (const bad of ['Жумабекова', 'жумабекова Сауле', 'Zhumabekova Saule', 'Жумабекова  Сауле']) expect(isFullName(bad), bad).toBe(false);
    for (const good of ['ГКП на ПХВ «Городская поликлиника №5»', 'Детская городская поликлиника №3', 'ТОО «Медицинский центр Сункар»'])
      expect(isPolyclinicName(good), good).toBe(true);
    for (const bad of ['Поликлиника', 'ГКП на ПХВ Городская поликлиника №5', 'АО «Казахтелеком»', '№5']) expect(isPolyclinicName(bad), bad).toBe(false);
  });
});

describe('rules', () => {
  it('counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -24)).toBe('2024-11');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(recentPeriods('2026-11-22')).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(recentPeriods('2026-01-01')).toEqual(['2025-10', '2025-11', '2025-12']);
  });

  it('pension age is 63 for men and 61 for women; children are under 18', () => {
    expect(pensionDateOf('1962-11-11', 'MALE')).toBe('2025-11-11');
    expect(isPensionerOn('1962-11-11', 'MALE', '2025-11-10')).toBe(false);
    expect(isPensionerOn('1962-11-11', 'MALE', '2025-11-11')).toBe(true);
    expect(isPensionerOn('1964-04-02', 'FEMALE', '2025-04-02')).toBe(true);
    expect(isPensionerOn('1964-04-02', 'MALE', '2025-04-02')).toBe(false);
    expect(isChildOn('2008-11-22', '2026-11-21')).toBe(true);
    expect(isChildOn('2008-11-22', '2026-11-22')).toBe(false);
  });
});

describe('the whole default population', () => {
  const on = today();
  const records = new Map(population.people.map((p) => [p.iin, healthRecordOf(p, population)] as const));
  const everyone = population.people.map((p) => ({ person: p, record: records.get(p.iin)! }));
  const isChild = (p: Citizen) => isChildOn(p.birthDate, on);
  const isPensioner = (p: Citizen) => isPensionerOn(p.birthDate, p.sex, on);

  it('has 10,000 people, each with a well-formed record of their own', () => {
    expect(everyone).toHaveLength(10_000);
    for (const { person, record } of everyone) {
      expect(record.iin).toBe(person.iin);
      expect(isHealthRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
    }
  });

  it('every contribution: a YYYY-MM period before the current month, paid on a real day not in the future, one a month', () => {
    const current = periodOf(on);
    const bad: unknown[] = [];
    for (const { person, record } of everyone) {
      const periods = record.insurance.contributions.map((c) => c.period);
      if (new Set(periods).size !== periods.length) bad.push({ duplicate: person.iin });
      if (periods.length > HISTORY_MONTHS) bad.push({ tooMany: person.iin });
      if (JSON.stringify(periods) !== JSON.stringify([...periods].sort().reverse())) bad.push({ order: person.iin });
      for (const c of record.insurance.contributions) {
        const ok =
          isPeriod(c.period) &&
          c.period < current &&
          c.period >= addMonths(current, -HISTORY_MONTHS) &&
          isCalendarDate(c.paidOn) &&
          c.paidOn <= on &&
          c.paidOn >= firstDayOf(c.period) &&
          lastDayOf(c.period) >= person.birthDate &&
          Number.isInteger(c.amount) &&
          c.amount > 0;
        if (!ok) bad.push(c);
      }
    }
    expect(bad).toEqual([]);
  });

  it('payers fit the status: the state pays for children and pensioners, employers and entrepreneurs by name', () => {
    const bad: unknown[] = [];
    for (const { person, record } of everyone) {
      for (const c of record.insurance.contributions) {
        const first = firstDayOf(c.period);
        const stateMonth = isChildOn(person.birthDate, first) || isPensionerOn(person.birthDate, person.sex, first);
        const ok =
          (stateMonth ? c.payerKind === 'STATE' : true) &&
          (c.payerKind === 'STATE') === (c.payer === STATE_PAYER) &&
          (c.payerKind !== 'EMPLOYER' || isEmployerName(c.payer)) &&
          (c.payerKind !== 'SELF' || (isEntrepreneurName(c.payer) && c.payer.startsWith(`ИП ${person.surname} `) && c.amount === selfContribution(c.period))) &&
          // The state pays for an adult below the pension age only in a category it pays for.
          (c.payerKind !== 'STATE' ||
            stateMonth ||
            ['STUDENT', 'CHILD_CARE_LEAVE', 'DISABILITY', 'REGISTERED_UNEMPLOYED'].includes(record.insurance.statePaidCategory!));
        if (!ok) bad.push({ iin: person.iin, birthDate: person.birthDate, c });
      }
    }
    expect(bad).toEqual([]);
  });

  it('children and pensioners are state-paid and insured; the categories fit the person', () => {
    const bad: unknown[] = [];
    const counts: Record<string, number> = {};
    for (const { person, record } of everyone) {
      const status = insuranceStatus(record.insurance, on);
      const category = record.insurance.statePaidCategory;
      counts[status.statusReason] = (counts[status.statusReason] ?? 0) + 1;
      if (category) counts[category] = (counts[category] ?? 0) + 1;
      const child = isChild(person);
      const pensioner = isPensioner(person);
      const youngest = person.childIins
        .map((i) => population.byIin.get(i)!.birthDate)
        .sort()
        .at(-1);
      const ok =
        (!(child || pensioner) || (status.statusReason === 'STATE_PAID' && status.insured)) &&
        (category === 'CHILD') === child &&
        (category === 'PENSIONER') === pensioner &&
        (category !== 'STUDENT' || (ageOn(person.birthDate, on) >= 18 && ageOn(person.birthDate, on) <= 22)) &&
        (category !== 'CHILD_CARE_LEAVE' || (person.sex === 'FEMALE' && !!youngest && ageOn(youngest, on) < 3)) &&
        status.insured === (status.statusReason !== 'NOT_INSURED');
      if (!ok) bad.push({ iin: person.iin, birthDate: person.birthDate, sex: person.sex, category, status });
    }
    expect(bad).toEqual([]);
    // Plausible and varied: every reason and category occurs, and most working-age adults are insured.
    for (const key of [
      'EMPLOYEE',
      'SELF_EMPLOYED',
      'STATE_PAID',
      'NOT_INSURED',
      'CHILD',
      'PENSIONER',
      'CHILD_CARE_LEAVE',
      'STUDENT',
      'DISABILITY',
      'REGISTERED_UNEMPLOYED',
    ]) {
      expect(counts[key] ?? 0, key).toBeGreaterThan(50);
    }
    expect(counts.NOT_INSURED! / 10_000).toBeLessThan(0.2);
    expect(counts.EMPLOYEE).toBeGreaterThan(counts.SELF_EMPLOYED!);
  });

  it('people are attached in their registered city, children to a paediatrician, and a district has one doctor of each specialty', () => {
    const bad: unknown[] = [];
    const doctors = new Map<string, string>();
    let unattached = 0;
    for (const { person, record } of everyone) {
      const a = record.attachment;
      if (!a) {
        unattached += 1;
        if (isChild(person) || isPensioner(person)) bad.push({ unattached: person.iin });
        continue;
      }
      const ok =
        a.organisation.city === person.address.city &&
        a.organisation.region === person.address.region &&
        isPolyclinicName(a.organisation.name) &&
        isFullName(a.doctor.fullName) &&
        a.doctor.specialty === (isChild(person) ? 'PAEDIATRICIAN' : 'GENERAL_PRACTITIONER') &&
        Number.isInteger(a.districtNumber) &&
        a.districtNumber >= 1 &&
        isCalendarDate(a.attachedSince) &&
        a.attachedSince >= person.birthDate &&
        a.attachedSince <= on &&
        ['PORTAL', 'IN_PERSON', 'AUTOMATIC'].includes(a.method) &&
        (a.method !== 'PORTAL' || a.attachedSince >= '2016-01-01');
      if (!ok) bad.push({ iin: person.iin, a });
      const key = `${a.organisation.city}|${a.organisation.name}|${a.districtNumber}|${a.doctor.specialty}`;
      if ((doctors.get(key) ?? a.doctor.fullName) !== a.doctor.fullName) bad.push({ twoDoctors: key });
      doctors.set(key, a.doctor.fullName);
    }
    expect(bad).toEqual([]);
    expect(unattached).toBeGreaterThan(0);
    expect(unattached / 10_000).toBeLessThan(0.05);
    expect(new Set([...doctors.keys()].map((k) => k.split('|')[0])).size).toBeGreaterThan(10);
  });

  it('is deterministic for a fixed day', () => {
    const again = generatePopulation();
    for (const p of again.people.slice(0, 500)) expect(healthRecordOf(p, again)).toEqual(records.get(p.iin));
  });
});
