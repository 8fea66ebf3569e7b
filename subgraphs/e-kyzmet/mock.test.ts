import { describe, expect, it } from 'vitest';
import { addYears, ageOn } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { DEMO_IINS } from '../mocks/demo-family.js';
import { generatePopulation } from '../mocks/population.js';
import { addDays, isWorkingDay, kazakhstanDate } from './calendar.js';
import { isDateTime, isDocumentUrl, isKazakhText, isRequestNumber, isRussianText, isServiceCode } from './formats.js';
import { eKyzmetRecordOf, HEAVY_REQUESTS, HISTORY_FROM, MAX_ORDINARY_REQUESTS } from './mock.js';
import { FINAL_STATUSES, isEKyzmetRecord, SERVICE_CHANNELS, SERVICE_REQUEST_STATUSES } from './record.js';
import { isOverdue } from './requests.js';
import { SERVICE_LIST, SERVICES } from './services.js';

describe('E-Kyzmet mock over the whole default population', () => {
  const population = generatePopulation();

  it('gives the service terms of the service passports', () => {
    expect(
      [SERVICES.specialStateAllowance, SERVICES.childCarePayment, SERVICES.jobSeekerRegistration, SERVICES.oldAgePension].map((s) => [
        s.termWorkingDays,
        s.termOnPortalMinutes,
      ]),
    ).toEqual([
      [8, 30],
      [7, null],
      [1, null],
      [10, null],
    ]);
    for (const s of SERVICE_LIST) {
      expect(isServiceCode(s.code), s.code).toBe(true);
      expect(isKazakhText(s.name.kk) && isRussianText(s.name.ru) && isKazakhText(s.result.title.kk) && isRussianText(s.result.title.ru), s.code).toBe(true);
    }
    expect(new Set(SERVICE_LIST.map((s) => s.code)).size).toBe(SERVICE_LIST.length);
  });

  it('derives a deterministic record for every person', () => {
    const again = generatePopulation();
    for (const person of population.people.slice(0, 300)) {
      expect(eKyzmetRecordOf(person, population)).toEqual(eKyzmetRecordOf(again.byIin.get(person.iin)!, again));
    }
  });

  it('gives every person a well-formed record with valid formats and consistent histories', () => {
    const now = today();
    const catalogue = new Map(SERVICE_LIST.map((s) => [s.code, s]));
    const numbers = new Set<string>();
    const statuses = new Set<string>();
    const channels = new Set<string>();
    let adults = 0;
    let heavy = 0;
    let withRequests = 0;
    let requests = 0;
    let overdue = 0;
    let open = 0;
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };

    for (const person of population.people) {
      const record = eKyzmetRecordOf(person, population);
      expect(isEKyzmetRecord(record)).toBe(true);
      expect(record.iin).toBe(person.iin);
      const n = record.requests.length;
      const adult = ageOn(person.birthDate, now) >= 18;
      if (!adult) check(n === 0, `a minor has ${n} requests`);
      else {
        adults += 1;
        if (n >= HEAVY_REQUESTS.min) heavy += 1;
        check(n <= MAX_ORDINARY_REQUESTS || (n >= HEAVY_REQUESTS.min && n <= HEAVY_REQUESTS.max), `an adult has ${n} requests`);
      }
      if (n > 0) withRequests += 1;
      const demo = DEMO_IINS.includes(person.iin);

      for (const r of record.requests) {
        requests += 1;
        const tag = r.number;
        const submittedOn = kazakhstanDate(r.submittedAt);
        check(isRequestNumber(r.number), `number ${tag}`);
        check(r.number.slice(3, 7) === submittedOn.slice(0, 4), `${tag}: year of the number is not the year of submission ${r.submittedAt}`);
        check(!numbers.has(r.number), `${tag}: duplicate number`);
        numbers.add(r.number);
        const service = catalogue.get(r.service.code);
        check(!!service && JSON.stringify(r.service) === JSON.stringify(service.passport), `${tag}: service ${r.service.code}`);
        statuses.add(r.status);
        channels.add(r.channel);
        check(SERVICE_CHANNELS.includes(r.channel) && SERVICE_REQUEST_STATUSES.includes(r.status), `${tag}: enums`);
        check(isDateTime(r.submittedAt), `${tag}: submittedAt ${r.submittedAt}`);
        check(submittedOn >= HISTORY_FROM && submittedOn < now, `${tag}: submitted ${submittedOn}`);
        check(ageOn(person.birthDate, submittedOn) >= 18, `${tag}: submitted by a minor`);
        if (r.channel === 'PSC' || r.channel === 'PUBLIC_ACCESS_POINT') check(isWorkingDay(submittedOn), `${tag}: ${r.channel} open on ${submittedOn}`);

        // History: starts with the submission, strictly increasing, ends with the current status, final statuses only last.
        const h = r.statusHistory;
        check(h[0]!.status === 'SUBMITTED' && h[0]!.at === r.submittedAt, `${tag}: first history entry`);
        check(h[h.length - 1]!.status === r.status, `${tag}: last history entry is not the status`);
        h.forEach((c, i) => {
          check(isDateTime(c.at), `${tag}: history at ${c.at}`);
          check(kazakhstanDate(c.at) < now, `${tag}: history in the future ${c.at}`);
          if (i > 0) check(Date.parse(c.at) > Date.parse(h[i - 1]!.at), `${tag}: history out of order`);
          if (i < h.length - 1) check(!FINAL_STATUSES.includes(c.status), `${tag}: ${c.status} before the end`);
        });

        // Results: one bilingual PDF for a completed request, issued when it was completed; none otherwise.
        if (r.status === 'COMPLETED') {
          check(r.resultDocuments.length === 1, `${tag}: completed without a document`);
          for (const d of r.resultDocuments) {
            check(isDocumentUrl(d.url), `${tag}: url ${d.url}`);
            check(d.issuedAt === h[h.length - 1]!.at && isDateTime(d.issuedAt), `${tag}: issuedAt`);
            check(isKazakhText(d.title.kk) && isRussianText(d.title.ru), `${tag}: title`);
            check(d.kind === service?.result.kind, `${tag}: kind`);
          }
        } else check(r.resultDocuments.length === 0, `${tag}: ${r.status} with documents`);
        if (!FINAL_STATUSES.includes(r.status)) open += 1;
        if (isOverdue(r, now)) overdue += 1;

        // Domain rules of the life-event services.
        const beneficiary = r.beneficiaryIin ? population.byIin.get(r.beneficiaryIin) : undefined;
        if (r.beneficiaryIin) check(!!beneficiary && person.childIins.includes(r.beneficiaryIin), `${tag}: beneficiary is not a child of the applicant`);
        if (r.service.code === SERVICES.childCarePayment.code) {
          check(
            !!beneficiary && beneficiary.birthDate < submittedOn && addYears(beneficiary.birthDate, 1) > submittedOn,
            `${tag}: child-care payment for a child not under one`,
          );
        }
        if (r.service.code === SERVICES.kindergartenQueue.code)
          check(!!beneficiary && ageOn(beneficiary.birthDate, submittedOn) < 6, `${tag}: kindergarten queue`);
        if (r.service.code === SERVICES.birthRegistration.code)
          check(!!beneficiary && submittedOn <= addDays(beneficiary.birthDate, 30), `${tag}: birth registration`);
        if (r.service.code === SERVICES.oldAgePension.code && !demo) {
          check(ageOn(person.birthDate, submittedOn) >= (person.sex === 'MALE' ? 63 : 61), `${tag}: pension before the pension age`);
        }
        if (r.service.code === SERVICES.marriageRegistration.code) {
          check(
            person.marriages.some((m) => m.registeredOn > submittedOn && m.registeredOn <= addDays(submittedOn, 30)),
            `${tag}: marriage registration`,
          );
        }
      }
    }

    expect(problems).toEqual([]);
    expect(heavy / adults).toBeGreaterThan(0.035);
    expect(heavy / adults).toBeLessThan(0.065);
    expect(withRequests / adults).toBeGreaterThan(0.5);
    expect([...statuses].sort()).toEqual([...SERVICE_REQUEST_STATUSES].sort());
    expect([...channels].sort()).toEqual([...SERVICE_CHANNELS].sort());
    expect(open).toBeGreaterThan(10);
    expect(overdue / requests).toBeGreaterThan(0.005);
    expect(overdue / requests).toBeLessThan(0.1);
  });
});
