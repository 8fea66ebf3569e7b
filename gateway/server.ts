/**
 * The gateway: Apollo Gateway over the committed supergraph, inside Apollo Server. It verifies
 * the caller's token, passes the verified caller to subgraphs as a signed context, masks errors,
 * and serves Apollo Sandbox outside production.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CALLER_HEADER, signCaller, type Caller } from '../schema/caller.js';
import { readSupergraph } from '../schema/supergraph.js';
import { ErrorCode, isCatalogued } from '../schema/errors.js';
import { serve, type Served } from '../schema/http.js';
import { createLogger, describeError, pseudonym } from '../schema/log.js';
import { secretFrom } from '../schema/secrets.js';
import { authenticate, type AuthConfig } from './auth.js';

export interface GatewayContext {
  caller: Caller;
  /** The signed caller context sent to every subgraph, made once per request. */
  callerToken: string;
}

export interface GatewayOptions {
  auth: AuthConfig;
  /** Subgraph URLs by name; a subgraph not named here uses the URL in the supergraph. */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
  internalSecret?: Uint8Array;
  /** Development mode: introspection and Apollo Sandbox. Defaults to NODE_ENV !== 'production'. */
  development?: boolean;
}

const log = createLogger('gateway');

/** What the client may see of an error: catalogued errors with their safe extensions, anything else masked. */
const SAFE_EXTENSIONS = ['code', 'section', 'argument', 'rule', 'retryAfterSeconds'];

export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isCatalogued(code)) {
    const extensions = Object.fromEntries(SAFE_EXTENSIONS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions![k]]));
    return { message: formatted.message, ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }), extensions };
  }
  log.error('masked_error', { path: formatted.path, code, ...describeError(error) });
  return { message: 'Internal error.', ...(formatted.path && { path: formatted.path }), extensions: { code: ErrorCode.INTERNAL } };
}

export function createGateway(options: GatewayOptions) {
  const development = options.development ?? process.env.NODE_ENV !== 'production';
  const secret = options.internalSecret ?? secretFrom('INTERNAL_SECRET', 'internalSecret');
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: options.subgraphUrls?.[name] ?? url,
        fetcher: fetch,
        willSendRequest({ request, context }) {
          if (context.callerToken) request.http?.headers.set(CALLER_HEADER, context.callerToken);
        },
      }),
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: development,
    includeStacktraceInErrorResponses: false,
    plugins: [development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled()],
    formatError: maskError,
  });

  const context = async (req: IncomingMessage): Promise<GatewayContext> => {
    const identity = await authenticate(req.headers.authorization, options.auth);
    const clientHeader = req.headers['apollographql-client-name'];
    const caller: Caller = {
      ...identity,
      requestId: randomUUID(),
      client: (Array.isArray(clientHeader) ? clientHeader[0] : clientHeader) ?? 'unknown',
    };
    log.debug('request', { requestId: caller.requestId, caller: pseudonym(caller.iin), login: caller.login, client: caller.client });
    return { caller, callerToken: await signCaller(caller, secret) };
  };

  return { apollo, context };
}

export async function startGateway(options: GatewayOptions & { port?: number; host?: string }): Promise<Served> {
  const { apollo, context } = createGateway(options);
  return serve({
    apollo,
    context,
    port: options.port,
    host: options.host,
    routes: { '/health': async () => ({ status: 200, body: { status: 'ok' } }) },
    onError: (error) => log.error('http_error', describeError(error)),
  });
}
