import { personRef } from '../kit/person.js';
import type { LicenceStatus, Resolvers } from './__generated__/resolvers.js';
import { ACTIVITIES } from './formats.js';
import type { LicenceRecord } from './record.js';

const STATUS_ORDER: Readonly<Record<LicenceStatus, number>> = { VALID: 0, SUSPENDED: 1, REVOKED: 2, TERMINATED: 2 };

/** Valid first, then suspended, then revoked or terminated; each group most recently issued first. */
const inDossierOrder = (a: LicenceRecord, b: LicenceRecord): number =>
  STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.issuedOn.localeCompare(a.issuedOn) || a.number.localeCompare(b.number);

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    licences: async ({ iin }, { status }, ctx) => {
      const record = await ctx.record(iin);
      if (!record) return null;
      const kept = status ? record.licences.filter((l) => status.includes(l.status)) : record.licences;
      return [...kept].sort(inDossierOrder);
    },
    licencesFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  Licence: {
    activityName: (licence) => ACTIVITIES[licence.activity].name,
    annexes: (licence) => [...licence.annexes].sort((a, b) => a.number.localeCompare(b.number)),
  },
};
