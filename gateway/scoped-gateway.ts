/** Apollo Gateway with the dossier's policies around its executor, and the signed caller contexts it sends. */
import { ApolloGateway } from '@apollo/gateway';
import { LRUCache } from 'lru-cache';
import { Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { CALLER_CONTEXT_LIFETIME_SECONDS, signCaller, type Caller, type CallerKey } from '../schema/caller.js';
import { dossierError, ErrorCode } from '../schema/errors.js';
import { scopesOfLogin, type ScopeRules } from '../schema/scopes.js';
import { pruneOperation, restoreDenied, scopesOf, type DeniedPath } from './scopes.js';
import { dedupeErrors } from './dedupe-errors.js';
import { reachesOthers, type WardsNeed } from './wards.js';
import type { GatewayContext } from './server.js';

/**
 * Apollo Gateway with the login-level policy: before planning, the fields the caller's login does
 * not grant are taken out of the operation; after execution they are put back as null with an
 * EDS_REQUIRED error each. The plan cache keys on the scopes, so a pruned plan never serves EDS.
 * The rules are read afresh from every supergraph Apollo Gateway loads or swaps in
 * (supergraph-delivery.ts), with the API schema they apply to.
 */
export class ScopedGateway extends ApolloGateway {
  constructor(
    config: ConstructorParameters<typeof ApolloGateway>[0],
    private rules: ScopeRules,
    private readonly hooks: {
      /** Completes the caller context once the operation is known (wards when it reaches others, signed token). */
      prepare: (context: GatewayContext, reachesOthers: boolean) => Promise<void>;
      /** Records the accesses the subgraphs reported; throws when it cannot. */
      record: (context: GatewayContext) => Promise<void>;
      /** After a mutation (a refresh) has run, whether or not it succeeded. */
      mutated: (context: GatewayContext) => void;
    },
  ) {
    super(withoutVendorTelemetry(config));
    this.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      // one synchronous swap: no request sees new rules with an old schema, or old policies
      this.rules = scopesOf(coreSupergraphSdl);
      this.servedSchema = apiSchema;
      this.policies.clear();
      this.fetchNeeds.clear();
    });
  }

  private servedSchema: GraphQLSchema | undefined;

  /** What the policy makes of an operation for a set of scopes, by query hash: worked out once. */
  private readonly policies = new LRUCache<string, { document: DocumentNode; denied: DeniedPath[]; reachesOthers: WardsNeed }>({ max: 1000, ttl: 3_600_000 });

  /**
   * Whether one subgraph request of a plan reads anyone but the caller, by its query text (a plan's
   * fetches repeat, so each text is worked out once): a root `me` fetch by the same rule as the
   * operation's (reachesOthers), any other root field (`_entities`, `person`, a mutation) always.
   */
  private readonly fetchNeeds = new LRUCache<string, WardsNeed>({ max: 5000 });

  private fetchReadsOthers(query: string): WardsNeed {
    let need = this.fetchNeeds.get(query);
    if (!need) {
      need = () => true;
      try {
        const document = parse(query);
        const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        const onlyMe = operation?.operation === 'query' && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === 'me');
        if (onlyMe && this.servedSchema) need = reachesOthers(this.servedSchema, document, null);
      } catch {
        // not parsed: the wards, to be safe
      }
      this.fetchNeeds.set(query, need);
    }
    return need;
  }

  override async load(options?: Parameters<ApolloGateway['load']>[0]) {
    const loaded = await super.load(options);
    this.servedSchema ??= loaded.schema;
    const policyOf = (requestContext: Parameters<typeof loaded.executor>[0], scopes: ReadonlySet<string>) => {
      const { queryHash, document: original } = requestContext;
      const operationName = requestContext.request.operationName;
      const key = `${queryHash}\0${operationName ?? ''}\0${[...scopes].sort().join(',')}`;
      let policy = this.policies.get(key);
      if (!policy) {
        const schema = this.servedSchema!;
        const { document, denied } = pruneOperation(schema, original, operationName, this.rules, scopes);
        policy = { document, denied, reachesOthers: reachesOthers(schema, document, operationName) };
        this.policies.set(key, policy);
      }
      return policy;
    };
    const executor: typeof loaded.executor = async (requestContext) => {
      const context = requestContext.context as GatewayContext;
      const scopes = scopesOfLogin(context.caller.login);
      const { document, denied, reachesOthers: others } = policyOf(requestContext, scopes);
      const readsOthers = others(requestContext.request.variables, context.caller.iin);
      if (readsOthers) context.fetchReadsOthers = (query, variables) => this.fetchReadsOthers(query)(variables, context.caller.iin);
      await this.hooks.prepare(context, readsOthers);
      let result: Awaited<ReturnType<typeof loaded.executor>>;
      if (denied.length === 0) result = await loaded.executor(requestContext);
      else {
        const queryHash = `${requestContext.queryHash}:scopes=${[...scopes].sort().join(',')}`;
        const operation = document.definitions[0] as OperationDefinitionNode;
        result = await loaded.executor({ ...requestContext, document, operation, queryHash });
        const { data, errors } = restoreDenied(
          loaded.schema,
          requestContext.document,
          requestContext.request.operationName,
          requestContext.request.variables,
          result.data as Record<string, unknown> | null | undefined,
          this.rules,
          scopes,
        );
        result = { ...result, data, ...(errors.length > 0 && { errors: [...(result.errors ?? []), ...errors] }) };
      }
      if (requestContext.operation?.operation === 'mutation') this.hooks.mutated(context);
      try {
        await this.hooks.record(context);
      } catch {
        // No unrecorded access to personal data: nothing read is served.
        return {
          data: null,
          errors: [
            dossierError(ErrorCode.SERVICE_UNAVAILABLE, 'Your request could not be recorded in the access log, so nothing was served; try again shortly.', {
              section: 'ACCESS_LOG',
            }),
          ],
        };
      }
      return dedupeErrors(result);
    };
    return { ...loaded, executor };
  }
}

/**
 * Apollo Gateway 2.14, once constructed, reports usage to Apollo's servers every hour and, to
 * describe its host, probes the cloud metadata addresses (169.254.169.254 and others) at once,
 * unless APOLLO_TELEMETRY_DISABLED is set. A gateway in front of citizens' personal data sends
 * nothing to a vendor and probes nothing on the network: it is switched off, whatever the
 * environment says.
 */
function withoutVendorTelemetry<T>(config: T): T {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return config;
}

/**
 * Signed caller contexts, reused for half their lifetime: the same caller (login, client, wards)
 * sends the same token, so signing is not paid per request and identical subgraph requests of one
 * caller can be merged while in flight.
 */
export class CallerTokens {
  /** Bounded (least recently used out first), each for half its lifetime. */
  private readonly tokens = new LRUCache<string, { token: string; until: number }>({ max: 10_000 });

  constructor(private readonly secret: CallerKey) {}

  async of(caller: Caller): Promise<string> {
    const key = [caller.iin, caller.login, caller.client, ...caller.wards].join('\0');
    const known = this.tokens.get(key);
    if (known && known.until > Date.now()) return known.token;
    const token = await signCaller(caller, this.secret);
    const reuseMs = (CALLER_CONTEXT_LIFETIME_SECONDS * 1000) / 2;
    this.tokens.set(key, { token, until: Date.now() + reuseMs }, { ttl: reuseMs });
    return token;
  }
}
