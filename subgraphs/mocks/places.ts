/** Real regions and cities of Kazakhstan, with the vehicle region code of each, and names. */

export interface Place {
  region: string;
  city: string;
  /** Vehicle registration region code. */
  plateCode: string;
  /** Cadastral region prefix (first group of a cadastral number). */
  cadastreCode: string;
}

export const PLACES: readonly Place[] = [
  { region: 'г. Астана', city: 'Астана', plateCode: '01', cadastreCode: '21' },
  { region: 'г. Алматы', city: 'Алматы', plateCode: '02', cadastreCode: '20' },
  { region: 'г. Шымкент', city: 'Шымкент', plateCode: '17', cadastreCode: '22' },
  { region: 'Акмолинская область', city: 'Кокшетау', plateCode: '03', cadastreCode: '01' },
  { region: 'Актюбинская область', city: 'Актобе', plateCode: '04', cadastreCode: '02' },
  { region: 'Алматинская область', city: 'Қонаев', plateCode: '05', cadastreCode: '03' },
  { region: 'Атырауская область', city: 'Атырау', plateCode: '06', cadastreCode: '04' },
  { region: 'Западно-Казахстанская область', city: 'Уральск', plateCode: '07', cadastreCode: '08' },
  { region: 'Жамбылская область', city: 'Тараз', plateCode: '08', cadastreCode: '06' },
  { region: 'Карагандинская область', city: 'Караганда', plateCode: '09', cadastreCode: '09' },
  { region: 'Костанайская область', city: 'Костанай', plateCode: '10', cadastreCode: '12' },
  { region: 'Кызылординская область', city: 'Кызылорда', plateCode: '11', cadastreCode: '10' },
  { region: 'Мангистауская область', city: 'Актау', plateCode: '12', cadastreCode: '13' },
  { region: 'Туркестанская область', city: 'Туркестан', plateCode: '13', cadastreCode: '19' },
  { region: 'Павлодарская область', city: 'Павлодар', plateCode: '14', cadastreCode: '14' },
  { region: 'Северо-Казахстанская область', city: 'Петропавловск', plateCode: '15', cadastreCode: '15' },
  { region: 'Восточно-Казахстанская область', city: 'Усть-Каменогорск', plateCode: '16', cadastreCode: '05' },
];

export const placeOf = (city: string): Place => PLACES.find((p) => p.city === city) ?? PLACES[1]!;

export const STREETS: readonly string[] = [
  'проспект Абая',
  'улица Толе би',
  'проспект Назарбаева',
  'улица Жамбыла',
  'улица Сатпаева',
  'проспект Республики',
  'улица Кабанбай батыра',
  'улица Пушкина',
  'улица Гагарина',
  'улица Ауэзова',
  'микрорайон Самал-2',
  'улица Байтурсынова',
  'проспект Райымбека',
  'улица Жибек жолы',
  'улица Момышулы',
];

export type Origin = 'KAZAKH' | 'RUSSIAN';

interface NameSet {
  male: readonly string[];
  female: readonly string[];
  /** Surname stems; male adds -ов/-ев or stays, female -ова/-ева. */
  surnames: readonly string[];
}

export const NAMES: Record<Origin, NameSet> = {
  KAZAKH: {
    male: [
      'Нурлан',
      'Серик',
      'Ерлан',
      'Болат',
      'Кайрат',
      'Арман',
      'Данияр',
      'Алихан',
      'Тимур',
      'Асхат',
      'Бауыржан',
      'Ержан',
      'Марат',
      'Айдос',
      'Мади',
      'Нурсултан',
      'Санжар',
      'Даулет',
      'Жандос',
      'Ескендир',
    ],
    female: [
      'Айгерим',
      'Динара',
      'Асель',
      'Жанар',
      'Гульнара',
      'Айлин',
      'Мадина',
      'Томирис',
      'Аружан',
      'Сауле',
      'Алия',
      'Камила',
      'Жансая',
      'Акбота',
      'Назерке',
      'Айша',
      'Дана',
      'Меруерт',
      'Салтанат',
      'Индира',
    ],
    surnames: [
      'Ахмет',
      'Сейткали',
      'Нурпеис',
      'Жумабек',
      'Касым',
      'Омар',
      'Сулейменов',
      'Байжан',
      'Есенгали',
      'Мукан',
      'Абдрахман',
      'Тулеген',
      'Искак',
      'Кенжебек',
      'Серикбай',
    ],
  },
  RUSSIAN: {
    male: [
      'Александр',
      'Сергей',
      'Дмитрий',
      'Андрей',
      'Алексей',
      'Максим',
      'Иван',
      'Никита',
      'Михаил',
      'Артём',
      'Владимир',
      'Евгений',
      'Павел',
      'Роман',
      'Олег',
    ],
    female: [
      'Анна',
      'Елена',
      'Ольга',
      'Наталья',
      'Мария',
      'Татьяна',
      'Ирина',
      'Екатерина',
      'Светлана',
      'Юлия',
      'Дарья',
      'Анастасия',
      'Виктория',
      'Ксения',
      'Полина',
    ],
    surnames: [
      'Иван',
      'Петр',
      'Смирн',
      'Кузнец',
      'Попов',
      'Васильев',
      'Соколов',
      'Морозов',
      'Волков',
      'Лебедев',
      'Козлов',
      'Новиков',
      'Фёдор',
      'Павл',
      'Семён',
    ],
  },
};

/** A surname in the form for a sex: stems ending in -ов/-ев are complete; others take -ов. */
export function surnameFor(stem: string, sex: 'MALE' | 'FEMALE'): string {
  const male = /(ов|ев|ин)$/.test(stem) ? stem : stem.endsWith('ли') ? stem : `${stem}ов`;
  return sex === 'MALE' ? male : /(ов|ев|ин)$/.test(male) ? `${male}а` : male;
}

/** Patronymic from the father's first name, in the form used in Kazakhstan's documents. */
export function patronymicFor(fatherName: string, sex: 'MALE' | 'FEMALE'): string {
  const soft = /[йь]$/.test(fatherName);
  const stem = soft ? fatherName.slice(0, -1) : fatherName;
  if (sex === 'MALE') return soft ? `${stem}евич` : `${stem}ович`;
  return soft ? `${stem}евна` : `${stem}овна`;
}
