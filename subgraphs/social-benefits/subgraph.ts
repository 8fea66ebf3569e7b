import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isSocialBenefitsRecord, type SocialBenefitsRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<SocialBenefitsRecord> = {
  name: 'social-benefits',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isSocialBenefitsRecord,
};
