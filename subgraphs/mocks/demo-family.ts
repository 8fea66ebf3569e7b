/**
 * The demo family (the README lists it), placed in every synthetic population.
 * The relatives the table does not list (his mother, his first wife) are drawn like anyone else.
 */
import type { Citizen, PopulationBuilder } from './population.js';
import { marry } from './population.js';
import { placeOf } from './places.js';

export const DEMO = {
  /** The demo EDS user: married, owns a flat (with his wife) and a car, one unpaid fine. */
  user: '850314301234',
  wife: '870722404561',
  daughter: '210510607895',
  son: '230901503210',
  /** His son from an earlier marriage, a minor. */
  elderSon: '100202506546',
  /** His father: an old-age pensioner the demo user may NOT read. */
  father: '621111309871',
} as const;

export const DEMO_IINS: readonly string[] = Object.values(DEMO);

export function addDemoFamily(b: PopulationBuilder): void {
  const almaty = placeOf('Алматы');
  const home = { region: almaty.region, city: almaty.city, street: 'проспект Абая', house: '150', flat: '42' };
  const birthPlace = { region: almaty.region, city: almaty.city };
  const person = (
    p: Omit<Citizen, 'citizenship' | 'origin' | 'marriages' | 'childIins' | 'documents' | 'birthPlace'> & { birthPlace?: Citizen['birthPlace'] },
  ): Citizen =>
    b.add({
      citizenship: 'KZ',
      origin: 'KAZAKH',
      marriages: [],
      childIins: [],
      birthPlace,
      documents: b.documentsFor(p.birthDate, almaty),
      ...p,
    });

  const grandmother = person({
    iin: b.issueIin('1964-04-02', 'FEMALE'),
    surname: 'Ахметова',
    firstName: 'Гульнара',
    patronymic: 'Сериковна',
    sex: 'FEMALE',
    birthDate: '1964-04-02',
    address: { ...home, street: 'улица Жамбыла', house: '12', flat: '7' },
    fatherIin: null,
    motherIin: null,
  });
  const father = person({
    iin: DEMO.father,
    surname: 'Ахметов',
    firstName: 'Нурлан',
    patronymic: 'Кайратович',
    sex: 'MALE',
    birthDate: '1962-11-11',
    birthPlace: { region: 'Алматинская область', city: 'Қонаев' },
    address: grandmother.address,
    fatherIin: null,
    motherIin: null,
  });
  marry(father, grandmother, '1984-05-19', 'Отдел ЗАГС Алматы', false);

  const user = person({
    iin: DEMO.user,
    surname: 'Ахметов',
    firstName: 'Серик',
    patronymic: 'Нурланович',
    sex: 'MALE',
    birthDate: '1985-03-14',
    address: home,
    fatherIin: father.iin,
    motherIin: grandmother.iin,
  });
  father.childIins.push(user.iin);
  grandmother.childIins.push(user.iin);

  const firstWife = person({
    iin: b.issueIin('1986-08-30', 'FEMALE'),
    surname: 'Касымова',
    firstName: 'Динара',
    patronymic: 'Болатовна',
    sex: 'FEMALE',
    birthDate: '1986-08-30',
    address: { ...home, street: 'улица Сатпаева', house: '30', flat: '115' },
    fatherIin: null,
    motherIin: null,
  });
  user.marriages.push({ spouseIin: firstWife.iin, registeredOn: '2008-09-06', registeredBy: 'Отдел ЗАГС Алматы', maidenName: null, dissolvedOn: '2014-03-20' });
  firstWife.marriages.push({ spouseIin: user.iin, registeredOn: '2008-09-06', registeredBy: 'Отдел ЗАГС Алматы', maidenName: null, dissolvedOn: '2014-03-20' });

  const wife = person({
    iin: DEMO.wife,
    surname: 'Сейткали',
    firstName: 'Айгерим',
    patronymic: 'Болатовна',
    sex: 'FEMALE',
    birthDate: '1987-07-22',
    birthPlace: { region: 'г. Астана', city: 'Астана' },
    address: home,
    fatherIin: null,
    motherIin: null,
  });
  marry(user, wife, '2019-06-15', 'Отдел ЗАГС Алматы', true);

  const child = (iin: string, firstName: string, sex: Citizen['sex'], birthDate: string, mother: Citizen): void => {
    const c = person({
      iin,
      surname: sex === 'MALE' ? 'Ахметов' : 'Ахметова',
      firstName,
      patronymic: sex === 'MALE' ? 'Серикович' : 'Сериковна',
      sex,
      birthDate,
      address: mother.address,
      fatherIin: user.iin,
      motherIin: mother.iin,
    });
    user.childIins.push(c.iin);
    mother.childIins.push(c.iin);
  };
  child(DEMO.elderSon, 'Тимур', 'MALE', '2010-02-02', firstWife);
  child(DEMO.daughter, 'Айлин', 'FEMALE', '2021-05-10', wife);
  child(DEMO.son, 'Алихан', 'MALE', '2023-09-01', wife);
}
