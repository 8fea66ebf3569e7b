import { today } from '../../runtime/today.js';
import { personRef } from '../kit/person.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { inOfficialOrder } from './formats.js';

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    vehicles: async ({ iin }, _args, ctx) => {
      const record = await ctx.record(iin);
      return record ? [...record.vehicles].sort((a, b) => b.registeredSince.localeCompare(a.registeredSince)) : null;
    },
    drivingLicence: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.drivingLicence ?? null,
    vehiclesFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  DrivingLicence: {
    categories: (licence) => inOfficialOrder(licence.categories),
    // Valid through its expiry day.
    validToday: (licence) => today() <= licence.expires,
  },
};
