/**
 * A state-system subgraph's SDL as it is served, composed and code-generated: the value types
 * every subgraph shares (schema/subgraph-types.graphql: dates, freshness), then its own
 * schema.graphql. One declaration keeps them identical, as federation wants.
 */
import { concatAST, parse, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';

export const SUBGRAPH_TYPES_FILE = new URL('./subgraph-types.graphql', import.meta.url);

/** The shared value types and the subgraph's own `schema.graphql` (its URL), as one document. */
export function subgraphTypeDefs(schemaFile: URL): DocumentNode {
  return concatAST([parse(readFileSync(SUBGRAPH_TYPES_FILE, 'utf8')), parse(readFileSync(schemaFile, 'utf8'))]);
}
