/** The page's labels in Kazakh, Russian and English, and dates and money as they are written in Kazakhstan. */
import type { DossierSection, ServiceRequestStatus } from '../operations/__generated__/client/graphql';

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: ReadonlyArray<{ lang: Lang; label: string }> = [
  { lang: 'kk', label: 'Қаз' },
  { lang: 'ru', label: 'Рус' },
  { lang: 'en', label: 'Eng' },
];

type Labels = {
  title: string;
  devLogin: string;
  who: string;
  method: string;
  EDS: string;
  SMS: string;
  PASSWORD: string;
  signIn: string;
  signOut: string;
  loading: string;
  refresh: string;
  hide: string;
  show: string;
  hidden: string;
  updated: (ago: string) => string;
  stale: string;
  staleNote: string;
  fromCache: string;
  edsRequired: string;
  down: string;
  forbidden: string;
  failed: string;
  retryIn: (seconds: number) => string;
  children: string;
  accessLog: string;
  when: string;
  sectionsColumn: string;
  reader: string;
  relation: string;
  login: string;
  client: string;
  you: string;
  none: string;
  born: string;
  address: string;
  document: string;
  validUntil: string;
  invalid: string;
  area: string;
  licence: string;
  attachedTo: string;
  doctor: string;
  insured: string;
  notInsured: string;
  amountDue: string;
  discountUntil: string;
  travelBan: string;
  position: string;
  housing: string;
  due: string;
  overdue: string;
  total: (n: number) => string;
  perMonth: string;
  install: string;
  sections: Record<DossierSection, string>;
  requestStatus: Record<ServiceRequestStatus, string>;
};

const SECTIONS_KK: Record<DossierSection, string> = {
  CIVIL_REGISTRY: 'Жеке басы және отбасы',
  PROPERTY: 'Жылжымайтын мүлік',
  VEHICLES: 'Көлік және жүргізуші куәлігі',
  HEALTH: 'Денсаулық және сақтандыру',
  FINES: 'Айыппұлдар мен берешектер',
  QUEUES: 'Кезектер (балабақша, тұрғын үй)',
  SERVICE_REQUESTS: 'Мемлекеттік қызметтерге өтінімдер',
  SOCIAL_BENEFITS: 'Әлеуметтік төлемдер',
  LICENCES: 'Лицензиялар мен рұқсаттар',
};
const SECTIONS_RU: Record<DossierSection, string> = {
  CIVIL_REGISTRY: 'Личность и семья',
  PROPERTY: 'Недвижимость',
  VEHICLES: 'Транспорт и водительское удостоверение',
  HEALTH: 'Здоровье и медстрахование',
  FINES: 'Штрафы и задолженности',
  QUEUES: 'Очереди (детсад, жильё)',
  SERVICE_REQUESTS: 'Заявки на госуслуги',
  SOCIAL_BENEFITS: 'Социальные выплаты',
  LICENCES: 'Лицензии и разрешения',
};
const SECTIONS_EN: Record<DossierSection, string> = {
  CIVIL_REGISTRY: 'Identity and family',
  PROPERTY: 'Real estate',
  VEHICLES: 'Vehicles and driving licence',
  HEALTH: 'Health and insurance',
  FINES: 'Fines and debts',
  QUEUES: 'Queues (kindergarten, housing)',
  SERVICE_REQUESTS: 'Public-service requests',
  SOCIAL_BENEFITS: 'Social payments',
  LICENCES: 'Licences and permits',
};

export const LABELS: Record<Lang, Labels> = {
  kk: {
    title: 'Жеке кабинет',
    devLogin: 'Әзірлеуге арналған кіру: демо-отбасы мүшесін және кіру тәсілін таңдаңыз.',
    who: 'Кім',
    method: 'Кіру тәсілі',
    EDS: 'ЭЦҚ',
    SMS: 'SMS-код',
    PASSWORD: 'Құпиясөз',
    signIn: 'Кіру',
    signOut: 'Шығу',
    loading: 'Жүктелуде…',
    refresh: 'Жаңарту',
    hide: 'Жасыру',
    show: 'Көрсету',
    hidden: 'Жасырылған бөлімдер',
    updated: (ago) => `жаңартылды ${ago}`,
    stale: 'ескірген',
    staleNote: 'Мемлекеттік жүйе жауап бермейді: соңғы сақталған көшірме көрсетілген.',
    fromCache: 'кэштен',
    edsRequired: 'Мұны көру үшін ЭЦҚ арқылы кіріңіз.',
    down: 'Мемлекеттік жүйе уақытша қолжетімсіз. Кейінірек қайталаңыз.',
    forbidden: 'Бұл деректерді көруге рұқсатыңыз жоқ.',
    failed: 'Деректерді алу мүмкін болмады.',
    retryIn: (s) => `${s} с кейін қайталаңыз`,
    children: 'Балалар',
    accessLog: 'Менің деректерімді кім қарады',
    when: 'Уақыты',
    sectionsColumn: 'Бөлімдер',
    reader: 'Кім',
    relation: 'Негіз',
    login: 'Кіру',
    client: 'Қолданба',
    you: 'Сіз',
    none: 'Жоқ',
    born: 'Туған күні',
    address: 'Мекенжай',
    document: 'Құжат',
    validUntil: 'дейін жарамды',
    invalid: 'жарамсыз',
    area: 'Ауданы',
    licence: 'Жүргізуші куәлігі',
    attachedTo: 'Емхана',
    doctor: 'Учаскелік дәрігер',
    insured: 'Сақтандырылған',
    notInsured: 'Сақтандырылмаған',
    amountDue: 'Төленетін сома',
    discountUntil: '50% жеңілдік мерзімі',
    travelBan: 'Шетелге шығуға тыйым салынған',
    position: 'Кезектегі орны',
    housing: 'Тұрғын үй кезегі',
    due: 'Мерзімі',
    overdue: 'мерзімі өтті',
    total: (n) => `Барлығы: ${n}`,
    perMonth: 'айына',
    install: 'Қолданба ретінде орнату',
    sections: SECTIONS_KK,
    requestStatus: {
      SUBMITTED: 'Жіберілді',
      IN_PROGRESS: 'Орындалуда',
      NEEDS_DOCUMENTS: 'Құжаттар қажет',
      COMPLETED: 'Орындалды',
      REJECTED: 'Бас тартылды',
      WITHDRAWN: 'Кері қайтарылды',
    },
  },
  ru: {
    title: 'Личный кабинет',
    devLogin: 'Вход для разработки: выберите участника демо-семьи и способ входа.',
    who: 'Кто',
    method: 'Способ входа',
    EDS: 'ЭЦП',
    SMS: 'SMS-код',
    PASSWORD: 'Пароль',
    signIn: 'Войти',
    signOut: 'Выйти',
    loading: 'Загрузка…',
    refresh: 'Обновить',
    hide: 'Скрыть',
    show: 'Показать',
    hidden: 'Скрытые разделы',
    updated: (ago) => `обновлено ${ago}`,
    stale: 'устарело',
    staleNote: 'Госсистема не отвечает: показана последняя сохранённая копия.',
    fromCache: 'из кэша',
    edsRequired: 'Войдите с ЭЦП, чтобы увидеть это.',
    down: 'Госсистема временно недоступна. Повторите позже.',
    forbidden: 'У вас нет доступа к этим данным.',
    failed: 'Не удалось получить данные.',
    retryIn: (s) => `Повторите через ${s} с`,
    children: 'Дети',
    accessLog: 'Кто смотрел мои данные',
    when: 'Когда',
    sectionsColumn: 'Разделы',
    reader: 'Кто',
    relation: 'Основание',
    login: 'Вход',
    client: 'Приложение',
    you: 'Вы',
    none: 'Нет',
    born: 'Дата рождения',
    address: 'Адрес',
    document: 'Документ',
    validUntil: 'действителен до',
    invalid: 'недействителен',
    area: 'Площадь',
    licence: 'Водительское удостоверение',
    attachedTo: 'Поликлиника',
    doctor: 'Участковый врач',
    insured: 'Застрахован',
    notInsured: 'Не застрахован',
    amountDue: 'К оплате',
    discountUntil: 'Скидка 50% до',
    travelBan: 'Запрет на выезд за границу',
    position: 'Место в очереди',
    housing: 'Очередь на жильё',
    due: 'Срок',
    overdue: 'просрочено',
    total: (n) => `Всего: ${n}`,
    perMonth: 'в месяц',
    install: 'Установить как приложение',
    sections: SECTIONS_RU,
    requestStatus: {
      SUBMITTED: 'Отправлена',
      IN_PROGRESS: 'В работе',
      NEEDS_DOCUMENTS: 'Нужны документы',
      COMPLETED: 'Исполнена',
      REJECTED: 'Отказано',
      WITHDRAWN: 'Отозвана',
    },
  },
  en: {
    title: 'Personal Account',
    devLogin: 'Development login: pick a demo-family member and a login method.',
    who: 'Who',
    method: 'Login method',
    EDS: 'EDS (digital signature)',
    SMS: 'SMS code',
    PASSWORD: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    loading: 'Loading…',
    refresh: 'Refresh',
    hide: 'Hide',
    show: 'Show',
    hidden: 'Hidden sections',
    updated: (ago) => `updated ${ago}`,
    stale: 'stale',
    staleNote: 'The state system is not answering: the last saved copy is shown.',
    fromCache: 'from cache',
    edsRequired: 'Sign in with EDS to see this.',
    down: 'The state system is unavailable for now. Try again later.',
    forbidden: 'You may not see this data.',
    failed: 'The data could not be fetched.',
    retryIn: (s) => `Try again in ${s} s`,
    children: 'Children',
    accessLog: 'Who read my data',
    when: 'When',
    sectionsColumn: 'Sections',
    reader: 'Who',
    relation: 'As',
    login: 'Login',
    client: 'Application',
    you: 'You',
    none: 'None',
    born: 'Born',
    address: 'Address',
    document: 'Document',
    validUntil: 'valid until',
    invalid: 'not valid',
    area: 'Area',
    licence: 'Driving licence',
    attachedTo: 'Polyclinic',
    doctor: 'District doctor',
    insured: 'Insured',
    notInsured: 'Not insured',
    amountDue: 'Due',
    discountUntil: '50% discount until',
    travelBan: 'Not allowed to leave the country',
    position: 'Place in the queue',
    housing: 'Housing queue',
    due: 'Due',
    overdue: 'overdue',
    total: (n) => `Total: ${n}`,
    perMonth: 'a month',
    install: 'Install as an app',
    sections: SECTIONS_EN,
    requestStatus: {
      SUBMITTED: 'Submitted',
      IN_PROGRESS: 'In progress',
      NEEDS_DOCUMENTS: 'Documents needed',
      COMPLETED: 'Completed',
      REJECTED: 'Rejected',
      WITHDRAWN: 'Withdrawn',
    },
  },
};

/** Intl's locale for each language: Kazakh and Russian as in Kazakhstan; English numbers as written there too. */
const LOCALE: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
const NUMBER_LOCALE: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'ru-RU' };
/** Kazakhstan's one time zone (UTC+5). */
export const TIME_ZONE = 'Asia/Almaty';

/** A calendar date (`YYYY-MM-DD`) as written there: dd.mm.yyyy, whatever the language. */
export function formatDate(date: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

/** A moment as dd.mm.yyyy, HH:MM in Kazakhstan's time. */
export function formatDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('ru-RU', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')}, ${get('hour')}:${get('minute')}`;
}

/** An amount of tenge: `12 500 ₸`. */
export function formatMoney(amount: number | null | undefined, lang: Lang): string {
  if (amount == null) return '';
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(
    amount,
  );
}

export const formatNumber = (n: number, lang: Lang): string => new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 1 }).format(n);

/** "12 minutes ago", "12 минут назад", "12 минут бұрын". */
export function formatAgo(iso: string, now: number, lang: Lang): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(Math.min(0, seconds), 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}
