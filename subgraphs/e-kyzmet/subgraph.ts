import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isEKyzmetRecord, type EKyzmetRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<EKyzmetRecord> = {
  name: 'e-kyzmet',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isEKyzmetRecord,
};
