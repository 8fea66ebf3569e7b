import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isQueuesRecord, type QueuesRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<QueuesRecord> = {
  name: 'queues',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isQueuesRecord,
};
