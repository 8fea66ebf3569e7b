import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isHealthRecord, type HealthRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<HealthRecord> = {
  name: 'health',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isHealthRecord,
};
