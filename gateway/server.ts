/**
 * The gateway: Apollo Gateway over the committed supergraph, inside Apollo Server. It verifies
 * the caller's token, passes the verified caller to subgraphs as a signed context, masks errors,
 * and serves Apollo Sandbox outside production.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { callerKey, type Caller } from '../schema/caller.js';
import { dossierError, ErrorCode, isCatalogued } from '../schema/errors.js';
import { serve, type Served } from '../runtime/http.js';
import { createLogger, describeError } from '../runtime/log.js';
import { connectRedis, sharedCacheUrl } from '../runtime/redis.js';
import { redisErrors } from '../runtime/metrics.js';
import { assertConfigured, config } from '../runtime/config.js';
import { secretFrom } from '../runtime/secrets.js';
import { ACCESS_LOG_SUBGRAPH, PREFERENCES_SUBGRAPH, TELEGRAM_SUBGRAPH, type Section } from '../schema/sections.js';
import { subgraphTypeDefs } from '../schema/subgraph-sdl.js';
import { readSupergraph } from '../schema/supergraph.js';
import { accessLogResolvers } from './access-log/resolvers.js';
import { preferencesResolvers } from './preferences/resolvers.js';
import { createSectionPreferences } from './preferences/store.js';
import { devTokenRoute } from './dev-token.js';
import { apolloLogger } from './apollo-logger.js';
import { createAccessLog, openConfiguredDatabase, type AccessLog } from './access-log/store.js';
import type { Database } from '../runtime/sql.js';
import { dossierChangesResolvers } from './dossier-changes/resolvers.js';
import { createDossierChanges, type DossierChanges } from './dossier-changes/store.js';
import { authenticateBot, redeemRoute, TELEGRAM_SCHEME, telegramBotSecret, telegramBotUsername } from './telegram/credential.js';
import { telegramResolvers } from './telegram/resolvers.js';
import { createTelegramLinks, type LinkedCitizen, type TelegramLinks } from './telegram/store.js';
import { authenticate, type AuthConfig } from './auth.js';
import { clientName } from './clients.js';
import { queryLimits, type QueryLimitOptions } from './limits.js';
import { readiness, withoutLocal } from './readiness.js';
import { knownOperationTypeRule, requestMistakesPlugin, reservedAliasRule } from './requests.js';
import { CallerTokens, ScopedGateway } from './scoped-gateway.js';
import { gatewaySupergraph, scopesOf } from './scopes.js';
import { installOperationMemo } from './operation-memo.js';
import { metricsPlugin } from './metrics-plugin.js';
import { logRefusedRequest, requestLogPlugin } from './request-log.js';
import { operationSpanPlugin } from '../runtime/tracing-plugin.js';
import { SubgraphSource } from './subgraph-source.js';
import { CivilRegistryGenerations } from './caller-generation.js';
import { trustedDocumentsMode, trustedDocumentsPlugin, type TrustedDocumentsMode } from './trusted-documents.js';
import { deliveredSupergraph, readDelivered, supergraphDeliveryFromEnv, type SupergraphDelivery } from './supergraph-delivery.js';
import { WardsDirectory } from './wards.js';

export interface GatewayContext {
  caller: Caller;
  /** The signed caller context sent to every subgraph, made once per request, before planning. */
  callerToken?: string;
  /**
   * When the operation reads someone besides the caller and their wards are still being looked up:
   * the caller context with the wards, for the fetches that read another person (`fetchReadsOthers`),
   * while every other fetch goes at once with `callerToken` (the caller's own data needs no wards).
   */
  wardsToken?: Promise<string>;
  /** Whether one subgraph request of this operation reads another person (worked out once per query text). */
  fetchReadsOthers?: (query: string, variables: Readonly<Record<string, unknown>> | undefined) => boolean;
  /** When the answer is due (ms since epoch); subgraphs get what is left of it. */
  deadline: number;
  /** Whose sections the subgraphs served, as they report them: recorded before the answer leaves. */
  accessed: Map<string, Set<Section>>;
  /** When the Telegram bot asks for a linked citizen: the link it acts through (gateway/telegram/credential.ts). */
  telegramLink?: LinkedCitizen;
}

export interface GatewayOptions {
  auth: AuthConfig;
  /** Subgraph URLs by name; a subgraph not named here uses the URL in the supergraph. */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
  /** Where the supergraph is read and checked for changes (SUPERGRAPH_PATH / SUPERGRAPH_URL by default); the committed file, once, without. */
  supergraphDelivery?: SupergraphDelivery;
  internalSecret?: Uint8Array;
  /** Where accesses are recorded; in `database` by default. */
  accessLog?: AccessLog;
  /** The Telegram bot's links; in the access log's database (DATABASE_URL, else PGlite) by default, opened at first use. */
  telegramLinks?: TelegramLinks;
  /** The Telegram bot's secret (TELEGRAM_BOT_SECRET; in development, derived from the development secrets); null: no bot. */
  telegramBotSecret?: string | null;
  /**
   * The database of the access log (unless `accessLog` is given), the dossier changes the subgraphs
   * record and the notification settings: DATABASE_URL's PostgreSQL, else an embedded PGlite, by
   * default (`npm start` hands its subgraphs and gateway one, so what they record is what it lists).
   */
  database?: Database;
  /** Depth, aliases, cost, tokens, directives per operation; from the environment by default. */
  queryLimits?: QueryLimitOptions;
  /**
   * The shared cache (REDIS_URL by default; required in production), where every replica learns
   * that a caller's wards were refreshed; null: none (one process).
   */
  redisUrl?: string | null;
  /** Development mode: introspection and Apollo Sandbox. Defaults to NODE_ENV !== 'production'. */
  development?: boolean;
  /** `required`: only the clients' trusted documents are executed (trusted-documents.ts). From TRUSTED_DOCUMENTS, else NODE_ENV, by default. */
  trustedDocuments?: TrustedDocumentsMode;
}

const log = createLogger('gateway');

/** The resolvers of two modules of one subgraph, type by type. */
function mergeResolvers(...maps: ReadonlyArray<{ [type: string]: object | undefined }>): Record<string, object> {
  const merged: Record<string, object> = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}

/** What the client may see of an error: catalogued errors with their safe extensions, anything else masked. */
const SAFE_EXTENSIONS = ['code', 'section', 'argument', 'rule', 'retryAfterSeconds', 'limit'];

export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isCatalogued(code) && code !== ErrorCode.INTERNAL) {
    const extensions = Object.fromEntries(SAFE_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions![k]]));
    return {
      message: formatted.message,
      ...(formatted.locations && { locations: formatted.locations }),
      ...(formatted.path && { path: formatted.path }),
      extensions,
    };
  }
  return { message: 'Internal error.', ...(formatted.path && { path: formatted.path }), extensions: { code: ErrorCode.INTERNAL } };
}

/**
 * What an answer carries is `data` and masked `errors`, nothing else: extensions that Apollo
 * Gateway adds to the response (`valueCompletion`, with its own unmasked messages and codes) are
 * dropped, and logged by name only; an empty `errors` is left out.
 */
export function answerShape(result: FormattedExecutionResult, requestId?: string): FormattedExecutionResult {
  const { errors, extensions, ...rest } = result;
  if (extensions !== undefined)
    log.warn('response_extensions_dropped', {
      requestId,
      extensions: Object.keys(extensions)
        .slice(0, 10)
        .map((k) => k.slice(0, 40)),
    });
  return { ...rest, ...(errors && errors.length > 0 && { errors }) };
}

const shapeAnswers: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        // (Apollo Gateway executes no @defer: every answer is a single result)
        if (response.body.kind === 'single') response.body.singleResult = answerShape(response.body.singleResult, contextValue?.caller?.requestId);
      },
    };
  },
};

const unquoted = (message: string): string => message.replace(/"(?:[^"\\]|\\.)*"/g, (q) => `"<${q.length - 2} characters>"`);

/** Logs, with the request id, every error the client will see only masked. */
const logMaskedErrors: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (isCatalogued(code) && code !== ErrorCode.INTERNAL) continue;
          // a subgraph's own unexpected error is in that subgraph's log, under the same request id
          const subgraph = error.extensions?.serviceName;
          const cause = describeError(error.originalError ?? error, { stack: Boolean(error.originalError) });
          // graphql's own messages quote the document (names, values): the client's text, logged by its length only
          if (!error.originalError && typeof cause.message === 'string') cause.message = unquoted(cause.message);
          log.error('masked_error', {
            requestId: contextValue?.caller?.requestId,
            path: error.path,
            ...(subgraph !== undefined && { subgraph }),
            ...cause,
            code: code ?? cause.code,
          });
        }
      },
    };
  },
};

/** Subgraph URLs by name: the supergraph's, overridden by the options. */
function subgraphUrlsOf(supergraphSdl: string, overrides: Record<string, string> = {}): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [, name, url] of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) urls[name!] = url!;
  return { ...urls, ...overrides };
}

export function createGateway(options: GatewayOptions) {
  installOperationMemo();
  const development = options.development ?? !config().production;
  const secret = callerKey(options.internalSecret ?? secretFrom('INTERNAL_SECRET', 'internalSecret'));
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const urls = subgraphUrlsOf(supergraphSdl, options.subgraphUrls);
  const redisUrl = options.redisUrl === undefined ? sharedCacheUrl('gateway') : (options.redisUrl ?? undefined);
  const redis = redisUrl ? connectRedis(redisUrl, { lazyConnect: true }) : undefined;
  redis?.on('error', () => redisErrors.inc({ component: 'gateway' })); // reported by /ready and counted; the wards are then asked afresh
  if (!redis)
    log.info('shared_cache', {
      kind: 'none',
      message: "REDIS_URL is not set: a refresh makes this gateway process forget the caller's wards, no other; run one gateway process",
    });
  const wards = new WardsDirectory(urls['civil-registry']!, secret, 30_000, redis && new CivilRegistryGenerations(redis));
  const callerTokens = new CallerTokens(secret);
  // one database for the gateway's own tables (the access log, the dossier changes and notification
  // settings, the Telegram links, the page settings), opened at start (startGateway) or at first use
  let database: Promise<Database> | undefined;
  const openDatabase = () => (database ??= Promise.resolve(options.database ?? openConfiguredDatabase()));
  let accessLog: Promise<AccessLog> | undefined;
  const openLog = () => (accessLog ??= options.accessLog ? Promise.resolve(options.accessLog) : openDatabase().then(createAccessLog));
  let dossierChanges: Promise<DossierChanges> | undefined;
  const openChanges = () => (dossierChanges ??= openDatabase().then(createDossierChanges));
  let telegramLinks: Promise<TelegramLinks> | undefined;
  const openLinks = () =>
    (telegramLinks ??= options.telegramLinks ? Promise.resolve(options.telegramLinks) : openDatabase().then((db) => createTelegramLinks(db)));
  const botSecret = options.telegramBotSecret === undefined ? telegramBotSecret() : (options.telegramBotSecret ?? undefined);
  const localAccessLog = new LocalGraphQLDataSource(
    buildSubgraphSchema({
      typeDefs: subgraphTypeDefs(new URL('./access-log/schema.graphql', import.meta.url), { rootFields: false }),
      resolvers: mergeResolvers(accessLogResolvers(openLog), dossierChangesResolvers(openChanges)) as GraphQLResolverMap<unknown>,
    }),
  );
  const localTelegram = new LocalGraphQLDataSource(
    buildSubgraphSchema({
      typeDefs: subgraphTypeDefs(new URL('./telegram/schema.graphql', import.meta.url), { rootFields: false }),
      resolvers: telegramResolvers(openLinks, telegramBotUsername()) as GraphQLResolverMap<unknown>,
    }),
  );
  // the citizen's page settings live in the access log's database
  const preferences = async () => {
    const { database } = await openLog();
    if (!database) throw dossierError(ErrorCode.SERVICE_UNAVAILABLE, 'Page settings are not kept by this gateway.', { section: 'PREFERENCES' });
    return createSectionPreferences(database);
  };
  const localPreferences = new LocalGraphQLDataSource(
    buildSubgraphSchema({
      typeDefs: subgraphTypeDefs(new URL('./preferences/schema.graphql', import.meta.url), { rootFields: false }),
      resolvers: preferencesResolvers(preferences) as GraphQLResolverMap<unknown>,
    }),
  );
  const gateway = new ScopedGateway(
    {
      supergraphSdl: options.supergraphDelivery ? deliveredSupergraph(supergraphSdl, options.supergraphDelivery) : gatewaySupergraph(supergraphSdl),
      logger: apolloLogger('apollo-gateway'),
      buildService: ({ name, url }) => {
        if (name === ACCESS_LOG_SUBGRAPH) return localAccessLog;
        if (name === TELEGRAM_SUBGRAPH) return localTelegram;
        if (name === PREFERENCES_SUBGRAPH) return localPreferences;
        const target = urls[name] ?? url;
        if (!target) throw new Error(`no URL for subgraph ${name}`);
        return new SubgraphSource(name, target, secret);
      },
    },
    scopesOf(supergraphSdl),
    {
      prepare: async (context, others) => {
        // the look-up runs beside the plan: only a fetch that reads another person waits for it
        if (others)
          context.wardsToken = wards.of(context.caller).then((found) => {
            context.caller = { ...context.caller, wards: found };
            return callerTokens.of(context.caller);
          });
        // (a fetch that awaits it sees a failure; none awaiting must not make it unhandled)
        context.wardsToken?.catch(() => undefined);
        context.callerToken = await callerTokens.of(context.caller);
      },
      // a refresh of the civil registry may have brought a new child: the wards are looked up afresh
      mutated: (context) => wards.forget(context.caller.iin),
      record: async (context) => {
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
      },
    },
  );

  const limits = queryLimits<GatewayContext>(options.queryLimits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger('apollo-server'),
    introspection: development,
    includeStacktraceInErrorResponses: false,
    // the process's owner (npm start, index.ts) stops servers on SIGINT/SIGTERM, in order
    stopOnTerminationSignals: false,
    plugins: [
      trustedDocumentsPlugin<GatewayContext>({ mode: options.trustedDocuments ?? trustedDocumentsMode(), parseOptions: limits.parseOptions }),
      ...limits.plugins,
      requestMistakesPlugin<GatewayContext>(),
      logMaskedErrors,
      metricsPlugin,
      requestLogPlugin,
      operationSpanPlugin<GatewayContext>(),
      shapeAnswers,
      // Sandbox's own telemetry would tell Apollo about every visit: off (landing-page.test.ts)
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: { runTelemetry: false } }) : ApolloServerPluginLandingPageDisabled(),
      // Apollo Server reports usage and the schema to Apollo whenever APOLLO_KEY (and a graph ref)
      // are in the environment: never from a gateway in front of personal data (telemetry.test.ts)
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
    validationRules: [knownOperationTypeRule, reservedAliasRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    formatError: maskError,
  });

  const context = async (req: IncomingMessage, _body?: unknown, requestId: string = randomUUID()): Promise<GatewayContext> => {
    const start = performance.now();
    let client = clientName(req.headers['apollographql-client-name']);
    let identity: Awaited<ReturnType<typeof authenticate>>;
    let telegramLink: Awaited<ReturnType<typeof authenticateBot>> | undefined;
    try {
      // the Telegram bot acts for a linked citizen with the credential it was given, never with a token of the identity provider's
      const telegram = TELEGRAM_SCHEME.exec(req.headers.authorization ?? '');
      if (telegram) {
        client = 'telegram-bot';
        telegramLink = await authenticateBot(req, telegram[1]!, await openLinks(), botSecret);
        identity = { iin: telegramLink.iin, login: telegramLink.login };
      } else identity = await authenticate(req.headers.authorization, options.auth);
    } catch (error) {
      // no context, no operation: the request's one line says so here (request-log.ts writes the others)
      logRefusedRequest(requestId, client, start, error);
      throw error;
    }
    const caller: Caller = { ...identity, requestId, client, wards: [] };
    return { caller, deadline: Date.now() + config().REQUEST_DEADLINE_MS, accessed: new Map(), ...(telegramLink && { telegramLink }) };
  };

  return {
    apollo,
    context,
    /** The shared cache's client (connected by startGateway), when there is one. */
    redis,
    /** Opens the access log and the database (checking their schema): at start, so the first request does not wait for them. */
    open: async () => void (await Promise.all([openLog(), options.accessLog ? undefined : openChanges()])),
    /** The bot's `POST /telegram/redeem` (gateway/telegram/credential.ts). */
    redeem: redeemRoute(openLinks, botSecret),
    // an access log, links or a database given in the options belong to whoever gave them
    close: async () => (database && !options.database ? (await database.catch(() => undefined))?.close() : undefined),
  };
}

export async function startGateway(options: GatewayOptions & { port?: number; host?: string }): Promise<Served> {
  // a production gateway without its settings would start, then fail every request
  assertConfigured(['gateway']);
  const supergraphDelivery = options.supergraphDelivery ?? supergraphDeliveryFromEnv();
  const supergraphSdl = options.supergraphSdl ?? (supergraphDelivery ? await readDelivered(supergraphDelivery.from) : readSupergraph());
  const { apollo, context, open, close, redis, redeem } = createGateway({ ...options, supergraphSdl, supergraphDelivery });
  const development = options.development ?? !config().production;
  await open();
  await redis?.connect().catch(() => undefined);
  const served = await serve({
    apollo,
    context,
    requestId: randomUUID,
    component: 'gateway',
    port: options.port,
    host: options.host,
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok' } }),
      '/ready': readiness(withoutLocal(subgraphUrlsOf(supergraphSdl, options.subgraphUrls)), redis),
      // this replica alone: ready while it takes requests (503 once it shuts down, runtime/http.ts).
      // Kubernetes' readiness probe: a subgraph or Redis down must not take every replica out of
      // its Service, as /ready (which reports them) would; the gateway answers without them.
      '/ready/self': async () => ({ status: 200, body: { status: 'ready' } }),
      '/telegram/redeem': redeem,
      // the portal page's demo login (web/): development only, never served in production (dev-token.ts)
      ...(development && { '/dev/token': devTokenRoute }),
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
