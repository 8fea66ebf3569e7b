import { ageOn } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { checkIin } from '../../schema/iin.js';
import { personRef } from '../kit/person.js';
import type { Resolvers } from './__generated__/resolvers.js';

/** The birth year an IIN encodes (the record's shape check already made sure it is valid). */
function birthYearOf(iin: string): number {
  const check = checkIin(iin);
  if (!check.ok) throw dossierError(ErrorCode.STATE_SYSTEM_BAD_RESPONSE, 'The queue entry names an invalid child IIN.', { section: 'QUEUES' });
  return Number(check.birthDate.slice(0, 4));
}

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    kindergartenQueue: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.kindergartenQueue ?? null,
    childrenKindergartenQueue: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.childrenKindergartenQueue ?? null,
    housingQueue: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.housingQueue ?? null,
    queuesFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  KindergartenQueueEntry: {
    child: (entry) => personRef(entry.childIin),
    birthYear: (entry) => birthYearOf(entry.childIin),
  },
  HousingQueueEntry: {
    yearsInQueue: (entry) => Math.max(0, ageOn(entry.since, today())),
  },
};
