/**
 * The public services E-Kyzmet's mock knows, with the terms of their service passports and the
 * result document each gives. Terms of the first four are those of the service passports; the others are plausible.
 * Codes are this mock's own (`<area>-<nnn>`).
 */
import type { BilingualText, ServicePassport } from './record.js';
import type { ServiceDocumentKind } from './__generated__/resolvers.js';

export interface ServiceDefinition extends ServicePassport {
  /** The document a completed request gives. */
  result: { kind: ServiceDocumentKind; title: BilingualText };
  /** The passport part alone, as a request record carries it (one object, shared). */
  passport: ServicePassport;
}

const service = (
  code: string,
  name: BilingualText,
  termWorkingDays: number,
  termOnPortalMinutes: number | null,
  result: ServiceDefinition['result'],
): ServiceDefinition => {
  const passport = { code, name, termWorkingDays, termOnPortalMinutes };
  return { ...passport, result, passport };
};

export const SERVICES = {
  specialStateAllowance: service('SOC-001', { kk: 'Арнаулы мемлекеттік жәрдемақы тағайындау', ru: 'Назначение специального государственного пособия' }, 8, 30, {
    kind: 'DECISION',
    title: { kk: 'Арнаулы мемлекеттік жәрдемақы тағайындау туралы шешім', ru: 'Решение о назначении специального государственного пособия' },
  }),
  childCarePayment: service(
    'SOC-002',
    {
      kk: 'Бала бір жасқа толғанға дейін оның күтіміне байланысты табысынан айырылған жағдайда әлеуметтік төлем тағайындау',
      ru: 'Назначение социальной выплаты на случай потери дохода в связи с уходом за ребенком по достижении им возраста одного года',
    },
    7,
    null,
    { kind: 'NOTIFICATION', title: { kk: 'Әлеуметтік төлем тағайындау туралы хабарлама', ru: 'Уведомление о назначении социальной выплаты' } },
  ),
  jobSeekerRegistration: service('EMP-001', { kk: 'Жұмыс іздеп жүрген адамдарды тіркеу', ru: 'Регистрация лиц, ищущих работу' }, 1, null, {
    kind: 'NOTIFICATION',
    title: { kk: 'Жұмыс іздеп жүрген адам ретінде тіркелгені туралы хабарлама', ru: 'Уведомление о регистрации в качестве лица, ищущего работу' },
  }),
  oldAgePension: service('PEN-001', { kk: 'Жасына байланысты зейнетақы төлемдерін тағайындау', ru: 'Назначение пенсионных выплат по возрасту' }, 10, null, {
    kind: 'DECISION',
    title: { kk: 'Жасына байланысты зейнетақы төлемдерін тағайындау туралы шешім', ru: 'Решение о назначении пенсионных выплат по возрасту' },
  }),
  criminalRecordCertificate: service(
    'JUS-001',
    { kk: 'Сотталғандығының бар не жоқ екендігі туралы анықтама беру', ru: 'Выдача справки о наличии либо отсутствии судимости' },
    5,
    20,
    { kind: 'CERTIFICATE', title: { kk: 'Сотталғандығының бар не жоқ екендігі туралы анықтама', ru: 'Справка о наличии либо отсутствии судимости' } },
  ),
  addressCertificate: service('ADR-001', { kk: 'Тұрғылықты жері бойынша мекенжай анықтамасын беру', ru: 'Выдача адресной справки с места жительства' }, 1, 15, {
    kind: 'CERTIFICATE',
    title: { kk: 'Тұрғылықты жері бойынша мекенжай анықтамасы', ru: 'Адресная справка с места жительства' },
  }),
  marriageRegistration: service(
    'CIV-001',
    { kk: 'Неке (ерлі-зайыптылық) қиюды мемлекеттік тіркеу', ru: 'Государственная регистрация заключения брака (супружества)' },
    22,
    null,
    { kind: 'CERTIFICATE', title: { kk: 'Неке (ерлі-зайыптылық) қию туралы куәлік', ru: 'Свидетельство о заключении брака (супружества)' } },
  ),
  birthRegistration: service('CIV-002', { kk: 'Баланың тууын мемлекеттік тіркеу', ru: 'Государственная регистрация рождения ребенка' }, 1, 30, {
    kind: 'CERTIFICATE',
    title: { kk: 'Туу туралы куәлік', ru: 'Свидетельство о рождении' },
  }),
  kindergartenQueue: service(
    'EDU-001',
    {
      kk: 'Мектепке дейінгі (6 жасқа дейін) балаларды мектепке дейінгі ұйымдарға жіберу үшін кезекке қою',
      ru: 'Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в детские дошкольные организации',
    },
    1,
    30,
    { kind: 'NOTIFICATION', title: { kk: 'Кезекке қойылғаны туралы хабарлама', ru: 'Уведомление о постановке на очередь' } },
  ),
  polyclinicAttachment: service(
    'HLT-001',
    {
      kk: 'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту',
      ru: 'Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь',
    },
    1,
    null,
    { kind: 'NOTIFICATION', title: { kk: 'Медициналық ұйымға бекітілгені туралы хабарлама', ru: 'Уведомление о прикреплении к медицинской организации' } },
  ),
} as const satisfies Record<string, ServiceDefinition>;

export type ServiceKey = keyof typeof SERVICES;

export const SERVICE_LIST: readonly ServiceDefinition[] = Object.values(SERVICES);
