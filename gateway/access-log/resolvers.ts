/** The gateway's own slice of Person: the citizen's view of who read their dossier. */
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { personRef } from '../../schema/person.js';
import type { Resolvers } from './__generated__/resolvers.js';
import type { AccessLog } from './store.js';

export function accessLogResolvers(log: () => Promise<AccessLog>): Resolvers {
  return {
    Person: {
      __resolveReference: (ref) => personRef(ref.iin),
      accessLog: async ({ iin }, { first, after }, ctx) => {
        if (iin !== ctx.caller.iin) throw dossierError(ErrorCode.FORBIDDEN, 'Only the owner of a dossier may read who read it.');
        const page = await (await log()).list(iin, first ?? 20, after ?? undefined);
        return {
          edges: page.entries.map((entry) => ({ cursor: entry.cursor, node: entry })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        };
      },
    },
    AccessLogEntry: {
      reader: (entry) => personRef(entry.readerIin),
    },
  };
}
