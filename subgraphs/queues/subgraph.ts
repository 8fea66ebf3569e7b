import type { WatchedItem } from '../kit/changes.js';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isQueuesRecord, type QueuesRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<QueuesRecord> = {
  name: 'queues',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isQueuesRecord,
  // the place of each kindergarten-queue application: the person's own (a child) and their children's (a parent)
  watch: (record) =>
    [...record.kindergartenQueue, ...record.childrenKindergartenQueue].map(
      (e): WatchedItem => ({
        what: 'KINDERGARTEN_QUEUE',
        key: e.applicationNumber,
        reference: e.applicationNumber,
        value: { text: e.position === null ? `no place in the queue (${e.status})` : String(e.position), position: e.position, status: e.status },
      }),
    ),
};
