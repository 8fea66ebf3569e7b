/** The civil registry's mock state system: the population's identity and family records. */
import type { Citizen, Population } from '../mocks/population.js';
import { createMockStateSystem, type MockStateSystem } from '../mocks/state-system.js';
import type { CivilRecord } from './record.js';

export function civilRecordOf(person: Citizen, population: Population): CivilRecord {
  const nameOf = (iin: string) => {
    const p = population.byIin.get(iin);
    return { surname: p?.surname ?? '', firstName: p?.firstName ?? '', patronymic: p?.patronymic ?? null };
  };
  return {
    iin: person.iin,
    surname: person.surname,
    firstName: person.firstName,
    patronymic: person.patronymic,
    sex: person.sex,
    birthDate: person.birthDate,
    birthPlace: person.birthPlace,
    citizenship: person.citizenship,
    address: person.address,
    documents: person.documents,
    marriages: [...person.marriages].sort((a, b) => b.registeredOn.localeCompare(a.registeredOn)).map((m) => ({ ...m, spouseName: nameOf(m.spouseIin) })),
    fatherIin: person.fatherIin,
    motherIin: person.motherIin,
    childIins: person.childIins,
  };
}

export const createMock = (population?: Population): MockStateSystem =>
  createMockStateSystem({ system: 'civil-registry', recordOf: civilRecordOf, population });
