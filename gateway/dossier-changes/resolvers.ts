/** The gateway's fields of what changed since the last view: the owner's changes and notification settings. */
import { dossierError, ErrorCode } from '../../schema/errors.js';
import type { Resolvers } from '../access-log/__generated__/resolvers.js';
import type { Section } from '../../schema/sections.js';
import { settingsView, type DossierChanges } from './store.js';

const ownerOnly = (iin: string, caller: string, what: string): void => {
  if (iin !== caller) throw dossierError(ErrorCode.FORBIDDEN, `Only the owner of a dossier may read ${what}.`);
};

/** The watched sections' freshness fields (their subgraphs'), which `changesFound` requires. */
const FRESHNESS_FIELDS = {
  civilRegistryFreshness: 'CIVIL_REGISTRY',
  propertyFreshness: 'PROPERTY',
  finesFreshness: 'FINES',
  queuesFreshness: 'QUEUES',
  serviceRequestsFreshness: 'SERVICE_REQUESTS',
  socialBenefitsFreshness: 'SOCIAL_BENEFITS',
  licencesFreshness: 'LICENCES',
} as const satisfies Record<string, Section>;

type Freshnesses = Partial<Record<keyof typeof FRESHNESS_FIELDS, { source?: string; fetchedAt?: string } | null>>;

export function dossierChangesResolvers(store: () => Promise<DossierChanges>): Resolvers {
  return {
    Person: {
      // the representation carries the freshness `changesFound` requires: kept for it
      __resolveReference: (ref) => ({ ...ref, __typename: 'Person' }),
      changesFound: async (person, _args, ctx) => {
        ownerOnly(person.iin, ctx.caller.iin, 'what changed in it');
        const fresh = person as unknown as Freshnesses;
        const answers = Object.entries(FRESHNESS_FIELDS).flatMap(([field, section]) => {
          const freshness = fresh[field as keyof typeof FRESHNESS_FIELDS];
          return freshness?.source === 'LIVE' && freshness.fetchedAt ? [{ section, fetchedAt: freshness.fetchedAt }] : [];
        });
        return (await store()).foundIn(person.iin, answers);
      },
      dossierChanges: async ({ iin }, { first, after }, ctx) => {
        ownerOnly(iin, ctx.caller.iin, 'what changed in it');
        const page = await (await store()).list(iin, first ?? 20, after ?? undefined);
        return {
          edges: page.entries.map((entry) => ({ cursor: entry.cursor, node: entry })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        };
      },
      notificationSettings: async ({ iin }, _args, ctx) => {
        ownerOnly(iin, ctx.caller.iin, 'its notification settings');
        return settingsView(await (await store()).settings(iin));
      },
    },
    Mutation: {
      updateNotificationSettings: async (_root, { input }, ctx) => {
        const update = {
          channels: input.channels,
          // left out: kept; null: none
          ...('quietHours' in input && { quietHours: input.quietHours ?? null }),
        };
        return settingsView(await (await store()).updateSettings(ctx.caller.iin, update));
      },
    },
  };
}
