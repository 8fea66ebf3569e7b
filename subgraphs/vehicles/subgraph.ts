import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isVehiclesRecord, type VehiclesRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<VehiclesRecord> = {
  name: 'vehicles',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isVehiclesRecord,
};
