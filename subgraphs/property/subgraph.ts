import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isPropertyRecord, type PropertyRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<PropertyRecord> = {
  name: 'property',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isPropertyRecord,
};
