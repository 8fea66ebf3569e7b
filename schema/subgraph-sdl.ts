/**
 * A subgraph's SDL as it is served, composed and code-generated: the value types every subgraph
 * shares (schema/subgraph-types.graphql: dates, freshness, sections), for a state-system subgraph
 * the root fields they all serve alike (schema/subgraph-root.graphql: `me`, `person`), then its
 * own schema.graphql. One declaration keeps them identical, as federation wants. The gateway's
 * access-log slice takes the value types only: it answers no root field, so the planner must
 * never choose it for `me`.
 */
import { concatAST, parse, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';

export const SUBGRAPH_TYPES_FILE = new URL('./subgraph-types.graphql', import.meta.url);
export const SUBGRAPH_ROOT_FILE = new URL('./subgraph-root.graphql', import.meta.url);

/** The shared value types, the root fields unless `rootFields: false`, and the subgraph's own `schema.graphql` (its URL), as one document. */
export function subgraphTypeDefs(schemaFile: URL, { rootFields = true }: { rootFields?: boolean } = {}): DocumentNode {
  const files = rootFields ? [SUBGRAPH_TYPES_FILE, SUBGRAPH_ROOT_FILE, schemaFile] : [SUBGRAPH_TYPES_FILE, schemaFile];
  return concatAST(files.map((file) => parse(readFileSync(file, 'utf8'))));
}
