import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isCivilRecord, type CivilRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<CivilRecord> = {
  name: 'civil-registry',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isCivilRecord,
};
