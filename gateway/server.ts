/**
 * The gateway: Apollo Gateway over the committed supergraph, inside Apollo Server. It verifies
 * the caller's token, passes the verified caller to subgraphs as a signed context, masks errors,
 * and serves Apollo Sandbox outside production.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { readFileSync } from 'node:fs';
import { parse, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ACCESSED_EXTENSION, BUDGET_HEADER, CALLER_CONTEXT_LIFETIME_SECONDS, CALLER_HEADER, callerKey, REQUEST_ID_HEADER, type CallerKey, requestDeadlineMs, signCaller, type Caller } from '../schema/caller.js';
import { readSupergraph } from '../schema/supergraph.js';
import { dossierError, ErrorCode, isCatalogued } from '../schema/errors.js';
import { ACCESS_LOG_SUBGRAPH, isSection, SECTIONS, type Section } from '../schema/sections.js';
import { internalFetch } from '../schema/http-fetch.js';
import { serve, type Served } from '../schema/http.js';
import { createLogger, describeError, pseudonym } from '../schema/log.js';
import { secretFrom } from '../schema/secrets.js';
import { accessLogResolvers } from './access-log/resolvers.js';
import { openAccessLog, type AccessLog } from './access-log/store.js';
import { authenticate, type AuthConfig } from './auth.js';
import { gatewaySupergraph, pruneOperation, restoreDenied, scopesOf, scopesOfLogin, type DeniedPath, type ScopeRules } from './scopes.js';
import { queryLimits, type QueryLimitOptions } from './limits.js';
import { mergingFetch } from './merging-fetch.js';
import { reachesOthers, WardsDirectory } from './wards.js';

export interface GatewayContext {
  caller: Caller;
  /** The signed caller context sent to every subgraph, made once per request, before planning. */
  callerToken?: string;
  /** When the answer is due (ms since epoch); subgraphs get what is left of it. */
  deadline: number;
  /** Whose sections the subgraphs served, as they report them: recorded before the answer leaves. */
  accessed: Map<string, Set<Section>>;
}

export interface GatewayOptions {
  auth: AuthConfig;
  /** Subgraph URLs by name; a subgraph not named here uses the URL in the supergraph. */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
  internalSecret?: Uint8Array;
  /** Where accesses are recorded; DATABASE_URL's PostgreSQL, else an embedded PGlite, by default. */
  accessLog?: AccessLog;
  /** Depth, aliases, cost, tokens, directives per operation; from the environment by default. */
  queryLimits?: QueryLimitOptions;
  /** Development mode: introspection and Apollo Sandbox. Defaults to NODE_ENV !== 'production'. */
  development?: boolean;
}

const log = createLogger('gateway');

/** What the client may see of an error: catalogued errors with their safe extensions, anything else masked. */
const SAFE_EXTENSIONS = ['code', 'section', 'argument', 'rule', 'retryAfterSeconds', 'limit'];

export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isCatalogued(code) && code !== ErrorCode.INTERNAL) {
    const extensions = Object.fromEntries(SAFE_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions![k]]));
    return { message: formatted.message, ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }), extensions };
  }
  return { message: 'Internal error.', ...(formatted.path && { path: formatted.path }), extensions: { code: ErrorCode.INTERNAL } };
}

/** Logs, with the request id, every error the client will see only masked. */
const logMaskedErrors: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (isCatalogued(code) && code !== ErrorCode.INTERNAL) continue;
          log.error('masked_error', { requestId: contextValue?.caller?.requestId, path: error.path, code, ...describeError(error.originalError ?? error) });
        }
      },
    };
  },
};

const mergedFetch = mergingFetch(internalFetch);

/**
 * A subgraph over HTTP: sends the signed caller context and the time left, and turns a subgraph
 * that cannot be reached into a coded error naming its section (the rest of the plan goes on).
 */
class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly section: Section | undefined;

  constructor(readonly name: string, url: string) {
    super({ url, fetcher: mergedFetch });
    this.section = SECTIONS.find((s) => s.subgraph === name)?.section;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!context.callerToken) return;
    request.http?.headers.set(CALLER_HEADER, context.callerToken);
    request.http?.headers.set(REQUEST_ID_HEADER, context.caller.requestId);
    request.http?.headers.set(BUDGET_HEADER, String(Math.max(1, context.deadline - Date.now())));
  }

  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const report = response.extensions?.[ACCESSED_EXTENSION] as { section?: unknown; iins?: unknown } | undefined;
    if (report && isSection(report.section) && Array.isArray(report.iins)) {
      for (const iin of report.iins) {
        if (typeof iin !== 'string') continue;
        const sections = context.accessed.get(iin) ?? new Set<Section>();
        sections.add(report.section);
        context.accessed.set(iin, sections);
      }
    }
    if (response.extensions) delete response.extensions[ACCESSED_EXTENSION];
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      const requestId = 'context' in options ? options.context.caller?.requestId : undefined;
      log.error('subgraph_unreachable', { subgraph: this.name, requestId, ...describeError(error) });
      throw dossierError(ErrorCode.SERVICE_UNAVAILABLE, `Section ${this.section ?? this.name} is unavailable for a moment; try again shortly.`, {
        section: this.section ?? this.name,
      });
    }
  }
}

/**
 * Apollo Gateway with the login-level policy: before planning, the fields the caller's login does
 * not grant are taken out of the operation; after execution they are put back as null with an
 * EDS_REQUIRED error each. The plan cache keys on the scopes, so a pruned plan never serves EDS.
 */
class ScopedGateway extends ApolloGateway {
  constructor(
    config: ConstructorParameters<typeof ApolloGateway>[0],
    private readonly rules: ScopeRules,
    /** Completes the caller context once the operation is known (wards when it reaches others, signed token). */
    private readonly prepare: (context: GatewayContext, reachesOthers: boolean) => Promise<void>,
    /** Records the accesses the subgraphs reported; throws when it cannot. */
    private readonly record: (context: GatewayContext) => Promise<void>,
  ) {
    super(config);
  }

  /** What the policy makes of an operation for a set of scopes, by query hash: worked out once. */
  private readonly policies = new Map<string, { document: DocumentNode; denied: DeniedPath[]; reachesOthers: boolean }>();

  override async load(options?: Parameters<ApolloGateway['load']>[0]) {
    const loaded = await super.load(options);
    const policyOf = (requestContext: Parameters<typeof loaded.executor>[0], scopes: ReadonlySet<string>) => {
      const { queryHash, document: original } = requestContext;
      const operationName = requestContext.request.operationName;
      const key = `${queryHash}\0${operationName ?? ''}\0${[...scopes].sort().join(',')}`;
      let policy = this.policies.get(key);
      if (!policy) {
        const { document, denied } = pruneOperation(loaded.schema, original, operationName, this.rules, scopes);
        policy = { document, denied, reachesOthers: reachesOthers(loaded.schema, document, operationName) };
        if (this.policies.size >= 1000) this.policies.clear();
        this.policies.set(key, policy);
      }
      return policy;
    };
    const executor: typeof loaded.executor = async (requestContext) => {
      const context = requestContext.context as GatewayContext;
      const scopes = scopesOfLogin(context.caller.login);
      const { document, denied, reachesOthers: others } = policyOf(requestContext, scopes);
      await this.prepare(context, others);
      let result: Awaited<ReturnType<typeof loaded.executor>>;
      if (denied.length === 0) result = await loaded.executor(requestContext);
      else {
        const queryHash = `${requestContext.queryHash}:scopes=${[...scopes].sort().join(',')}`;
        const operation = document.definitions[0] as OperationDefinitionNode;
        result = await loaded.executor({ ...requestContext, document, operation, queryHash });
        const errors = restoreDenied(result.data as Record<string, unknown> | null | undefined, denied);
        result = { ...result, errors: [...(result.errors ?? []), ...errors] };
      }
      try {
        await this.record(context);
      } catch {
        // No unrecorded access to personal data: nothing read is served.
        return { data: null, errors: [dossierError(ErrorCode.SERVICE_UNAVAILABLE, 'Your request could not be recorded in the access log, so nothing was served; try again shortly.', { section: 'ACCESS_LOG' })] };
      }
      return result;
    };
    return { ...loaded, executor };
  }
}

/**
 * Signed caller contexts, reused for half their lifetime: the same caller (login, client, wards)
 * sends the same token, so signing is not paid per request and identical subgraph requests of one
 * caller can be merged while in flight.
 */
class CallerTokens {
  private readonly tokens = new Map<string, { token: string; until: number }>();

  constructor(private readonly secret: CallerKey) {}

  async of(caller: Caller): Promise<string> {
    const key = [caller.iin, caller.login, caller.client, ...caller.wards].join('\0');
    const known = this.tokens.get(key);
    if (known && known.until > Date.now()) return known.token;
    const token = await signCaller(caller, this.secret);
    if (this.tokens.size >= 10_000) this.tokens.clear();
    this.tokens.set(key, { token, until: Date.now() + (CALLER_CONTEXT_LIFETIME_SECONDS * 1000) / 2 });
    return token;
  }
}

/** Subgraph URLs by name: the supergraph's, overridden by the options. */
function subgraphUrlsOf(supergraphSdl: string, overrides: Record<string, string> = {}): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [, name, url] of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) urls[name!] = url!;
  return { ...urls, ...overrides };
}

export function createGateway(options: GatewayOptions) {
  const development = options.development ?? process.env.NODE_ENV !== 'production';
  const secret = callerKey(options.internalSecret ?? secretFrom('INTERNAL_SECRET', 'internalSecret'));
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const urls = subgraphUrlsOf(supergraphSdl, options.subgraphUrls);
  const wards = new WardsDirectory(urls['civil-registry']!, secret);
  const callerTokens = new CallerTokens(secret);
  let accessLog: Promise<AccessLog> | undefined;
  const openLog = () => (accessLog ??= Promise.resolve(options.accessLog ?? openAccessLog()));
  const localAccessLog = new LocalGraphQLDataSource(
    buildSubgraphSchema({
      typeDefs: parse(readFileSync(new URL('./access-log/schema.graphql', import.meta.url), 'utf8')),
      resolvers: accessLogResolvers(openLog) as GraphQLResolverMap<unknown>,
    }),
  );
  const gateway = new ScopedGateway({
    supergraphSdl: gatewaySupergraph(supergraphSdl),
    buildService: ({ name, url }) => {
      if (name === ACCESS_LOG_SUBGRAPH) return localAccessLog;
      const target = urls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new SubgraphSource(name, target);
    },
  }, scopesOf(supergraphSdl), async (context, others) => {
    if (others) context.caller = { ...context.caller, wards: await wards.of(context.caller) };
    context.callerToken = await callerTokens.of(context.caller);
  }, async (context) => {
    if (context.accessed.size === 0) return;
    const log = await openLog();
    const { caller } = context;
    await Promise.all(
      [...context.accessed].map(([subjectIin, sections]) =>
        log.record({
          subjectIin,
          readerIin: caller.iin,
          relation: subjectIin === caller.iin ? 'OWNER' : 'PARENT',
          login: caller.login,
          client: caller.client,
          requestId: caller.requestId,
          sections: [...sections],
        }),
      ),
    );
  });

  const limits = queryLimits<GatewayContext>(options.queryLimits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: development,
    includeStacktraceInErrorResponses: false,
    // the process's owner (npm start, index.ts) stops servers on SIGINT/SIGTERM, in order
    stopOnTerminationSignals: false,
    plugins: [...limits.plugins, logMaskedErrors, development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled()],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    formatError: maskError,
  });

  const context = async (req: IncomingMessage): Promise<GatewayContext> => {
    const identity = await authenticate(req.headers.authorization, options.auth);
    const clientHeader = req.headers['apollographql-client-name'];
    const caller: Caller = {
      ...identity,
      requestId: randomUUID(),
      client: (Array.isArray(clientHeader) ? clientHeader[0] : clientHeader) ?? 'unknown',
      wards: [],
    };
    log.debug('request', { requestId: caller.requestId, caller: pseudonym(caller.iin), login: caller.login, client: caller.client });
    return { caller, deadline: Date.now() + requestDeadlineMs(), accessed: new Map() };
  };

  return {
    apollo,
    context,
    /** Opens the access log (migrating it): at start, so the first request does not wait for it. */
    open: async () => void (await openLog()),
    // an access log given in the options belongs to whoever gave it
    close: async () => (accessLog && !options.accessLog ? (await accessLog).close() : undefined),
  };
}

const withoutLocal = (urls: Record<string, string>) => Object.fromEntries(Object.entries(urls).filter(([name]) => name !== ACCESS_LOG_SUBGRAPH));

/**
 * Readiness: every subgraph answers its /health (with its state system's circuit state), and
 * Redis answers a PING when REDIS_URL is set. 200 when all are up, else 503 with what is not.
 */
function readiness(subgraphUrls: Record<string, string>, redis: Redis | undefined) {
  return async () => {
    const subgraphs = Object.fromEntries(
      await Promise.all(
        Object.entries(subgraphUrls).map(async ([name, url]) => {
          try {
            const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1000) });
            const body = (await response.json()) as { circuit?: string };
            return [name, { up: response.ok, circuit: body.circuit ?? 'unknown' }] as const;
          } catch {
            return [name, { up: false, circuit: 'unknown' }] as const;
          }
        }),
      ),
    );
    let cache: { up: boolean; kind: string } = { up: true, kind: 'memory' };
    if (redis) cache = { kind: 'redis', up: await redis.ping().then(() => true, () => false) };
    const ready = cache.up && Object.values(subgraphs).every((s) => s.up);
    return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'degraded', cache, subgraphs } };
  };
}

export async function startGateway(options: GatewayOptions & { port?: number; host?: string }): Promise<Served> {
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const { apollo, context, open, close } = createGateway({ ...options, supergraphSdl });
  await open();
  const redis = process.env.REDIS_URL
    ? new Redis(process.env.REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1000, commandTimeout: 1000 })
    : undefined;
  redis?.on('error', () => undefined); // reported by /ready, not thrown
  await redis?.connect().catch(() => undefined);
  const served = await serve({
    apollo,
    context,
    port: options.port,
    host: options.host,
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok' } }),
      '/ready': readiness(withoutLocal(subgraphUrlsOf(supergraphSdl, options.subgraphUrls)), redis),
    },
    onError: (error) => log.error('http_error', describeError(error)),
  });
  return {
    ...served,
    close: async () => {
      redis?.disconnect();
      await served.close();
      await close();
    },
  };
}
