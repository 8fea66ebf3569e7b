/**
 * The health system's records, as its state system's JSON API gives them
 * (POST /api/v1/persons:batch): the polyclinic attachment (health registration) and the
 * Social Health Insurance Fund's data. Whether a person is insured, and why, is computed from
 * them (rules.ts).
 */
import type { SubgraphContext } from '../kit/subgraph.js';
import { isObject } from '../kit/formats.js';
import type { DoctorSpecialty, InsurancePayerKind, InsuranceStatePaidCategory, PolyclinicAttachmentMethod } from './__generated__/resolvers.js';

export interface PolyclinicAttachmentRecord {
  organisation: { name: string; city: string; region: string };
  doctor: { fullName: string; specialty: DoctorSpecialty };
  districtNumber: number;
  attachedSince: string;
  method: PolyclinicAttachmentMethod;
}

export interface InsuranceContributionRecord {
  /** `YYYY-MM`: the month the contribution is for. */
  period: string;
  /** Tenge. */
  amount: number;
  payer: string;
  payerKind: InsurancePayerKind;
  paidOn: string;
}

export interface HealthInsuranceRecord {
  /** The category the state pays for the person is in today, or null. */
  statePaidCategory: InsuranceStatePaidCategory | null;
  /** Contributions received, newest first. */
  contributions: InsuranceContributionRecord[];
}

/** Everything the health system knows of one person. */
export interface HealthRecord {
  iin: string;
  /** Null when the person is not attached to any polyclinic. */
  attachment: PolyclinicAttachmentRecord | null;
  insurance: HealthInsuranceRecord;
}

const PAYER_KINDS: readonly unknown[] = ['EMPLOYER', 'STATE', 'SELF'] satisfies InsurancePayerKind[];
const SPECIALTIES: readonly unknown[] = ['GENERAL_PRACTITIONER', 'PAEDIATRICIAN'] satisfies DoctorSpecialty[];
const METHODS: readonly unknown[] = ['PORTAL', 'IN_PERSON', 'AUTOMATIC'] satisfies PolyclinicAttachmentMethod[];
const CATEGORIES: readonly unknown[] = [
  'CHILD',
  'PENSIONER',
  'CHILD_CARE_LEAVE',
  'STUDENT',
  'DISABILITY',
  'REGISTERED_UNEMPLOYED',
] satisfies InsuranceStatePaidCategory[];

function isContribution(value: unknown): value is InsuranceContributionRecord {
  return (
    isObject(value) &&
    typeof value.period === 'string' &&
    Number.isInteger(value.amount) &&
    typeof value.payer === 'string' &&
    PAYER_KINDS.includes(value.payerKind) &&
    typeof value.paidOn === 'string'
  );
}

function isAttachment(value: unknown): value is PolyclinicAttachmentRecord {
  return (
    isObject(value) &&
    isObject(value.organisation) &&
    typeof value.organisation.name === 'string' &&
    typeof value.organisation.city === 'string' &&
    isObject(value.doctor) &&
    typeof value.doctor.fullName === 'string' &&
    SPECIALTIES.includes(value.doctor.specialty) &&
    Number.isInteger(value.districtNumber) &&
    typeof value.attachedSince === 'string' &&
    METHODS.includes(value.method)
  );
}

/** A shape check of the fields the resolvers rely on. */
export function isHealthRecord(value: unknown): value is HealthRecord {
  return (
    isObject(value) &&
    typeof value.iin === 'string' &&
    (value.attachment === null || isAttachment(value.attachment)) &&
    isObject(value.insurance) &&
    (value.insurance.statePaidCategory === null || CATEGORIES.includes(value.insurance.statePaidCategory)) &&
    Array.isArray(value.insurance.contributions) &&
    value.insurance.contributions.every(isContribution)
  );
}

export type Context = SubgraphContext<HealthRecord>;
