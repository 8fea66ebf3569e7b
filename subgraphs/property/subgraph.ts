import type { WatchedItem } from '../kit/changes.js';
import { loadTypeDefs, type SubgraphDefinition } from '../kit/subgraph.js';
import { isPropertyRecord, type PropertyRecord } from './record.js';
import { resolvers } from './resolvers.js';

export const subgraph: SubgraphDefinition<PropertyRecord> = {
  name: 'property',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  isRecord: isPropertyRecord,
  // each right to real estate (by cadastral number) and each encumbrance in force, on real estate and movable property
  watch: (record, today) => [
    ...record.realEstate.map(
      (o): WatchedItem => ({
        what: 'PROPERTY_RIGHT',
        key: `right:${o.cadastralNumber}`,
        reference: o.cadastralNumber,
        value: { text: `right since ${o.rightSince}`, date: o.rightSince },
      }),
    ),
    ...record.realEstate.flatMap((o) =>
      o.encumbrances
        .filter((e) => e.until === null || e.until >= today)
        .map(
          (e): WatchedItem => ({
            what: 'ENCUMBRANCE',
            key: `encumbrance:${o.cadastralNumber}:${e.kind}:${e.basisDocumentNumber}`,
            reference: o.cadastralNumber,
            value: { text: `${e.kind} since ${e.since}`, status: e.kind, date: e.since },
          }),
        ),
    ),
    ...record.movableEncumbrances.map(
      (e): WatchedItem => ({
        what: 'ENCUMBRANCE',
        key: `movable:${e.registrationNumber}`,
        reference: e.registrationNumber,
        value: { text: `${e.kind} since ${e.since}`, status: e.kind, date: e.since },
      }),
    ),
  ],
};
