import { personRef } from '../kit/person.js';
import type { Resolvers } from './__generated__/resolvers.js';
import { shareText } from './formats.js';
import type { RealEstateAddressRecord } from './record.js';

/** Newest first by a date field; ties keep the state system's order. */
const newestFirst = <T>(items: readonly T[], dateOf: (item: T) => string): T[] => [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));

/**
 * One line, as the cadastre's certificate prints it: a city of republican significance stands for
 * its region (`г. Алматы, проспект Абая 150, кв. 42`); elsewhere the region comes first
 * (`Алматинская область, г. Қонаев, улица Сейфуллина 24`).
 */
export function fullAddress(a: RealEstateAddressRecord): string {
  const place = a.region.startsWith('г. ') ? a.region : `${a.region}, г. ${a.city}`;
  return `${place}, ${a.street} ${a.house}${a.flat ? `, кв. ${a.flat}` : ''}`;
}

export const resolvers: Resolvers = {
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    realEstate: async ({ iin }, _args, ctx) => {
      const record = await ctx.record(iin);
      return record ? newestFirst(record.realEstate, (o) => o.rightSince) : null;
    },
    movablePropertyEncumbrances: async ({ iin }, _args, ctx) => {
      const record = await ctx.record(iin);
      return record ? newestFirst(record.movableEncumbrances, (e) => e.since) : null;
    },
    entrepreneur: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.entrepreneur ?? null,
    legalEntityShares: async ({ iin }, _args, ctx) => {
      const record = await ctx.record(iin);
      return record ? newestFirst(record.legalEntityShares, (s) => s.since) : null;
    },
    propertyFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  RealEstate: {
    coOwners: (o) => o.coOwnerIins.map(personRef),
    encumbrances: (o) => [...o.encumbrances].sort((a, b) => a.since.localeCompare(b.since)),
  },
  RealEstateAddress: {
    full: fullAddress,
  },
  RealEstateShare: {
    text: shareText,
  },
};
