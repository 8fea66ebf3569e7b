/**
 * Everything a subgraph needs beyond its schema and resolvers: the state-system client, the
 * per-request loader, the caller check, error masking and the HTTP server. A subgraph is
 * defined by a `SubgraphDefinition`; `createSubgraph` builds it, `startSubgraph` listens.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { parse } from 'graphql';
import { CALLER_HEADER, verifyCaller, type Caller } from '../../schema/caller.js';
import { ErrorCode, isCatalogued } from '../../schema/errors.js';
import { serve, type Served } from '../../schema/http.js';
import { createLogger } from '../../schema/log.js';
import { secretFrom } from '../../schema/secrets.js';
import { sectionOf, type Section, type SubgraphName } from '../../schema/sections.js';
import { createSectionLoader, type SectionData } from './loader.js';
import { createStateClient, type StateClient } from './state-client.js';

export interface SubgraphContext<R = unknown> {
  caller: Caller;
  section: Section;
  /** This section's data about a person, through the request's loader (one state-system call per batch). */
  load(iin: string): Promise<SectionData<R>>;
}

export interface SubgraphDefinition<R extends { iin: string }> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<R>>;
  /** Checks a state-system record's shape before it is used. */
  isRecord: (value: unknown) => value is R;
}

export interface SubgraphOptions {
  /** Base URL of the state system this subgraph wraps. */
  stateSystemUrl: string;
  stateTimeoutMs?: number;
  /** The secret the gateway signs caller contexts with; INTERNAL_SECRET by default. */
  internalSecret?: Uint8Array;
  fetch?: typeof globalThis.fetch;
}

/** Reads a subgraph's `.graphql` file next to the module that asks. */
export const loadTypeDefs = (url: URL): DocumentNode => parse(readFileSync(url, 'utf8'));

export interface BuiltSubgraph<R> {
  apollo: ApolloServer<SubgraphContext<R>>;
  context(req: IncomingMessage): Promise<SubgraphContext<R>>;
  client: StateClient<R>;
}

export function createSubgraph<R extends { iin: string }>(
  definition: SubgraphDefinition<R>,
  options: SubgraphOptions,
): BuiltSubgraph<R> {
  const section = sectionOf(definition.name);
  const log = createLogger(definition.name);
  const secret = options.internalSecret ?? secretFrom('INTERNAL_SECRET', 'internalSecret');
  const client = createStateClient<R>({
    system: definition.name,
    baseUrl: options.stateSystemUrl,
    isRecord: definition.isRecord,
    timeoutMs: options.stateTimeoutMs,
    fetch: options.fetch,
  });

  const apollo = new ApolloServer<SubgraphContext<R>>({
    schema: buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> }),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      if (isCatalogued(formatted.extensions?.code)) return formatted;
      log.error('unexpected_error', { message: error instanceof Error ? error.message : String(error), path: formatted.path });
      return { message: 'Internal error.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
    },
  });

  const context = async (req: IncomingMessage): Promise<SubgraphContext<R>> => {
    const header = req.headers[CALLER_HEADER];
    const caller = await verifyCaller(Array.isArray(header) ? header[0] : header, secret);
    const loader = createSectionLoader<R>(section, client);
    return { caller, section, load: (iin) => loader.load(iin) };
  };

  return { apollo, context, client };
}

export async function startSubgraph<R extends { iin: string }>(
  definition: SubgraphDefinition<R>,
  options: SubgraphOptions & { port?: number; host?: string },
): Promise<Served> {
  const { apollo, context } = createSubgraph(definition, options);
  const log = createLogger(definition.name);
  return serve({
    apollo,
    context,
    port: options.port,
    host: options.host,
    routes: { '/health': async () => ({ status: 200, body: { status: 'ok', subgraph: definition.name } }) },
    onError: (error) => log.error('http_error', { message: error instanceof Error ? error.message : String(error) }),
  });
}
