/**
 * The bot's words in Kazakh, Russian and English. The language is the chat's setting (`/lang`),
 * else Telegram's `language_code` of the user, else Russian. Dates as people in Kazakhstan write
 * them (`22.11.2026`), money in tenge with spaces between thousands (`10 000 ₸`).
 */
export type Language = 'kk' | 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

export const languageOf = (code: string | undefined): Language => {
  const base = code?.toLowerCase().split('-')[0];
  return LANGUAGES.includes(base as Language) ? (base as Language) : 'ru';
};

/** `2026-11-22` → `22.11.2026`. */
export const formatDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
};

/** 10000 → `10 000 ₸`. */
export const formatTenge = (amount: number): string => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ₸`;

export type StatusName = 'SUBMITTED' | 'IN_PROGRESS' | 'NEEDS_DOCUMENTS' | 'COMPLETED' | 'REJECTED' | 'WITHDRAWN';
export type QueueStatusName = 'WAITING' | 'DIRECTION_ISSUED' | 'ENROLLED' | 'REMOVED';

export interface Words {
  help: string;
  welcome: string;
  notLinked: string;
  linked: (login: string) => string;
  linkRefused: string;
  unlinked: string;
  requestsTitle: (count: number) => string;
  noRequests: string;
  due: (date: string) => string;
  overdue: string;
  status: Record<StatusName, string>;
  queueTitle: string;
  noQueue: string;
  place: (position: number) => string;
  queueStatus: Record<string, string>;
  admission: (year: number) => string;
  finesTitle: (count: number) => string;
  noFines: string;
  fine: (article: string, amount: string, offence: string) => string;
  toPayToday: (amount: string, until: string | null) => string;
  refreshUsage: (sections: string) => string;
  refreshed: (section: string) => string;
  languageSet: string;
  languageUsage: string;
  edsRequired: string;
  rateLimited: (seconds: number) => string;
  stateSystemDown: (section: string) => string;
  unavailable: string;
  failed: string;
  sections: Record<string, string>;
  logins: Record<string, string>;
}

const en: Words = {
  help: [
    'Your dossier in Telegram:',
    '/requests: your public-service requests, their statuses and due dates',
    '/queue: your children in the kindergarten queue',
    '/fines: unpaid fines',
    '/refresh <section>: fetch a section anew from its state system (requests, queue, fines, ...)',
    '/lang kk|ru|en: the language of the answers',
    '/unlink: unlink this chat',
    'To link this chat, sign in on the portal with EDS and open "Link Telegram".',
  ].join('\n'),
  welcome: 'Hello! I show your dossier of the e-government portal.',
  notLinked: 'This chat is not linked to you yet: sign in on the portal with EDS, choose "Link Telegram" and open the link it gives within 10 minutes.',
  linked: (login) => `Linked, with the access of a login by ${login}. /help lists what I can do; /unlink undoes it.`,
  linkRefused: 'This link is unknown, already used or expired: make a new one on the portal.',
  unlinked: 'Unlinked: this chat no longer reads your dossier.',
  requestsTitle: (n) => `Your service requests (${n}):`,
  noRequests: 'You have no service requests.',
  due: (date) => `due ${date}`,
  overdue: 'overdue',
  status: {
    SUBMITTED: 'submitted',
    IN_PROGRESS: 'in progress',
    NEEDS_DOCUMENTS: 'documents needed',
    COMPLETED: 'completed',
    REJECTED: 'rejected',
    WITHDRAWN: 'withdrawn',
  },
  queueTitle: 'Kindergarten queue:',
  noQueue: 'None of your children is in the kindergarten queue.',
  place: (p) => `place ${p}`,
  queueStatus: { WAITING: 'waiting', DIRECTION_ISSUED: 'direction issued', ENROLLED: 'enrolled', REMOVED: 'removed from the queue' },
  admission: (y) => `admission ${y}`,
  finesTitle: (n) => `Unpaid fines (${n}):`,
  noFines: 'You have no unpaid fines.',
  fine: (article, amount, offence) => `Article ${article}, ${amount}, offence of ${offence}`,
  toPayToday: (amount, until) => `to pay today: ${amount}${until ? ` (50% discount until ${until})` : ''}`,
  refreshUsage: (sections) => `Which section? /refresh followed by one of: ${sections}`,
  refreshed: (section) => `Refreshed: ${section}. The next answer comes from the state system.`,
  languageSet: 'I will answer in English.',
  languageUsage: '/lang kk, /lang ru or /lang en',
  edsRequired:
    'This needs a login by electronic digital signature (EDS), and this chat was linked with a lesser one: link it again from the portal after an EDS login.',
  rateLimited: (s) => `Too soon: try again in ${s} s.`,
  stateSystemDown: (section) => `The state system behind "${section}" is not answering right now; try again later.`,
  unavailable: 'The service is unavailable for a moment; try again shortly.',
  failed: 'Something went wrong; try again later.',
  sections: {
    CIVIL_REGISTRY: 'civil registry',
    PROPERTY: 'real estate',
    VEHICLES: 'vehicles',
    HEALTH: 'health',
    FINES: 'fines',
    QUEUES: 'queues',
    SERVICE_REQUESTS: 'service requests',
    SOCIAL_BENEFITS: 'social benefits',
    LICENCES: 'licences',
  },
  logins: { EDS: 'EDS', SMS: 'SMS code', PASSWORD: 'password' },
};

const ru: Words = {
  help: [
    'Ваше досье в Telegram:',
    '/requests: ваши заявки на госуслуги, их статусы и сроки',
    '/queue: ваши дети в очереди в детский сад',
    '/fines: неоплаченные штрафы',
    '/refresh <раздел>: заново запросить раздел у госсистемы (requests, queue, fines, ...)',
    '/lang kk|ru|en: язык ответов',
    '/unlink: отвязать этот чат',
    'Чтобы привязать чат, войдите на портал с ЭЦП и откройте «Привязать Telegram».',
  ].join('\n'),
  welcome: 'Здравствуйте! Я показываю ваше досье с портала электронного правительства.',
  notLinked: 'Этот чат ещё не привязан к вам: войдите на портал с ЭЦП, выберите «Привязать Telegram» и откройте ссылку в течение 10 минут.',
  linked: (login) => `Чат привязан. Я читаю ваше досье как после входа по: ${login}. /help — что я умею; /unlink — отвязать.`,
  linkRefused: 'Ссылка неизвестна, уже использована или истекла: создайте новую на портале.',
  unlinked: 'Чат отвязан: он больше не читает ваше досье.',
  requestsTitle: (n) => `Ваши заявки (${n}):`,
  noRequests: 'У вас нет заявок на госуслуги.',
  due: (date) => `срок ${date}`,
  overdue: 'просрочена',
  status: {
    SUBMITTED: 'подана',
    IN_PROGRESS: 'в работе',
    NEEDS_DOCUMENTS: 'нужны документы',
    COMPLETED: 'исполнена',
    REJECTED: 'отказано',
    WITHDRAWN: 'отозвана',
  },
  queueTitle: 'Очередь в детский сад:',
  noQueue: 'Ваших детей нет в очереди в детский сад.',
  place: (p) => `место ${p}`,
  queueStatus: { WAITING: 'в очереди', DIRECTION_ISSUED: 'выдано направление', ENROLLED: 'зачислен', REMOVED: 'снят с очереди' },
  admission: (y) => `поступление ${y}`,
  finesTitle: (n) => `Неоплаченные штрафы (${n}):`,
  noFines: 'У вас нет неоплаченных штрафов.',
  fine: (article, amount, offence) => `Статья ${article}, ${amount}, нарушение ${offence}`,
  toPayToday: (amount, until) => `к оплате сегодня: ${amount}${until ? ` (скидка 50% до ${until})` : ''}`,
  refreshUsage: (sections) => `Какой раздел? /refresh и один из: ${sections}`,
  refreshed: (section) => `Обновлено: ${section}. Следующий ответ придёт от госсистемы.`,
  languageSet: 'Буду отвечать по-русски.',
  languageUsage: '/lang kk, /lang ru или /lang en',
  edsRequired: 'Для этого нужен вход с ЭЦП, а этот чат привязан с более простым входом: привяжите его заново на портале после входа с ЭЦП.',
  rateLimited: (s) => `Слишком часто: попробуйте через ${s} с.`,
  stateSystemDown: (section) => `Госсистема раздела «${section}» сейчас не отвечает; попробуйте позже.`,
  unavailable: 'Сервис ненадолго недоступен; попробуйте чуть позже.',
  failed: 'Что-то пошло не так; попробуйте позже.',
  sections: {
    CIVIL_REGISTRY: 'гражданское состояние',
    PROPERTY: 'недвижимость',
    VEHICLES: 'транспорт',
    HEALTH: 'здоровье',
    FINES: 'штрафы',
    QUEUES: 'очереди',
    SERVICE_REQUESTS: 'заявки',
    SOCIAL_BENEFITS: 'соцвыплаты',
    LICENCES: 'лицензии',
  },
  logins: { EDS: 'ЭЦП', SMS: 'SMS-коду', PASSWORD: 'паролю' },
};

const kk: Words = {
  help: [
    'Сіздің деректеріңіз Telegram-да:',
    '/requests: мемлекеттік қызметтерге өтінімдеріңіз, мәртебелері мен мерзімдері',
    '/queue: балаларыңыздың балабақша кезегі',
    '/fines: төленбеген айыппұлдар',
    '/refresh <бөлім>: бөлімді мемлекеттік жүйеден қайта сұрау (requests, queue, fines, ...)',
    '/lang kk|ru|en: жауап тілі',
    '/unlink: бұл чатты ажырату',
    'Чатты байланыстыру үшін порталға ЭЦҚ арқылы кіріп, «Telegram-ды байланыстыру» бөлімін ашыңыз.',
  ].join('\n'),
  welcome: 'Сәлеметсіз бе! Мен электрондық үкімет порталындағы деректеріңізді көрсетемін.',
  notLinked: 'Бұл чат сізге әлі байланыстырылмаған: порталға ЭЦҚ арқылы кіріп, «Telegram-ды байланыстыру» таңдаңыз да, сілтемені 10 минут ішінде ашыңыз.',
  linked: (login) => `Чат байланыстырылды. Деректеріңізді ${login} арқылы кіргендей оқимын. /help — не істей аламын; /unlink — ажырату.`,
  linkRefused: 'Сілтеме белгісіз, қолданылған немесе мерзімі өткен: порталда жаңасын жасаңыз.',
  unlinked: 'Чат ажыратылды: ол енді деректеріңізді оқымайды.',
  requestsTitle: (n) => `Өтінімдеріңіз (${n}):`,
  noRequests: 'Мемлекеттік қызметтерге өтінімдеріңіз жоқ.',
  due: (date) => `мерзімі ${date}`,
  overdue: 'мерзімі өтті',
  status: {
    SUBMITTED: 'берілді',
    IN_PROGRESS: 'орындалуда',
    NEEDS_DOCUMENTS: 'құжаттар қажет',
    COMPLETED: 'орындалды',
    REJECTED: 'бас тартылды',
    WITHDRAWN: 'кері қайтарылды',
  },
  queueTitle: 'Балабақша кезегі:',
  noQueue: 'Балаларыңыз балабақша кезегінде жоқ.',
  place: (p) => `${p}-орын`,
  queueStatus: { WAITING: 'кезекте', DIRECTION_ISSUED: 'жолдама берілді', ENROLLED: 'қабылданды', REMOVED: 'кезектен шығарылды' },
  admission: (y) => `${y} жылы қабылдау`,
  finesTitle: (n) => `Төленбеген айыппұлдар (${n}):`,
  noFines: 'Төленбеген айыппұлдарыңыз жоқ.',
  fine: (article, amount, offence) => `${article}-бап, ${amount}, құқық бұзушылық ${offence}`,
  toPayToday: (amount, until) => `бүгін төлеуге: ${amount}${until ? ` (${until} дейін 50% жеңілдік)` : ''}`,
  refreshUsage: (sections) => `Қай бөлім? /refresh және біреуі: ${sections}`,
  refreshed: (section) => `Жаңартылды: ${section}. Келесі жауап мемлекеттік жүйеден келеді.`,
  languageSet: 'Қазақ тілінде жауап беремін.',
  languageUsage: '/lang kk, /lang ru немесе /lang en',
  edsRequired: 'Бұл үшін ЭЦҚ арқылы кіру қажет, ал бұл чат қарапайым кірумен байланыстырылған: порталға ЭЦҚ арқылы кіріп, қайта байланыстырыңыз.',
  rateLimited: (s) => `Тым жиі: ${s} с кейін қайталаңыз.`,
  stateSystemDown: (section) => `«${section}» бөлімінің мемлекеттік жүйесі қазір жауап бермейді; кейінірек қайталаңыз.`,
  unavailable: 'Қызмет біраз уақытқа қолжетімсіз; сәлден соң қайталаңыз.',
  failed: 'Бірдеңе дұрыс болмады; кейінірек қайталаңыз.',
  sections: {
    CIVIL_REGISTRY: 'азаматтық хал',
    PROPERTY: 'жылжымайтын мүлік',
    VEHICLES: 'көлік',
    HEALTH: 'денсаулық',
    FINES: 'айыппұлдар',
    QUEUES: 'кезектер',
    SERVICE_REQUESTS: 'өтінімдер',
    SOCIAL_BENEFITS: 'әлеуметтік төлемдер',
    LICENCES: 'лицензиялар',
  },
  logins: { EDS: 'ЭЦҚ', SMS: 'SMS-код', PASSWORD: 'құпиясөз' },
};

export const WORDS: Record<Language, Words> = { kk, ru, en };
