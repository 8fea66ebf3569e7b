/**
 * The e-licensing database's classifier and formats: the licensed activities with their names as in
 * the Law «On permits and notifications» (Annex 1), their subtypes and licensors, and the number
 * formats, with validators the tests run over the whole population.
 */
import type { LicenceHolderKind, LicenceStatus, LicensedActivity } from './__generated__/resolvers.js';

interface ActivityEntry {
  name: string;
  /** The subtypes the Law gives; empty when the activity has none. */
  subtypes: readonly string[];
  /** The licensor for a holder in this region (`г. Алматы`, `Акмолинская область`). */
  licensor: (region: string) => string;
  /** Who may hold it. */
  holders: readonly LicenceHolderKind[];
}

/** `г. Алматы` → `города Алматы`; `Акмолинская область` → `Акмолинской области`. */
export const regionGenitive = (region: string): string =>
  region.startsWith('г. ') ? `города ${region.slice(3)}` : region.replace(/ская область$/, 'ской области');

const MINISTRY_OF_JUSTICE = 'РГУ «Министерство юстиции Республики Казахстан»';

export const ACTIVITIES: Readonly<Record<LicensedActivity, ActivityEntry>> = {
  MEDICAL: {
    name: 'Медицинская деятельность',
    subtypes: [
      'Стоматологическая помощь',
      'Первичная медико-санитарная помощь',
      'Специализированная медицинская помощь в амбулаторных условиях',
      'Медицинская реабилитация',
    ],
    licensor: (r) => `ГУ «Управление здравоохранения ${regionGenitive(r)}»`,
    holders: ['INDIVIDUAL_ENTREPRENEUR', 'LEGAL_ENTITY'],
  },
  PHARMACEUTICAL: {
    name: 'Фармацевтическая деятельность',
    subtypes: ['Розничная реализация лекарственных средств', 'Розничная реализация медицинских изделий', 'Оптовая реализация лекарственных средств'],
    licensor: (r) => `ГУ «Управление здравоохранения ${regionGenitive(r)}»`,
    holders: ['INDIVIDUAL_ENTREPRENEUR', 'LEGAL_ENTITY'],
  },
  EDUCATIONAL: {
    name: 'Образовательная деятельность',
    subtypes: ['Начальное образование', 'Основное среднее образование', 'Общее среднее образование', 'Техническое и профессиональное образование'],
    licensor: (r) => `РГУ «Департамент по обеспечению качества в сфере образования ${regionGenitive(r)}»`,
    holders: ['LEGAL_ENTITY'],
  },
  CONSTRUCTION: {
    name: 'Изыскательская, проектная деятельность и строительно-монтажные работы',
    subtypes: ['Строительно-монтажные работы, III категория', 'Строительно-монтажные работы, II категория', 'Проектная деятельность, II категория'],
    licensor: (r) => `ГУ «Управление государственного архитектурно-строительного контроля ${regionGenitive(r)}»`,
    holders: ['INDIVIDUAL_ENTREPRENEUR', 'LEGAL_ENTITY'],
  },
  PASSENGER_TRANSPORT: {
    name: 'Перевозка пассажиров автобусами и микроавтобусами в междугородном, межобластном и международном сообщении',
    subtypes: ['Междугородные межобластные перевозки', 'Международные перевозки'],
    licensor: () => 'РГУ «Комитет транспорта Министерства транспорта Республики Казахстан»',
    holders: ['INDIVIDUAL_ENTREPRENEUR', 'LEGAL_ENTITY'],
  },
  SECURITY: {
    name: 'Охранная деятельность',
    subtypes: ['Охрана объектов', 'Охрана физических лиц', 'Сопровождение и охрана грузов'],
    licensor: () => 'РГУ «Комитет административной полиции Министерства внутренних дел Республики Казахстан»',
    // only a legal entity may be a private security organisation
    holders: ['LEGAL_ENTITY'],
  },
  ALCOHOL_RETAIL: {
    name: 'Хранение и розничная реализация алкогольной продукции',
    subtypes: [],
    licensor: (r) => `ГУ «Управление предпринимательства и индустриально-инновационного развития ${regionGenitive(r)}»`,
    holders: ['INDIVIDUAL_ENTREPRENEUR', 'LEGAL_ENTITY'],
  },
  ADVOCACY: { name: 'Адвокатская деятельность', subtypes: [], licensor: () => MINISTRY_OF_JUSTICE, holders: ['PERSON'] },
  NOTARY: { name: 'Нотариальная деятельность', subtypes: [], licensor: () => MINISTRY_OF_JUSTICE, holders: ['PERSON'] },
};

export const ACTIVITY_CODES = Object.keys(ACTIVITIES) as LicensedActivity[];
export const STATUSES = ['VALID', 'SUSPENDED', 'REVOKED', 'TERMINATED'] as const satisfies readonly LicenceStatus[];
export const HOLDER_KINDS = ['PERSON', 'INDIVIDUAL_ENTREPRENEUR', 'LEGAL_ENTITY'] as const satisfies readonly LicenceHolderKind[];

/** The reasons the licensor's decisions give. */
export const STATUS_REASONS: Readonly<Record<Exclude<LicenceStatus, 'VALID'>, readonly string[]>> = {
  SUSPENDED: ['Приостановление действия лицензии по решению суда', 'Приостановление действия лицензии по заявлению лицензиата'],
  REVOKED: ['Лишение лицензии по решению суда'],
  TERMINATED: ['Прекращение деятельности индивидуального предпринимателя', 'Добровольный возврат лицензии', 'Ликвидация юридического лица'],
};

/** A licence number: the two-digit year of issue and six digits (`22004517`). */
export const isLicenceNumber = (value: unknown): value is string => typeof value === 'string' && /^\d{8}$/.test(value);

/** A licence number of a licence issued on `issuedOn`. */
export const numberMatchesYear = (number: string, issuedOn: string): boolean => number.slice(0, 2) === issuedOn.slice(2, 4);

/** An annex number: three digits from `001`. */
export const isAnnexNumber = (value: unknown): value is string => typeof value === 'string' && /^\d{3}$/.test(value) && value !== '000';

/** A calendar date, `YYYY-MM-DD`, that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
