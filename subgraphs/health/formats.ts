/** Formats of the health system's values, checked by the tests over the whole population. */

/** A month, `YYYY-MM`. */
export const isPeriod = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The payer name of contributions the state pays. */
export const STATE_PAYER = 'Государство';

const CAPITALISED = '[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?';
const INITIAL = '[А-ЯЁӘҒҚҢӨҰҮҺІ]\\.';

/** An employer: a legal form and a name in guillemets (`ТОО «Kaspi Tech»`, `КГУ «Школа-гимназия №12»`). */
export const isEmployerName = (value: unknown): value is string =>
  typeof value === 'string' && /^(ТОО|АО|КГУ|ГККП|ГКП на ПХВ|РГУ|РГП на ПХВ) «[^«»]*[^\s«»][^«»]*»$/.test(value);

/** An individual entrepreneur paying for themselves: `ИП Ахметова А.Б.` (surname and initials). */
export const isEntrepreneurName = (value: unknown): value is string =>
  typeof value === 'string' && new RegExp(`^ИП ${CAPITALISED} ${INITIAL}(?:${INITIAL})?$`).test(value);

/** A person's full name as on documents: surname, first name and, usually, patronymic. */
export const isFullName = (value: unknown): value is string =>
  typeof value === 'string' && new RegExp(`^${CAPITALISED} ${CAPITALISED}(?: ${CAPITALISED})?$`).test(value);

/**
 * A primary-care organisation: a legal form with its name in guillemets
 * (`ГКП на ПХВ «Городская поликлиника №5»`, `ТОО «Медицинский центр Сункар»`), or a bare
 * numbered name (`Детская городская поликлиника №3`).
 */
export const isPolyclinicName = (value: unknown): value is string =>
  typeof value === 'string' && /^(?:(?:ГКП на ПХВ|ТОО) «[^«»]*[^\s«»][^«»]*»|[А-ЯЁ][а-яё]+(?: [а-яё]+)* №\d+)$/.test(value);
