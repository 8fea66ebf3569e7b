import { today } from '../../runtime/today.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { personRef } from '../kit/person.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { insuranceStatus, newestFirst } from './rules.js';

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    polyclinicAttachment: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.attachment ?? null,
    healthInsurance: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.insurance ?? null,
    healthFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  HealthInsurance: {
    insured: (insurance) => insuranceStatus(insurance, today()).insured,
    statusReason: (insurance) => insuranceStatus(insurance, today()).statusReason,
    statePaidCategory: (insurance) => insurance.statePaidCategory,
    contributions: (insurance, { last }) => {
      if (last != null && last < 0) {
        throw dossierError(ErrorCode.BAD_USER_INPUT, '`last` is how many contributions to return: 0 or more.', { argument: 'last' });
      }
      const newest = [...insurance.contributions].sort(newestFirst);
      return last == null ? newest : newest.slice(0, last);
    },
  },
};
