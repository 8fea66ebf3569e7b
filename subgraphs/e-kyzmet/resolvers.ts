import { today } from '../../runtime/today.js';
import { personRef } from '../kit/person.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { checkPageArgs, closingChange, dueDateOf, isOverdue, pageOf } from './requests.js';

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    serviceRequests: async ({ iin }, args, ctx) => {
      const checked = checkPageArgs(args);
      const record = (await ctx.load(iin)).record;
      return record ? pageOf(record.requests, checked) : null;
    },
    serviceRequestsFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  ServiceRequest: {
    dueDate: (r) => dueDateOf(r),
    overdue: (r) => isOverdue(r, today()),
    closedAt: (r) => closingChange(r)?.at ?? null,
    beneficiary: (r) => (r.beneficiaryIin ? personRef(r.beneficiaryIin) : null),
    resultDocuments: (r) => (r.status === 'COMPLETED' ? r.resultDocuments : []),
  },
};
