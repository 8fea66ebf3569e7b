import { addDays, type WatchedItem } from '../kit/changes.js';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isCivilRecord, type CivilRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<CivilRecord> = {
  name: 'civil-registry',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isCivilRecord,
  // an identity document expiring within 30 days (the item is the document, shown by its kind)
  watch: (record, today) =>
    record.documents.map((d): WatchedItem => {
      const status = d.expiresOn === null ? 'VALID' : d.expiresOn < today ? 'EXPIRED' : d.expiresOn <= addDays(today, 30) ? 'EXPIRING' : 'VALID';
      return {
        what: 'DOCUMENT',
        key: `${d.kind}:${d.number}`,
        reference: d.kind,
        value: { text: d.expiresOn ? `${status.toLowerCase()}, expires on ${d.expiresOn}` : 'valid, no expiry', status, date: d.expiresOn },
      };
    }),
};
