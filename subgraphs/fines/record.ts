/**
 * The fines register's and the debtors register's records, as their state system's JSON API
 * gives them (POST /api/v1/persons:batch): one record per person with both lists. The
 * resolvers map them onto the schema and compute the discount.
 */
import type { SubgraphContext } from '../kit/subgraph.js';
import type { DebtRecoveryKind } from './__generated__/resolvers.js';
import { isCalendarDate } from '../../schema/dates.js';
import { isObject } from '../kit/formats.js';

export interface AdministrativeFineRecord {
  protocolNumber: string;
  article: { code: string; title: string };
  /** Tenge: a whole number of МРП of the offence year. */
  amount: number;
  offenceDate: string;
  decisionDate: string;
  authority: string;
  /** Whether the article allows the 50% discount within 7 days of the decision (КоАП art. 910 part 2). */
  discountEligible: boolean;
  paid: boolean;
  paidOn: string | null;
  paidAmount: number | null;
}

/** An enforcement proceeding of the debtors register; the same shape as the schema's DebtorRecord. */
export interface DebtEntry {
  proceedingNumber: string;
  kind: DebtRecoveryKind;
  creditor: string | null;
  amount: number;
  enforcementOfficer: { fullName: string; office: string };
  openedOn: string;
  travelBan: boolean;
}

export interface FinesRecord {
  iin: string;
  fines: AdministrativeFineRecord[];
  debts: DebtEntry[];
}

export const DEBT_RECOVERY_KINDS: readonly DebtRecoveryKind[] = ['ALIMONY', 'TAX', 'BANK_LOAN', 'FINE', 'OTHER'];

const isTenge = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function isFine(v: unknown): v is AdministrativeFineRecord {
  return (
    isObject(v) &&
    typeof v.protocolNumber === 'string' &&
    isObject(v.article) &&
    typeof v.article.code === 'string' &&
    typeof v.article.title === 'string' &&
    isTenge(v.amount) &&
    isCalendarDate(v.offenceDate) &&
    isCalendarDate(v.decisionDate) &&
    typeof v.authority === 'string' &&
    typeof v.discountEligible === 'boolean' &&
    typeof v.paid === 'boolean' &&
    (v.paidOn === null || isCalendarDate(v.paidOn)) &&
    (v.paidAmount === null || isTenge(v.paidAmount))
  );
}

function isDebt(v: unknown): v is DebtEntry {
  return (
    isObject(v) &&
    typeof v.proceedingNumber === 'string' &&
    (DEBT_RECOVERY_KINDS as readonly unknown[]).includes(v.kind) &&
    (v.creditor === null || typeof v.creditor === 'string') &&
    isTenge(v.amount) &&
    isObject(v.enforcementOfficer) &&
    typeof v.enforcementOfficer.fullName === 'string' &&
    typeof v.enforcementOfficer.office === 'string' &&
    isCalendarDate(v.openedOn) &&
    typeof v.travelBan === 'boolean'
  );
}

/** A shape check of the fields the resolvers rely on. */
export function isFinesRecord(value: unknown): value is FinesRecord {
  return (
    isObject(value) &&
    typeof value.iin === 'string' &&
    Array.isArray(value.fines) &&
    value.fines.every(isFine) &&
    Array.isArray(value.debts) &&
    value.debts.every(isDebt)
  );
}

export type Context = SubgraphContext<FinesRecord>;
