/**
 * The state pension and social-payments centre's records, as its state system's JSON API gives
 * them (POST /api/v1/persons:batch): one record per person with every benefit assigned to them,
 * current and past, each with its latest payments.
 */
import type { SubgraphContext } from '../kit/subgraph.js';
import type { BenefitPayerCode, SocialBenefitKind, SocialBenefitStatus, SocialBenefitStatusReason } from './__generated__/resolvers.js';
import { isDecisionNumber, isIsoDate, isMonth, isTenge, KINDS, PAYER_OF, STATUS_REASONS, STATUSES } from './formats.js';

export interface BenefitPaymentRecord {
  /** `YYYY-MM`: the month paid for. */
  month: string;
  amount: number;
  paidOn: string;
}

export interface BenefitPayerRecord {
  code: BenefitPayerCode;
  name: string;
}

export interface SocialBenefitRecord {
  decisionNumber: string;
  kind: SocialBenefitKind;
  status: SocialBenefitStatus;
  statusReason: SocialBenefitStatusReason | null;
  statusSince: string;
  assignedOn: string;
  endsOn: string | null;
  monthlyAmount: number | null;
  lumpSum: number | null;
  payer: BenefitPayerRecord;
  /** The child a child-related benefit is for. */
  childIin: string | null;
  /** Payments of the last 24 months at most, newest first. */
  payments: BenefitPaymentRecord[];
}

/** Everything the centre knows of one person. */
export interface SocialBenefitsRecord {
  iin: string;
  benefits: SocialBenefitRecord[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const oneOf =
  (values: readonly string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && values.includes(v);
const isChildIin = (v: unknown): boolean => v === null || (typeof v === 'string' && /^\d{12}$/.test(v));

const isPayment = (v: unknown): boolean => isObject(v) && isMonth(v.month) && isTenge(v.amount) && isIsoDate(v.paidOn);

function isBenefit(v: unknown): boolean {
  if (!isObject(v) || !oneOf(KINDS)(v.kind) || !oneOf(STATUSES)(v.status)) return false;
  const kind = v.kind as SocialBenefitKind;
  const monthly = isTenge(v.monthlyAmount) && v.lumpSum === null;
  const oneOff = isTenge(v.lumpSum) && v.monthlyAmount === null;
  return (
    isDecisionNumber(v.decisionNumber) &&
    // a reason exactly when it is not being paid
    (v.status === 'ASSIGNED' ? v.statusReason === null : oneOf(STATUS_REASONS)(v.statusReason)) &&
    isIsoDate(v.statusSince) &&
    isIsoDate(v.assignedOn) &&
    (v.endsOn === null || (isIsoDate(v.endsOn) && v.endsOn >= v.assignedOn)) &&
    (kind === 'CHILD_BIRTH_ALLOWANCE' ? oneOff : monthly) &&
    isObject(v.payer) &&
    v.payer.code === PAYER_OF[kind] &&
    typeof v.payer.name === 'string' &&
    v.payer.name.length > 0 &&
    isChildIin(v.childIin) &&
    Array.isArray(v.payments) &&
    v.payments.every(isPayment)
  );
}

/** A shape check of the fields the resolvers rely on: every enum value one the schema knows, every date and amount well-formed. */
export function isSocialBenefitsRecord(value: unknown): value is SocialBenefitsRecord {
  return isObject(value) && typeof value.iin === 'string' && Array.isArray(value.benefits) && value.benefits.every(isBenefit);
}

export type Context = SubgraphContext<SocialBenefitsRecord>;
