import { ageOn, MAJORITY_AGE } from '../../schema/dates.js';
import { today } from '../../runtime/today.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { checkIin } from '../../schema/iin.js';
import { personRef } from '../kit/person.js';
import { readableIin } from '../kit/root.js';
import type { Resolvers } from './__generated__/resolvers.js';
import type { PersonNameRecord } from './record.js';

const fullName = (n: PersonNameRecord): string => [n.surname, n.firstName, n.patronymic].filter(Boolean).join(' ');

export const resolvers: Resolvers = {
  Query: {
    callerWards: async (_root, _args, ctx) => {
      const record = await ctx.record(ctx.caller.iin);
      // The birth date is in the IIN: no child's record needs to be read to know their age.
      return (record?.childIins ?? []).filter((iin) => {
        const check = checkIin(iin);
        return check.ok && ageOn(check.birthDate, today()) < MAJORITY_AGE;
      });
    },
  },
  Mutation: {
    refreshDossier: async (_root, { sections, iin }, ctx) => {
      const unique = [...new Set(sections)];
      if (unique.length === 0) {
        throw dossierError(ErrorCode.BAD_USER_INPUT, 'Name at least one section to refresh.', { argument: 'sections', rule: 'NOT_EMPTY' });
      }
      const whose = readableIin(ctx.caller, iin ?? ctx.caller.iin);
      await ctx.refresh(unique, whose);
      return { person: personRef(whose), refreshedSections: unique };
    },
  },
  Person: {
    __resolveReference: (ref) => personRef(ref.iin),
    name: async ({ iin }, _args, ctx) => ctx.record(iin),
    sex: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.sex ?? null,
    birthDate: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.birthDate ?? null,
    birthPlace: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.birthPlace ?? null,
    citizenship: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.citizenship ?? null,
    documents: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.documents ?? null,
    address: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.address ?? null,
    marriages: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.marriages ?? null,
    spouse: async ({ iin }, _args, ctx) => {
      const current = (await ctx.record(iin))?.marriages.find((m) => m.dissolvedOn === null);
      return current ? personRef(current.spouseIin) : null;
    },
    children: async ({ iin }, _args, ctx) => (await ctx.record(iin))?.childIins.map(personRef) ?? null,
    parents: async ({ iin }, _args, ctx) => {
      const record = await ctx.record(iin);
      return record ? [record.fatherIin, record.motherIin].filter((p): p is string => p !== null).map(personRef) : null;
    },
    civilRegistryFreshness: async ({ iin }, _args, ctx) => (await ctx.load(iin)).freshness,
  },
  PersonName: {
    full: fullName,
  },
  Address: {
    // A city of republican significance is its own region: «г. Алматы», not «г. Алматы, Алматы».
    full: (a) => [a.region, a.region.includes(a.city) ? null : a.city, a.street, a.house, a.flat ? `кв. ${a.flat}` : null].filter(Boolean).join(', '),
  },
  IdentityDocument: {
    valid: (d) => d.expiresOn === null || d.expiresOn >= today(),
  },
  Marriage: {
    spouse: (m) => personRef(m.spouseIin),
    spouseName: (m) => m.spouseName,
  },
};
