import type { WatchedItem } from '../kit/changes.js';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isSocialBenefitsRecord, type SocialBenefitsRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<SocialBenefitsRecord> = {
  name: 'social-benefits',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isSocialBenefitsRecord,
  // the status of each social payment or benefit, by its decision number
  watch: (record) =>
    record.benefits.map(
      (b): WatchedItem => ({
        what: 'BENEFIT',
        key: b.decisionNumber,
        reference: b.decisionNumber,
        value: { text: `${b.kind}: ${b.status}`, status: b.status, amount: b.monthlyAmount ?? b.lumpSum },
      }),
    ),
};
