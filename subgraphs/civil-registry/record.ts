/**
 * The civil registry's records, as its state system's JSON API gives them
 * (POST /api/v1/persons:batch). The resolvers map them onto the schema.
 */
import type { SubgraphContext } from '../kit/subgraph.js';
import type { DocumentKind, Sex } from './__generated__/resolvers.js';
import { isObject } from '../kit/formats.js';

export interface PersonNameRecord {
  surname: string;
  firstName: string;
  patronymic: string | null;
}

export interface AddressRecord {
  region: string;
  city: string;
  street: string;
  house: string;
  flat: string | null;
}

export interface IdentityDocumentRecord {
  kind: DocumentKind;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string | null;
}

export interface MarriageRecord {
  spouseIin: string;
  /** The spouse's name as on the marriage record. */
  spouseName: PersonNameRecord;
  registeredOn: string;
  registeredBy: string;
  maidenName: string | null;
  dissolvedOn: string | null;
}

export interface CivilRecord extends PersonNameRecord {
  iin: string;
  sex: Sex;
  birthDate: string;
  birthPlace: { region: string; city: string };
  citizenship: string;
  address: AddressRecord;
  documents: IdentityDocumentRecord[];
  marriages: MarriageRecord[];
  fatherIin: string | null;
  motherIin: string | null;
  childIins: string[];
}

/** A shape check of the fields the resolvers rely on. */
export function isCivilRecord(value: unknown): value is CivilRecord {
  return (
    isObject(value) &&
    typeof value.iin === 'string' &&
    typeof value.surname === 'string' &&
    typeof value.firstName === 'string' &&
    (value.sex === 'MALE' || value.sex === 'FEMALE') &&
    typeof value.birthDate === 'string' &&
    isObject(value.address) &&
    Array.isArray(value.documents) &&
    Array.isArray(value.marriages) &&
    value.marriages.every((m) => isObject(m) && typeof m.spouseIin === 'string' && isObject(m.spouseName)) &&
    Array.isArray(value.childIins) &&
    value.childIins.every((c) => typeof c === 'string')
  );
}

export type Context = SubgraphContext<CivilRecord>;
