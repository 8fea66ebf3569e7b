/** The gateway's own slice of Person: the sections the citizen hid on their page (any login method). */
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { personRef } from '../../schema/person.js';
import type { Resolvers } from './__generated__/resolvers.js';
import type { SectionPreferences } from './store.js';

export function preferencesResolvers(preferences: () => Promise<SectionPreferences>): Resolvers {
  return {
    Person: {
      __resolveReference: (ref) => personRef(ref.iin),
      hiddenSections: async ({ iin }, _args, ctx) => {
        if (iin !== ctx.caller.iin) throw dossierError(ErrorCode.FORBIDDEN, 'Only the citizen may read how their own page is arranged.');
        return (await preferences()).hidden(iin);
      },
    },
    Mutation: {
      setSectionHidden: async (_root, { section, hidden }, ctx) => {
        await (await preferences()).set(ctx.caller.iin, section, hidden);
        return personRef(ctx.caller.iin);
      },
    },
  };
}
