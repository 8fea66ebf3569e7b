import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isLicencesRecord, type LicencesRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<LicencesRecord> = {
  name: 'licences',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isLicencesRecord,
};
