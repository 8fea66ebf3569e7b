import type { WatchedItem } from '../kit/changes.js';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isEKyzmetRecord, type EKyzmetRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<EKyzmetRecord> = {
  name: 'e-kyzmet',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isEKyzmetRecord,
  // the status of each public-service request, by its number
  watch: (record) =>
    record.requests.map((r): WatchedItem => ({ what: 'SERVICE_REQUEST', key: r.number, reference: r.number, value: { text: r.status, status: r.status } })),
};
