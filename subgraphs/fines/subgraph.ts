import type { WatchedItem } from '../kit/changes.js';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isFinesRecord, type FinesRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<FinesRecord> = {
  name: 'fines',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isFinesRecord,
  // each administrative fine, by its protocol number: imposed, paid
  watch: (record) =>
    record.fines.map(
      (f): WatchedItem => ({
        what: 'FINE',
        key: f.protocolNumber,
        reference: f.protocolNumber,
        value: { text: `${f.amount} ₸, ${f.paid ? 'paid' : 'unpaid'}`, amount: f.amount, paid: f.paid },
      }),
    ),
};
