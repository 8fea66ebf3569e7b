/**
 * The e-licensing database's records, as its state system's JSON API gives them
 * (POST /api/v1/persons:batch): one record per person with every licence held in their name, as an
 * individual entrepreneur, or by a legal entity they own a share in.
 */
import { isValidBin } from '../../schema/bin.js';
import type { SubgraphContext } from '../kit/subgraph.js';
import type { LicenceHolderKind, LicenceStatus, LicensedActivity } from './__generated__/resolvers.js';
import { ACTIVITIES, HOLDER_KINDS, isAnnexNumber, isIsoDate, isLicenceNumber, STATUSES } from './formats.js';

export interface LicenceHolderRecord {
  kind: LicenceHolderKind;
  name: string;
  bin: string | null;
}

export interface LicenceAnnexRecord {
  number: string;
  subtype: string;
  issuedOn: string;
  placeOfActivity: string | null;
}

export interface LicenceRecord {
  number: string;
  activity: LicensedActivity;
  subtype: string | null;
  holder: LicenceHolderRecord;
  licensor: string;
  issuedOn: string;
  status: LicenceStatus;
  statusSince: string;
  statusReason: string | null;
  annexes: LicenceAnnexRecord[];
}

/** Everything the database holds for one person. */
export interface LicencesRecord {
  iin: string;
  licences: LicenceRecord[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function isHolder(v: unknown): boolean {
  if (!isObject(v) || !(HOLDER_KINDS as readonly unknown[]).includes(v.kind) || !isText(v.name)) return false;
  return v.kind === 'LEGAL_ENTITY' ? isValidBin(v.bin) : v.bin === null;
}

function isLicence(v: unknown): boolean {
  if (!isObject(v) || !(typeof v.activity === 'string' && v.activity in ACTIVITIES)) return false;
  const activity = ACTIVITIES[v.activity as LicensedActivity];
  const isSubtype = (s: unknown) => typeof s === 'string' && activity.subtypes.includes(s);
  return (
    isLicenceNumber(v.number) &&
    (v.subtype === null || isSubtype(v.subtype)) &&
    isHolder(v.holder) &&
    isText(v.licensor) &&
    isIsoDate(v.issuedOn) &&
    (STATUSES as readonly unknown[]).includes(v.status) &&
    isIsoDate(v.statusSince) &&
    (v.status === 'VALID' ? v.statusReason === null : isText(v.statusReason)) &&
    Array.isArray(v.annexes) &&
    v.annexes.every(
      (a) =>
        isObject(a) && isAnnexNumber(a.number) && isSubtype(a.subtype) && isIsoDate(a.issuedOn) && (a.placeOfActivity === null || isText(a.placeOfActivity)),
    )
  );
}

/** A shape check of the fields the resolvers rely on: activities and subtypes from the classifier, BINs that check. */
export function isLicencesRecord(value: unknown): value is LicencesRecord {
  return isObject(value) && typeof value.iin === 'string' && Array.isArray(value.licences) && value.licences.every(isLicence);
}

export type Context = SubgraphContext<LicencesRecord>;
