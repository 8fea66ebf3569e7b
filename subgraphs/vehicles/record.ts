/**
 * The vehicle registry's and the driving-licence registry's records, as their state system's
 * JSON API gives them (POST /api/v1/persons:batch): one record per person with every vehicle
 * registered to them and their current licence. The resolvers map them onto the schema.
 */
import type { SubgraphContext } from '../kit/subgraph.js';
import type { DrivingLicenceCategory } from './__generated__/resolvers.js';
import { LICENCE_CATEGORIES } from './formats.js';
import { isObject } from '../kit/formats.js';

export interface VehicleRecord {
  /** `123 ABC 02`. */
  plate: string;
  vin: string;
  make: string;
  model: string;
  year: number;
  colour: string;
  registeredSince: string;
  registrationCertificate: string;
}

export interface DrivingLicenceRecord {
  number: string;
  categories: DrivingLicenceCategory[];
  issued: string;
  expires: string;
  firstIssued: string;
}

export interface VehiclesRecord {
  iin: string;
  vehicles: VehicleRecord[];
  /** Null when the person holds no licence. */
  drivingLicence: DrivingLicenceRecord | null;
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isVehicleRecord(v: unknown): v is VehicleRecord {
  return (
    isObject(v) &&
    isString(v.plate) &&
    isString(v.vin) &&
    isString(v.make) &&
    isString(v.model) &&
    Number.isInteger(v.year) &&
    isString(v.colour) &&
    isString(v.registeredSince) &&
    isString(v.registrationCertificate)
  );
}

function isDrivingLicenceRecord(v: unknown): v is DrivingLicenceRecord {
  return (
    isObject(v) &&
    isString(v.number) &&
    Array.isArray(v.categories) &&
    v.categories.every((c) => (LICENCE_CATEGORIES as readonly unknown[]).includes(c)) &&
    isString(v.issued) &&
    isString(v.expires) &&
    isString(v.firstIssued)
  );
}

/** A shape check of the fields the resolvers rely on (a licence category must be one the schema knows). */
export function isVehiclesRecord(value: unknown): value is VehiclesRecord {
  return (
    isObject(value) &&
    isString(value.iin) &&
    Array.isArray(value.vehicles) &&
    value.vehicles.every(isVehicleRecord) &&
    (value.drivingLicence === null || isDrivingLicenceRecord(value.drivingLicence))
  );
}

export type Context = SubgraphContext<VehiclesRecord>;
