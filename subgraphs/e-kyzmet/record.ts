/**
 * E-Kyzmet's records, as its state system's JSON API gives them (POST /api/v1/persons:batch):
 * one record per person with every request the person made. Times are ISO 8601 instants (the
 * state system gives Astana time with its offset). Due dates and overdue flags are not given:
 * the resolvers count them with the working-day calendar.
 */
import type { SubgraphContext } from '../kit/subgraph.js';
import type { ServiceChannel, ServiceDocumentKind, ServiceRequestStatus } from './__generated__/resolvers.js';
import { isObject } from '../kit/formats.js';

export const SERVICE_CHANNELS: readonly ServiceChannel[] = ['PORTAL', 'PSC', 'PUBLIC_ACCESS_POINT', 'OPEN_DIALOGUE', 'MOBILE_APP', 'E_AKIMAT', 'TELEGRAM_BOT'];
export const SERVICE_REQUEST_STATUSES: readonly ServiceRequestStatus[] = ['SUBMITTED', 'IN_PROGRESS', 'NEEDS_DOCUMENTS', 'COMPLETED', 'REJECTED', 'WITHDRAWN'];
export const SERVICE_DOCUMENT_KINDS: readonly ServiceDocumentKind[] = ['CERTIFICATE', 'DECISION', 'NOTIFICATION'];
/** Statuses after which nothing more happens to a request. */
export const FINAL_STATUSES: readonly ServiceRequestStatus[] = ['COMPLETED', 'REJECTED', 'WITHDRAWN'];

export interface BilingualText {
  kk: string;
  ru: string;
}

/** A service as its passport describes it. */
export interface ServicePassport {
  code: string;
  name: BilingualText;
  termWorkingDays: number;
  termOnPortalMinutes: number | null;
}

export interface StatusChange {
  status: ServiceRequestStatus;
  at: string;
  comment: string | null;
}

export interface ResultDocument {
  title: BilingualText;
  kind: ServiceDocumentKind;
  issuedAt: string;
  url: string;
}

export interface ServiceRequestRecord {
  number: string;
  service: ServicePassport;
  channel: ServiceChannel;
  status: ServiceRequestStatus;
  /** Oldest first; the first entry is SUBMITTED at `submittedAt`, the last is the current status. */
  statusHistory: StatusChange[];
  submittedAt: string;
  /** The person the request is about, when not the applicant. */
  beneficiaryIin: string | null;
  resultDocuments: ResultDocument[];
}

export interface EKyzmetRecord {
  iin: string;
  /** Every request the person made, in no particular order. */
  requests: ServiceRequestRecord[];
}

const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isText = (v: unknown): v is BilingualText => isObject(v) && typeof v.kk === 'string' && typeof v.ru === 'string';
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

const isPassport = (v: unknown): v is ServicePassport =>
  isObject(v) &&
  typeof v.code === 'string' &&
  isText(v.name) &&
  Number.isInteger(v.termWorkingDays) &&
  (v.termWorkingDays as number) >= 0 &&
  (v.termOnPortalMinutes === null || Number.isInteger(v.termOnPortalMinutes));

const isStatusChange = (v: unknown): v is StatusChange =>
  isObject(v) && isOneOf(SERVICE_REQUEST_STATUSES, v.status) && isInstant(v.at) && (v.comment === null || typeof v.comment === 'string');

const isResultDocument = (v: unknown): v is ResultDocument =>
  isObject(v) && isText(v.title) && isOneOf(SERVICE_DOCUMENT_KINDS, v.kind) && isInstant(v.issuedAt) && typeof v.url === 'string';

export const isServiceRequestRecord = (v: unknown): v is ServiceRequestRecord =>
  isObject(v) &&
  typeof v.number === 'string' &&
  isPassport(v.service) &&
  isOneOf(SERVICE_CHANNELS, v.channel) &&
  isOneOf(SERVICE_REQUEST_STATUSES, v.status) &&
  Array.isArray(v.statusHistory) &&
  v.statusHistory.length > 0 &&
  v.statusHistory.every(isStatusChange) &&
  isInstant(v.submittedAt) &&
  (v.beneficiaryIin === null || typeof v.beneficiaryIin === 'string') &&
  Array.isArray(v.resultDocuments) &&
  v.resultDocuments.every(isResultDocument);

/** A shape check of the fields the resolvers rely on. */
export function isEKyzmetRecord(value: unknown): value is EKyzmetRecord {
  return isObject(value) && typeof value.iin === 'string' && Array.isArray(value.requests) && value.requests.every(isServiceRequestRecord);
}

export type Context = SubgraphContext<EKyzmetRecord>;
