/**
 * Composes every subgraph's schema.graphql (with the shared value types, schema/subgraph-sdl.ts) into the supergraph (schema/supergraph.graphql), the
 * committed artefact the gateway serves. `--check` composes and fails when the committed file
 * differs or composition reports errors; it writes nothing.
 */
import { composeServices } from '@apollo/composition';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentNode } from 'graphql';
import {
  ACCESS_LOG_SUBGRAPH,
  TELEGRAM_SUBGRAPH,
  DEFAULT_GATEWAY_PORT,
  PREFERENCES_SUBGRAPH,
  defaultSubgraphPort,
  SECTIONS,
  type SubgraphName,
} from './sections.js';
import { subgraphTypeDefs } from './subgraph-sdl.js';
import { SUPERGRAPH_FILE } from './supergraph.js';

const subgraphsDir = new URL('../subgraphs/', import.meta.url);

/** A subgraph's SDL as its folder has it: the shared value types and its schema.graphql. */
const typeDefsInFolder = (subgraph: SubgraphName): DocumentNode => subgraphTypeDefs(new URL(`${subgraph}/schema.graphql`, subgraphsDir));

/** The supergraph SDL of every subgraph folder that has a schema, or the composition errors. */
export function composeSupergraph(
  typeDefsOf: (subgraph: SubgraphName) => DocumentNode = typeDefsInFolder,
  /** More subgraphs beside the repository's (tests of a supergraph that grows). */
  extra: ReadonlyArray<{ name: string; url: string; typeDefs: DocumentNode }> = [],
): { supergraphSdl: string } | { errors: string[] } {
  const services: Array<{ name: string; url: string; typeDefs: DocumentNode }> = SECTIONS.filter(({ subgraph }) =>
    existsSync(new URL(`${subgraph}/schema.graphql`, subgraphsDir)),
  ).map(({ subgraph }) => ({
    name: subgraph,
    url: `http://localhost:${defaultSubgraphPort(subgraph)}/graphql`,
    typeDefs: typeDefsOf(subgraph),
  }));
  // The gateway's own slice of Person (the access log), served in the gateway's process.
  services.push({
    name: ACCESS_LOG_SUBGRAPH,
    url: `http://localhost:${DEFAULT_GATEWAY_PORT}/access-log`,
    typeDefs: subgraphTypeDefs(new URL('../gateway/access-log/schema.graphql', import.meta.url), { rootFields: false }),
  });
  // ... and its Telegram slice (linking the bot), served there too.
  services.push({
    name: TELEGRAM_SUBGRAPH,
    url: `http://localhost:${DEFAULT_GATEWAY_PORT}/telegram`,
    typeDefs: subgraphTypeDefs(new URL('../gateway/telegram/schema.graphql', import.meta.url), { rootFields: false }),
  });
  // ... and the citizen's page settings (the sections they hid), also served in the gateway's process.
  services.push({
    name: PREFERENCES_SUBGRAPH,
    url: `http://localhost:${DEFAULT_GATEWAY_PORT}/preferences`,
    typeDefs: subgraphTypeDefs(new URL('../gateway/preferences/schema.graphql', import.meta.url), { rootFields: false }),
  });
  const result = composeServices([...services, ...extra]);
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: `${result.supergraphSdl.trimEnd()}\n` };
}

export type SupergraphStatus =
  | { status: 'current' }
  /** A subgraph's schema changed since `npm run compose`: this is what it composes to now. */
  | { status: 'stale'; supergraphSdl: string }
  | { status: 'broken'; errors: string[] };

/** Whether the committed supergraph is what the subgraphs' schemas compose to now. */
export function supergraphStatus(committed: string, composed = composeSupergraph()): SupergraphStatus {
  if ('errors' in composed) return { status: 'broken', errors: composed.errors };
  return composed.supergraphSdl === committed ? { status: 'current' } : { status: 'stale', supergraphSdl: composed.supergraphSdl };
}

function main(): void {
  const check = process.argv.includes('--check');
  const result = composeSupergraph();
  if ('errors' in result) {
    console.error(`Composition failed:\n- ${result.errors.join('\n- ')}`);
    process.exit(1);
  }
  const committed = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
  if (check) {
    if (committed !== result.supergraphSdl) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
      process.exit(1);
    }
    console.log('schema/supergraph.graphql is up to date.');
    return;
  }
  if (committed === result.supergraphSdl) {
    console.log('schema/supergraph.graphql is up to date.');
    return;
  }
  writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
  console.log('Wrote schema/supergraph.graphql.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
