import type { WatchedItem } from '../kit/changes.js';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isLicencesRecord, type LicencesRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<LicencesRecord> = {
  name: 'licences',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isLicencesRecord,
  // the status of each licence, by its number
  watch: (record) =>
    record.licences.map((l): WatchedItem => ({ what: 'LICENCE', key: l.number, reference: l.number, value: { text: l.status, status: l.status } })),
};
