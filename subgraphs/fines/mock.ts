/**
 * The mock state system of administrative fines and the debtors register: every person has a
 * record (possibly with empty lists), derived from the person alone. About a quarter of adults
 * have fines, most of them paid; about one in twenty is in the debtors register; minors have
 * neither. Offence dates run up to today(): the register holds fines imposed until now.
 */
import { addYears, ageOn, MAJORITY_AGE } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { DEMO } from '../mocks/demo-family.js';
import type { Citizen, Population } from '../mocks/population.js';
import { NAMES, PLACES, patronymicFor, surnameFor, type Place } from '../mocks/places.js';
import { randomFor, type Random } from '../mocks/random.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import type { DebtRecoveryKind } from './__generated__/resolvers.js';
import type { AdministrativeFineRecord, DebtEntry, FinesRecord } from './record.js';
import { addDays, discountDeadlineOf, discountedAmountOf, MRP_BY_YEAR, mrpOn } from './rules.js';

interface Article {
  code: string;
  title: string;
  /** The fine, in МРП. */
  mrp: number;
  /** Whether the 50% discount of КоАП art. 910 part 2 applies. */
  discount: boolean;
  /** Who imposes it: the police department, or the specialised administrative court. */
  by: 'POLICE' | 'COURT';
  /** How often it occurs, relatively. */
  weight: number;
}

const ARTICLES: readonly Article[] = [
  { code: '592 ч.1', title: 'Превышение скорости', mrp: 10, discount: true, by: 'POLICE', weight: 30 },
  { code: '592 ч.2', title: 'Превышение скорости более чем на 20 км/ч', mrp: 20, discount: true, by: 'POLICE', weight: 10 },
  { code: '592 ч.3', title: 'Превышение скорости более чем на 40 км/ч', mrp: 40, discount: true, by: 'POLICE', weight: 3 },
  { code: '597 ч.1', title: 'Нарушение правил остановки и стоянки', mrp: 5, discount: true, by: 'POLICE', weight: 15 },
  { code: '599 ч.1', title: 'Проезд на запрещающий сигнал светофора', mrp: 10, discount: true, by: 'POLICE', weight: 6 },
  { code: '610 ч.1', title: 'Нарушение правил пользования ремнями безопасности', mrp: 5, discount: true, by: 'POLICE', weight: 8 },
  { code: '615 ч.1', title: 'Переход проезжей части в неустановленном месте', mrp: 3, discount: true, by: 'POLICE', weight: 5 },
  { code: '635 ч.1', title: 'Отсутствие полиса обязательного страхования ГПО владельцев транспорта', mrp: 7, discount: true, by: 'POLICE', weight: 4 },
  { code: '492 ч.1', title: 'Проживание без регистрации по месту жительства', mrp: 7, discount: true, by: 'POLICE', weight: 2 },
  { code: '440 ч.1', title: 'Распитие алкогольных напитков в общественных местах', mrp: 5, discount: false, by: 'POLICE', weight: 3 },
  { code: '434 ч.1', title: 'Мелкое хулиганство', mrp: 5, discount: false, by: 'COURT', weight: 2 },
];

const BANKS = ['АО «Kaspi Bank»', 'АО «Halyk Bank»', 'АО «Банк ЦентрКредит»', 'АО «ForteBank»', 'АО «Home Credit Bank»', 'ТОО «МФО «Solva»»'];
const OTHER_CREDITORS = ['АО «Казахтелеком»', 'АО «Kcell»', 'ТОО «Алматы Су»', 'АО «АлматыЭнергоСбыт»', 'ТОО «Астана-ЕРЦ»'];

/** Fines of these years only: their МРП is known. */
const FIRST_YEAR = Math.min(...Object.keys(MRP_BY_YEAR).map(Number));
const LAST_YEAR = Math.max(...Object.keys(MRP_BY_YEAR).map(Number));

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);
const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** «г. Алматы» stays; «Акмолинская область» becomes «Акмолинской области». */
const regionGenitive = (region: string): string => region.replace(/ская область$/, 'ской области');

const pickWeighted = <T extends { weight: number }>(rnd: Random, items: readonly T[]): T => {
  let point = rnd.next() * items.reduce((sum, i) => sum + i.weight, 0);
  for (const item of items) {
    point -= item.weight;
    if (point < 0) return item;
  }
  return items[items.length - 1]!;
};

const protocolNumber = (place: Place, offenceDate: string, serial: number): string =>
  `${place.plateCode}${offenceDate.slice(2).replaceAll('-', '')}${String(serial).padStart(5, '0')}`;

function fineOf(rnd: Random, home: Place, from: string, to: string, now: string): AdministrativeFineRecord {
  const article = pickWeighted(rnd, ARTICLES);
  const place = rnd.chance(0.85) ? home : rnd.pick(PLACES);
  const offenceDate = rnd.date(from, to);
  const decisionDate = earlier(addDays(offenceDate, rnd.pick([0, 0, 0, 0, 0, 1, 2, 3, 5, 10])), now);
  const amount = article.mrp * mrpOn(offenceDate)!;
  const paid = rnd.chance(daysBetween(decisionDate, now) < 30 ? 0.5 : 0.88);
  const paidOn = paid ? earlier(addDays(decisionDate, rnd.pick([0, 1, 2, 3, 5, 6, 7, 12, 20, 35, 60])), now) : null;
  const withDiscount = article.discount && paidOn !== null && paidOn <= discountDeadlineOf(decisionDate);
  return {
    protocolNumber: protocolNumber(place, offenceDate, rnd.int(1, 99_999)),
    article: { code: article.code, title: article.title },
    amount,
    offenceDate,
    decisionDate,
    authority: article.by === 'POLICE' ? `ДП ${regionGenitive(place.region)}` : `САС ${regionGenitive(place.region)}`,
    discountEligible: article.discount,
    paid,
    paidOn,
    paidAmount: paid ? (withDiscount ? discountedAmountOf(amount) : amount) : null,
  };
}

function officerName(rnd: Random): string {
  const names = NAMES[rnd.chance(0.7) ? 'KAZAKH' : 'RUSSIAN'];
  const sex = rnd.chance(0.5) ? 'MALE' : 'FEMALE';
  const first = rnd.pick(sex === 'MALE' ? names.male : names.female);
  return `${surnameFor(rnd.pick(names.surnames), sex)} ${first} ${patronymicFor(rnd.pick(names.male), sex)}`;
}

function debtOf(rnd: Random, kind: DebtRecoveryKind, home: Place, from: string, now: string): DebtEntry {
  const place = rnd.chance(0.85) ? home : rnd.pick(PLACES);
  const where = regionGenitive(place.region);
  const openedOn = rnd.date(from, now);
  const amounts: Record<DebtRecoveryKind, () => number> = {
    ALIMONY: () => rnd.int(40_000, 1_500_000),
    TAX: () => rnd.int(3_000, 400_000),
    BANK_LOAN: () => rnd.int(80_000, 4_000_000),
    FINE: () => rnd.pick([5, 10, 20, 40]) * (mrpOn(openedOn) ?? MRP_BY_YEAR[FIRST_YEAR]!),
    OTHER: () => rnd.int(15_000, 600_000),
  };
  const creditors: Record<DebtRecoveryKind, () => string | null> = {
    ALIMONY: () => null,
    TAX: () => `ДГД по ${where}`,
    BANK_LOAN: () => rnd.pick(BANKS),
    FINE: () => `ДП ${where}`,
    OTHER: () => rnd.pick(OTHER_CREDITORS),
  };
  const amount = amounts[kind]();
  const privateOfficer = rnd.chance(0.7);
  return {
    proceedingNumber: `${place.plateCode}-${openedOn.slice(0, 4)}-${String(rnd.int(1, 999_999)).padStart(6, '0')}`,
    kind,
    creditor: creditors[kind](),
    amount,
    enforcementOfficer: {
      fullName: officerName(rnd),
      office: privateOfficer ? `Частный судебный исполнитель, исполнительный округ ${where}` : `Департамент юстиции ${where}`,
    },
    openedOn,
    travelBan: rnd.chance(kind === 'ALIMONY' ? 0.9 : amount >= 400_000 ? 0.7 : 0.3),
  };
}

/** The demo user's fines, exactly as the demo family (subgraphs/mocks/demo-family.ts) fixes them. */
const DEMO_USER_FINES: readonly AdministrativeFineRecord[] = [
  {
    protocolNumber: '0226111800123',
    article: { code: '592 ч.1', title: 'Превышение скорости' },
    amount: 43_250,
    offenceDate: '2026-11-18',
    decisionDate: '2026-11-18',
    authority: 'ДП г. Алматы',
    discountEligible: true,
    paid: false,
    paidOn: null,
    paidAmount: null,
  },
  {
    protocolNumber: '0125090301876',
    article: { code: '592 ч.2', title: 'Превышение скорости более чем на 20 км/ч' },
    amount: 78_640,
    offenceDate: '2025-09-03',
    decisionDate: '2025-09-03',
    authority: 'ДП г. Астана',
    discountEligible: true,
    paid: true,
    paidOn: '2025-10-20',
    paidAmount: 78_640,
  },
  {
    protocolNumber: '0224061200457',
    article: { code: '597 ч.1', title: 'Нарушение правил остановки и стоянки' },
    amount: 18_460,
    offenceDate: '2024-06-12',
    decisionDate: '2024-06-12',
    authority: 'ДП г. Алматы',
    discountEligible: true,
    paid: true,
    paidOn: '2024-06-15',
    paidAmount: 9_230,
  },
];

/** The demo family's fixed records: one unpaid fine and two paid ones for the user; nothing for the others. */
const DEMO_FINES: Readonly<Record<string, readonly AdministrativeFineRecord[]>> = {
  [DEMO.user]: DEMO_USER_FINES,
  [DEMO.wife]: [],
  [DEMO.daughter]: [],
  [DEMO.son]: [],
  [DEMO.elderSon]: [],
  [DEMO.father]: [],
};

export function finesRecordOf(person: Citizen, population: Population): FinesRecord {
  const demo = DEMO_FINES[person.iin];
  if (demo) return { iin: person.iin, fines: demo.map((f) => ({ ...f, article: { ...f.article } })), debts: [] };

  const now = today();
  const adultOn = addYears(person.birthDate, MAJORITY_AGE);
  const record: FinesRecord = { iin: person.iin, fines: [], debts: [] };
  if (adultOn > now) return record;
  const rnd = randomFor(person.iin, 'fines');
  const home = PLACES.find((p) => p.city === person.address.city) ?? PLACES[1]!;

  const from = later(adultOn, `${FIRST_YEAR}-01-01`);
  const to = earlier(now, `${LAST_YEAR}-12-31`);
  if (rnd.chance(0.25) && from <= to) {
    const count = rnd.pick([1, 1, 1, 1, 2, 2, 2, 3, 4, 6]);
    for (let i = 0; i < count; i++) record.fines.push(fineOf(rnd, home, from, to, now));
    record.fines.sort((a, b) => b.offenceDate.localeCompare(a.offenceDate));
  }

  if (rnd.chance(0.05)) {
    const hasMinorChild = person.childIins.some((c) => {
      const child = population.byIin.get(c);
      return child !== undefined && ageOn(child.birthDate, now) < MAJORITY_AGE;
    });
    const kinds: Array<{ kind: DebtRecoveryKind; weight: number }> = [
      { kind: 'BANK_LOAN', weight: 35 },
      { kind: 'ALIMONY', weight: hasMinorChild ? 25 : 0 },
      { kind: 'TAX', weight: 15 },
      { kind: 'FINE', weight: 15 },
      { kind: 'OTHER', weight: 15 },
    ];
    const count = rnd.pick([1, 1, 1, 2, 2, 3]);
    const openedFrom = later(adultOn, '2018-01-01');
    for (let i = 0; i < count; i++) record.debts.push(debtOf(rnd, pickWeighted(rnd, kinds).kind, home, openedFrom, now));
    record.debts.sort((a, b) => b.openedOn.localeCompare(a.openedOn));
  }
  return record;
}

export const createMock = (population?: Population): MockStateSystem => createMockStateSystem({ system: 'fines', recordOf: finesRecordOf, population });
