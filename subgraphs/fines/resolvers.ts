import { today } from '../../runtime/today.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { personRef } from '../kit/person.js';
import type { Resolvers } from './__generated__/resolvers.js';
import type { AdministrativeFineRecord } from './record.js';
import { discountDeadlineOf, discountedAmountOf, mrpOn } from './rules.js';

/** Newest first: by offence date, then by decision date, then by protocol number. */
const newestFirst = (a: AdministrativeFineRecord, b: AdministrativeFineRecord): number =>
  b.offenceDate.localeCompare(a.offenceDate) || b.decisionDate.localeCompare(a.decisionDate) || b.protocolNumber.localeCompare(a.protocolNumber);

/** The last day of the 50% discount; null when the article has none or the fine is paid. */
const discountDeadline = (f: AdministrativeFineRecord): string | null => (f.discountEligible && !f.paid ? discountDeadlineOf(f.decisionDate) : null);

const discountAvailable = (f: AdministrativeFineRecord): boolean => {
  const deadline = discountDeadline(f);
  return deadline !== null && today() <= deadline;
};

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    fines: async ({ iin }, { paid }, ctx) => {
      const fines = (await ctx.record(iin))?.fines;
      if (!fines) return null;
      return fines.filter((f) => paid === undefined || paid === null || f.paid === paid).sort(newestFirst);
    },
    debts: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.debts.slice().sort((a, b) => b.openedOn.localeCompare(a.openedOn)) ?? null,
    travelBan: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.debts.some((d) => d.travelBan) ?? null,
    finesFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  AdministrativeFine: {
    amountInMrp: (f) => {
      const mrp = mrpOn(f.offenceDate);
      if (mrp === undefined || f.amount % mrp !== 0) {
        throw dossierError(ErrorCode.STATE_SYSTEM_BAD_RESPONSE, 'The fine is not a whole number of МРП of its year.', { section: 'FINES' });
      }
      return f.amount / mrp;
    },
    discountDeadline,
    discountAvailable,
    discountedAmount: (f) => (discountAvailable(f) ? discountedAmountOf(f.amount) : null),
    amountDue: (f) => (f.paid ? 0 : discountAvailable(f) ? discountedAmountOf(f.amount) : f.amount),
  },
};
