/**
 * The property state system's records, as its JSON API gives them (POST /api/v1/persons:batch):
 * one record per person with the real-estate cadastre's objects, the movable-property
 * encumbrances and the business register's entries. The resolvers map them onto the schema.
 */
import type { SubgraphContext } from '../kit/subgraph.js';
import { isObject } from '../kit/formats.js';
import type {
  EncumbranceHolder,
  EntrepreneurStatus,
  EntrepreneurTaxRegime,
  LegalEntityRole,
  MovableEncumbranceKind,
  MovablePropertyKind,
  RealEstateEncumbranceKind,
  RealEstateKind,
} from './__generated__/resolvers.js';

export interface RealEstateAddressRecord {
  region: string;
  city: string;
  street: string;
  house: string;
  flat: string | null;
}

/** A share of ownership; the fraction is kept in lowest terms. */
export interface RealEstateShareRecord {
  numerator: number;
  denominator: number;
}

export interface RealEstateEncumbranceRecord {
  kind: RealEstateEncumbranceKind;
  since: string;
  until: string | null;
  holder: EncumbranceHolder;
  basisDocumentNumber: string;
}

/** An object of real estate as listed in one owner's record. */
export interface RealEstateRecord {
  cadastralNumber: string;
  kind: RealEstateKind;
  address: RealEstateAddressRecord;
  area: number;
  share: RealEstateShareRecord;
  rightSince: string;
  /** The IINs of the object's other owners. */
  coOwnerIins: string[];
  encumbrances: RealEstateEncumbranceRecord[];
}

export interface MovablePropertyEncumbranceRecord {
  registrationNumber: string;
  objectKind: MovablePropertyKind;
  object: string;
  kind: MovableEncumbranceKind;
  since: string;
  holder: EncumbranceHolder;
  basisDocumentNumber: string;
}

export interface IndividualEntrepreneurRecord {
  registeredOn: string;
  tradeName: string;
  activity: string;
  activityCode: string;
  status: EntrepreneurStatus;
  statusSince: string;
  taxRegime: EntrepreneurTaxRegime;
}

export interface LegalEntityShareRecord {
  bin: string;
  name: string;
  sharePercent: number | null;
  role: LegalEntityRole;
  since: string;
}

/** Everything the property section knows of one person. */
export interface PropertyRecord {
  iin: string;
  realEstate: RealEstateRecord[];
  movableEncumbrances: MovablePropertyEncumbranceRecord[];
  /** Null when the person was never registered as an individual entrepreneur. */
  entrepreneur: IndividualEntrepreneurRecord | null;
  legalEntityShares: LegalEntityShareRecord[];
}

const isString = (v: unknown): v is string => typeof v === 'string';

const isRealEstate = (v: unknown): boolean =>
  isObject(v) &&
  isString(v.cadastralNumber) &&
  isString(v.kind) &&
  isObject(v.address) &&
  isString(v.address.region) &&
  isString(v.address.city) &&
  isString(v.address.street) &&
  isString(v.address.house) &&
  (v.address.flat === null || isString(v.address.flat)) &&
  typeof v.area === 'number' &&
  isObject(v.share) &&
  Number.isInteger(v.share.numerator) &&
  Number.isInteger(v.share.denominator) &&
  (v.share.denominator as number) > 0 &&
  isString(v.rightSince) &&
  Array.isArray(v.coOwnerIins) &&
  v.coOwnerIins.every(isString) &&
  Array.isArray(v.encumbrances) &&
  v.encumbrances.every((e) => isObject(e) && isString(e.kind) && isString(e.since) && isObject(e.holder));

/** A shape check of the fields the resolvers rely on. */
export function isPropertyRecord(value: unknown): value is PropertyRecord {
  return (
    isObject(value) &&
    isString(value.iin) &&
    Array.isArray(value.realEstate) &&
    value.realEstate.every(isRealEstate) &&
    Array.isArray(value.movableEncumbrances) &&
    value.movableEncumbrances.every((e) => isObject(e) && isString(e.kind) && isString(e.since) && isObject(e.holder)) &&
    (value.entrepreneur === null || (isObject(value.entrepreneur) && isString(value.entrepreneur.status))) &&
    Array.isArray(value.legalEntityShares) &&
    value.legalEntityShares.every((s) => isObject(s) && isString(s.bin) && isString(s.role))
  );
}

export type Context = SubgraphContext<PropertyRecord>;
