/** Formats of the social-benefits state system's values, checked by the tests over the whole population. */
import type { BenefitPayerCode, SocialBenefitKind, SocialBenefitStatus, SocialBenefitStatusReason } from './__generated__/resolvers.js';

export const KINDS = [
  'OLD_AGE_PENSION',
  'DISABILITY_ALLOWANCE',
  'SURVIVOR_ALLOWANCE',
  'SPECIAL_STATE_ALLOWANCE',
  'CHILD_BIRTH_ALLOWANCE',
  'CHILD_CARE_PAYMENT',
  'CHILD_CARE_ALLOWANCE',
  'LARGE_FAMILY_ALLOWANCE',
  'TARGETED_SOCIAL_ASSISTANCE',
  'JOB_LOSS_PAYMENT',
] as const satisfies readonly SocialBenefitKind[];

export const STATUSES = ['ASSIGNED', 'SUSPENDED', 'ENDED'] as const satisfies readonly SocialBenefitStatus[];

export const STATUS_REASONS = [
  'PERIOD_EXPIRED',
  'CHILD_REACHED_AGE',
  'ONE_OFF_PAID',
  'RECIPIENT_EMPLOYED',
  'REPLACED_BY_PENSION',
  'REEXAMINATION_OVERDUE',
  'DOCUMENT_EXPIRED',
  'FAMILY_NO_LONGER_LARGE',
] as const satisfies readonly SocialBenefitStatusReason[];

/** The payers and their names as on decisions. */
export const PAYERS: Readonly<Record<Exclude<BenefitPayerCode, 'LOCAL_EXECUTIVE_BODY'>, string>> = {
  GOVERNMENT_FOR_CITIZENS: 'НАО «Государственная корпорация «Правительство для граждан»»',
  STATE_SOCIAL_INSURANCE_FUND: 'АО «Государственный фонд социального страхования»',
  UNIFIED_PENSION_FUND: 'АО «Единый накопительный пенсионный фонд»',
};

/** The payer of each kind. */
export const PAYER_OF: Readonly<Record<SocialBenefitKind, BenefitPayerCode>> = {
  OLD_AGE_PENSION: 'GOVERNMENT_FOR_CITIZENS',
  DISABILITY_ALLOWANCE: 'GOVERNMENT_FOR_CITIZENS',
  SURVIVOR_ALLOWANCE: 'GOVERNMENT_FOR_CITIZENS',
  SPECIAL_STATE_ALLOWANCE: 'GOVERNMENT_FOR_CITIZENS',
  CHILD_BIRTH_ALLOWANCE: 'GOVERNMENT_FOR_CITIZENS',
  CHILD_CARE_ALLOWANCE: 'GOVERNMENT_FOR_CITIZENS',
  LARGE_FAMILY_ALLOWANCE: 'GOVERNMENT_FOR_CITIZENS',
  CHILD_CARE_PAYMENT: 'STATE_SOCIAL_INSURANCE_FUND',
  JOB_LOSS_PAYMENT: 'STATE_SOCIAL_INSURANCE_FUND',
  TARGETED_SOCIAL_ASSISTANCE: 'LOCAL_EXECUTIVE_BODY',
};

/** A local employment and social-programmes office: `ГУ «Управление занятости и социальных программ города Алматы»`. */
export const isLocalOfficeName = (value: unknown): value is string =>
  typeof value === 'string' && /^ГУ «(Управление|Отдел) занятости и социальных программ [^«»]+»$/.test(value);

/** A decision number: region code, year, seven digits (`02-2023-0412745`). */
export const isDecisionNumber = (value: unknown): value is string => typeof value === 'string' && /^(0[1-9]|1\d|20)-(19|20)\d{2}-\d{7}$/.test(value);

/** A month, `YYYY-MM`. */
export const isMonth = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** A calendar date, `YYYY-MM-DD`, that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whole tenge, not negative. */
export const isTenge = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
