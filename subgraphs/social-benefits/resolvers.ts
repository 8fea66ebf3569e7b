import { dossierError, ErrorCode } from '../../schema/errors.js';
import { personRef } from '../kit/person.js';
import type { Resolvers, SocialBenefitStatus } from './__generated__/resolvers.js';
import type { SocialBenefitRecord } from './record.js';

const STATUS_ORDER: Readonly<Record<SocialBenefitStatus, number>> = { ASSIGNED: 0, SUSPENDED: 1, ENDED: 2 };

/** Being paid first, then suspended, then ended; each group most recently assigned first. */
const inDossierOrder = (a: SocialBenefitRecord, b: SocialBenefitRecord): number =>
  STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.assignedOn.localeCompare(a.assignedOn) || a.decisionNumber.localeCompare(b.decisionNumber);

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    socialBenefits: async ({ iin }, { status }, ctx) => {
      const record = await ctx.record(iin);
      if (!record) return null;
      const kept = status ? record.benefits.filter((b) => status.includes(b.status)) : record.benefits;
      return [...kept].sort(inDossierOrder);
    },
    socialBenefitsFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  SocialBenefit: {
    child: (benefit) => (benefit.childIin ? personRef(benefit.childIin) : null),
    payments: (benefit, { last }) => {
      if (last != null && last < 0) {
        throw dossierError(ErrorCode.BAD_USER_INPUT, '`last` is how many payments to return: 0 or more.', { argument: 'last' });
      }
      const newest = [...benefit.payments].sort((a, b) => b.month.localeCompare(a.month) || b.paidOn.localeCompare(a.paidOn));
      return last == null ? newest : newest.slice(0, last);
    },
  },
};
