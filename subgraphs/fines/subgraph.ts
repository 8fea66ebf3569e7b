import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isFinesRecord, type FinesRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<FinesRecord> = {
  name: 'fines',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isFinesRecord,
};
