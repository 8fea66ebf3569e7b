/**
 * Everything a subgraph needs beyond its schema and resolvers: the state-system client, the
 * per-request loader, the caller check, error masking and the HTTP server. A subgraph is
 * defined by a `SubgraphDefinition`; `createSubgraph` builds it, `startSubgraph` listens.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { ACCESSED_EXTENSION, BUDGET_HEADER, callerKey, mayRead, REQUEST_ID_HEADER, type Caller } from '../../schema/caller.js';
import { dossierError, ErrorCode, isCatalogued } from '../../schema/errors.js';
import { serve, type Served } from '../../runtime/http.js';
import { createLogger, describeError, type Logger } from '../../runtime/log.js';
import { assertConfigured, config, configOf, type Env } from '../../runtime/config.js';
import { secretFrom } from '../../runtime/secrets.js';
import { cacheRefreshes } from '../../runtime/metrics.js';
import { operationSpanPlugin } from '../../runtime/tracing-plugin.js';
import { subgraphTypeDefs } from '../../schema/subgraph-sdl.js';
import { sectionOf, type Section, type SubgraphName } from '../../schema/sections.js';
import { sharedCache, type SectionCache } from './cache.js';
import { callerCheck } from './caller-check.js';
import { createSectionLoader, Flights, type LiveObserver, type SectionData } from './loader.js';
import type { ChangeRecorder, Watch } from './changes.js';
import { today } from '../../runtime/today.js';
import { withRootFields } from './root.js';
import { withScopeChecks } from './scopes.js';
import type { Poster } from '../../runtime/http-post.js';
import { createStateClient, type ResilienceOptions, type StateClient } from './state-client.js';

export interface SubgraphContext<R = unknown> {
  caller: Caller;
  section: Section;
  /** This section's data about a person, through the request's loader (one state-system call per batch). */
  load(iin: string): Promise<SectionData<R>>;
  /** Just the record of `load`: null when the state system has none for this person. */
  record(iin: string): Promise<R | null>;
  /** Whose section this request served: reported to the gateway, which records every access. */
  accessed: Set<string>;
  /**
   * Makes the next read of these sections of this person come from the state systems, in every
   * replica, and this request's own next read too. RATE_LIMITED (with `retryAfterSeconds`) when
   * one of them was refreshed less than the minimum interval ago; then nothing is refreshed.
   */
  refresh(sections: readonly Section[], iin: string): Promise<void>;
}

/**
 * Tells the gateway whose section this response carries (`extensions.accessed`, IINs), so it can
 * record the access before anything reaches the client. Internal: the gateway never forwards it.
 */
function reportAccesses<R>(): ApolloServerPlugin<SubgraphContext<R>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.accessed.size === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [ACCESSED_EXTENSION]: { section: contextValue.section, iins: [...contextValue.accessed] } };
        },
      };
    },
  };
}

/**
 * Logs each error the gateway will get only as "Internal error.", with its cause (message, code,
 * stack) under the gateway's request id: what the gateway logs as masked is found here by that id.
 */
function logUnexpectedErrors<R>(log: Logger): ApolloServerPlugin<SubgraphContext<R>> {
  return {
    async requestDidStart({ request }) {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (isCatalogued(code) && code !== ErrorCode.INTERNAL) continue;
            const requestId = contextValue?.caller?.requestId ?? request.http?.headers.get(REQUEST_ID_HEADER);
            log.error('unexpected_error', { requestId, path: error.path, ...describeError(error.originalError ?? error, { stack: true }) });
          }
        },
      };
    },
  };
}

export interface SubgraphDefinition<R extends { iin: string }> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<R>>;
  /** Checks a state-system record's shape before it is used. */
  isRecord: (value: unknown) => value is R;
  /**
   * The items of a record the citizen is told about when they change (what changed since the last
   * view, changes.ts): compared on every live answer with the copy last seen. None: nothing watched.
   */
  watch?: Watch<R>;
}

export interface SubgraphOptions {
  /** Base URL of the state system this subgraph wraps. */
  stateSystemUrl: string;
  /** Timeout, retries and circuit breaker of the state-system client; from the environment by default. */
  resilience?: ResilienceOptions;
  /** How the state-system client POSTs (tests hand a fake); node:http by default. */
  post?: Poster;
  /** The secret the gateway signs caller contexts with; INTERNAL_SECRET by default. */
  internalSecret?: Uint8Array;
  /** The cache of state-system answers; the process's (Redis at REDIS_URL, else in-process) by default. */
  cache?: SectionCache;
  /** Least time between two refreshes of one section of one person (REFRESH_MIN_INTERVAL_SECONDS, default 60 s). */
  refreshMinIntervalMs?: number;
  /**
   * Benchmarks only (never from the environment): also serve a caller context that comes without
   * a request binding, as a peer gateway that cannot make one sends it; a binding that is given is
   * still checked, and its request served once.
   */
  bindingOptional?: boolean;
  /** false: listen at once, without waiting for the cache (known to be unreachable; it connects in the background). */
  waitForCache?: boolean;
  /**
   * Where what changed since the last view is recorded (a subgraph with a `watch`): DATABASE_URL's
   * PostgreSQL by default; null: nothing recorded (a subgraph run alone without a database).
   */
  changes?: ChangeRecorder | null;
}

/**
 * STATE_TIMEOUT_MS (all systems) or STATE_TIMEOUT_MS_<SECTION> (one system), STATE_RETRIES,
 * BREAKER_FAILURES, BREAKER_HALF_OPEN_MS.
 */
export function resilienceFromEnv(section: Section, env?: Env): ResilienceOptions {
  const c = configOf(env);
  return {
    timeoutMs: c.stateTimeoutMs[section] ?? c.STATE_TIMEOUT_MS,
    retries: c.STATE_RETRIES,
    breakerFailures: c.BREAKER_FAILURES,
    halfOpenAfterMs: c.BREAKER_HALF_OPEN_MS,
  };
}

export const refreshIntervalFromEnv = (): number => config().REFRESH_MIN_INTERVAL_SECONDS * 1000;

/** Reads a subgraph's `schema.graphql` next to the module that asks, with the value types every subgraph shares. */
export const loadTypeDefs = (url: URL): DocumentNode => subgraphTypeDefs(url);

/** The sections whose subgraphs, in this process, use each cache. */
const sectionsOver = new WeakMap<SectionCache, Set<Section>>();
const servedOver = (cache: SectionCache): Set<Section> => {
  let sections = sectionsOver.get(cache);
  if (!sections) sectionsOver.set(cache, (sections = new Set()));
  return sections;
};

export interface BuiltSubgraph<R> {
  apollo: ApolloServer<SubgraphContext<R>>;
  context(req: IncomingMessage, body?: unknown): Promise<SubgraphContext<R>>;
  client: StateClient<R>;
  cache: SectionCache;
}

export function createSubgraph<R extends { iin: string }>(definition: SubgraphDefinition<R>, options: SubgraphOptions): BuiltSubgraph<R> {
  const section = sectionOf(definition.name);
  const log = createLogger(definition.name);
  const cache = options.cache ?? sharedCache();
  const callerOf = callerCheck({
    subgraph: definition.name,
    secret: callerKey(options.internalSecret ?? secretFrom('INTERNAL_SECRET', 'internalSecret')),
    cache,
    bindingOptional: options.bindingOptional,
    log,
  });
  const client = createStateClient<R>({
    system: definition.name,
    baseUrl: options.stateSystemUrl,
    isRecord: definition.isRecord,
    post: options.post,
    ...(options.resilience ?? resilienceFromEnv(section)),
  });

  const apollo = new ApolloServer<SubgraphContext<R>>({
    schema: buildSubgraphSchema({
      typeDefs: definition.typeDefs,
      resolvers: withScopeChecks(definition.typeDefs, withRootFields(definition.name, definition.resolvers)) as GraphQLResolverMap<unknown>,
    }),
    // no landing page, no tracing, no cache-control hints (it wraps every resolver): caching is ours;
    // and nothing reported to Apollo, whatever APOLLO_KEY or APOLLO_SCHEMA_REPORTING say
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      reportAccesses<R>(),
      logUnexpectedErrors<R>(log),
      operationSpanPlugin<SubgraphContext<R>>(),
    ],
    includeStacktraceInErrorResponses: false,
    // the process's owner (npm start, index.ts) stops servers on SIGINT/SIGTERM, in order
    stopOnTerminationSignals: false,
    formatError: (formatted: GraphQLFormattedError): GraphQLFormattedError => {
      if (isCatalogued(formatted.extensions?.code) && formatted.extensions?.code !== ErrorCode.INTERNAL) return formatted;
      return { message: 'Internal error.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
    },
  });

  servedOver(cache).add(section);
  const changes = definition.watch ? (options.changes ?? null) : null;
  const watch = definition.watch;
  const observe: LiveObserver<R> | undefined =
    changes && watch
      ? (answers, fetchedAt) => {
          const day = today();
          return changes.observe(
            section,
            answers.map(({ iin, record }) => ({ iin, items: record ? watch(record, day) : [] })),
            fetchedAt,
          );
        }
      : undefined;
  const flights = new Flights(client, observe);
  const refreshMinIntervalMs = options.refreshMinIntervalMs ?? refreshIntervalFromEnv();

  const context = async (req: IncomingMessage, body?: unknown): Promise<SubgraphContext<R>> => {
    const caller = await callerOf(req, body);
    const budget = Number(req.headers[BUDGET_HEADER]);
    const deadline = Date.now() + (budget > 0 ? Math.min(budget, config().REQUEST_DEADLINE_MS) : config().REQUEST_DEADLINE_MS);
    const loader = createSectionLoader<R>(section, flights, cache, deadline, caller.requestId);
    const accessed = new Set<string>();
    // Defence in depth: whatever the gateway asked, only the caller's and their wards' sections.
    const load = async (iin: string): Promise<SectionData<R>> => {
      if (!mayRead(caller, iin)) throw dossierError(ErrorCode.FORBIDDEN, `You may not read section ${section} of this person.`, { section });
      const data = await loader.load(iin);
      if (data.record) accessed.add(iin);
      return data;
    };
    return {
      caller,
      section,
      accessed,
      load,
      record: async (iin) => (await load(iin)).record,
      refresh: async (sections, iin) => {
        // An in-process cache reaches only the subgraphs of this process: a section served
        // elsewhere would go on being served from its own cache, so it is refused, not reported done.
        const beyond = cache.kind === 'memory' ? sections.find((s) => !servedOver(cache).has(s)) : undefined;
        if (beyond) {
          throw dossierError(
            ErrorCode.SERVICE_UNAVAILABLE,
            `Section ${beyond} cannot be refreshed from here: without a shared cache (REDIS_URL) a refresh reaches only the subgraphs of its own process.`,
            {
              section: beyond,
            },
          );
        }
        const outcome = await cache.refresh(sections, iin, refreshMinIntervalMs).catch((error: unknown) => {
          log.warn('refresh_failed', describeError(error));
          throw dossierError(ErrorCode.SERVICE_UNAVAILABLE, 'Refresh is unavailable for a moment; try again shortly.', { section: 'CACHE' });
        });
        if (!outcome.ok) {
          const retryAfterSeconds = Math.ceil(outcome.retryAfterMs / 1000);
          throw dossierError(ErrorCode.RATE_LIMITED, `Section ${outcome.section} was refreshed a moment ago; try again in ${retryAfterSeconds} s.`, {
            section: outcome.section,
            retryAfterSeconds,
          });
        }
        for (const s of sections) cacheRefreshes.inc({ section: s });
        if (sections.includes(section)) loader.clear(iin);
      },
    };
  };

  return { apollo, context, client, cache };
}

export async function startSubgraph<R extends { iin: string }>(
  definition: SubgraphDefinition<R>,
  options: SubgraphOptions & { port?: number; host?: string },
): Promise<Served> {
  // a production subgraph without its settings would start, then fail every request
  assertConfigured(['subgraph']);
  const { apollo, context, cache, client } = createSubgraph(definition, options);
  const log = createLogger(definition.name);
  if (options.waitForCache !== false) await cache.connect();
  return serve({
    apollo,
    context,
    component: definition.name,
    port: options.port,
    host: options.host,
    // the signed caller context lists the caller's wards: room for a large family, and for tests
    // that read a thousand people as one caller's wards
    maxHeaderBytes: 64 * 1024,
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok', subgraph: definition.name, circuit: client.circuit(), cache: cache.kind } }),
      // ready while it takes requests: 503 from the moment it starts to shut down (runtime/http.ts);
      // a state system or Redis down does not make it unready, it answers stale or coded errors then
      '/ready': async () => ({ status: 200, body: { status: 'ready', subgraph: definition.name } }),
    },
    onError: (error) => log.error('http_error', { message: error instanceof Error ? error.message : String(error) }),
  });
}
