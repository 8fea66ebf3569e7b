/**
 * The queues' records, as their state system's JSON API gives them (POST /api/v1/persons:batch):
 * one record per person with the person's own kindergarten-queue entries (as a child), those of
 * the person's children (as a parent), and the housing-queue entry. The resolvers map them onto
 * the schema.
 */
import { isValidIin } from '../../schema/iin.js';
import type { SubgraphContext } from '../kit/subgraph.js';
import { isObject } from '../kit/formats.js';
import type { HousingQueueCategory, HousingQueueStatus, KindergartenQueueCategory, KindergartenQueueStatus } from './__generated__/resolvers.js';

export interface KindergartenQueueEntryRecord {
  childIin: string;
  applicationNumber: string;
  city: string;
  /** Null once a direction is issued or the child is enrolled. */
  position: number | null;
  category: KindergartenQueueCategory;
  desiredKindergartens: string[];
  assignedKindergarten: string | null;
  registeredOn: string;
  desiredAdmissionYear: number;
  status: KindergartenQueueStatus;
}

export interface HousingQueueEntryRecord {
  position: number;
  category: HousingQueueCategory;
  since: string;
  akimat: string;
  city: string;
  status: HousingQueueStatus;
}

export interface QueuesRecord {
  iin: string;
  /** The person's own entries, as a child. */
  kindergartenQueue: KindergartenQueueEntryRecord[];
  /** Every entry of the person's children, in the order of the civil registry's children. */
  childrenKindergartenQueue: KindergartenQueueEntryRecord[];
  /** Null when the person is not on the housing queue. */
  housingQueue: HousingQueueEntryRecord | null;
}

export const KINDERGARTEN_QUEUE_CATEGORIES: readonly KindergartenQueueCategory[] = [
  'GENERAL',
  'LARGE_FAMILY',
  'DISABILITY',
  'ORPHAN',
  'MILITARY_FAMILY',
  'DISABLED_PARENT',
  'LOW_INCOME',
];
export const KINDERGARTEN_QUEUE_STATUSES: readonly KindergartenQueueStatus[] = ['WAITING', 'DIRECTION_ISSUED', 'ENROLLED'];
export const HOUSING_QUEUE_CATEGORIES: readonly HousingQueueCategory[] = [
  'SOCIALLY_VULNERABLE',
  'LARGE_FAMILY',
  'DISABILITY',
  'ORPHAN',
  'SINGLE_PARENT_FAMILY',
  'STATE_EMPLOYEE',
  'PUBLIC_SECTOR_EMPLOYEE',
];
export const HOUSING_QUEUE_STATUSES: readonly HousingQueueStatus[] = ['WAITING', 'HOUSING_OFFERED', 'DOCUMENTS_REQUIRED'];

const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => (values as readonly unknown[]).includes(v);

function isKindergartenEntry(value: unknown): value is KindergartenQueueEntryRecord {
  return (
    isObject(value) &&
    isValidIin(value.childIin) &&
    typeof value.applicationNumber === 'string' &&
    typeof value.city === 'string' &&
    (value.position === null || Number.isInteger(value.position)) &&
    isOneOf(KINDERGARTEN_QUEUE_CATEGORIES, value.category) &&
    Array.isArray(value.desiredKindergartens) &&
    value.desiredKindergartens.every((k) => typeof k === 'string') &&
    (value.assignedKindergarten === null || typeof value.assignedKindergarten === 'string') &&
    typeof value.registeredOn === 'string' &&
    Number.isInteger(value.desiredAdmissionYear) &&
    isOneOf(KINDERGARTEN_QUEUE_STATUSES, value.status)
  );
}

function isHousingEntry(value: unknown): value is HousingQueueEntryRecord {
  return (
    isObject(value) &&
    Number.isInteger(value.position) &&
    isOneOf(HOUSING_QUEUE_CATEGORIES, value.category) &&
    typeof value.since === 'string' &&
    typeof value.akimat === 'string' &&
    typeof value.city === 'string' &&
    isOneOf(HOUSING_QUEUE_STATUSES, value.status)
  );
}

/** A shape check of the fields the resolvers rely on. */
export function isQueuesRecord(value: unknown): value is QueuesRecord {
  return (
    isObject(value) &&
    typeof value.iin === 'string' &&
    Array.isArray(value.kindergartenQueue) &&
    value.kindergartenQueue.every(isKindergartenEntry) &&
    Array.isArray(value.childrenKindergartenQueue) &&
    value.childrenKindergartenQueue.every(isKindergartenEntry) &&
    (value.housingQueue === null || isHousingEntry(value.housingQueue))
  );
}

export type Context = SubgraphContext<QueuesRecord>;
