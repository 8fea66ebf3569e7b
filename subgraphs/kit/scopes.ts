/**
 * Defence in depth for the login level: the gateway already removes the fields a caller's login
 * does not grant, but a subgraph must not rely on it. Every field its SDL marks
 * `@requiresScopes(scopes: [["eds"]])` answers EDS_REQUIRED unless the signed caller context says
 * the caller logged in with EDS.
 */
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { defaultFieldResolver, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import type { Caller } from '../../schema/caller.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { granted, scopeRulesOf, scopesOfLogin } from '../../schema/scopes.js';

/** The resolvers, with each scoped field checking the caller's scopes before it resolves. */
export function withScopeChecks<C extends { caller: Caller }>(typeDefs: DocumentNode, resolvers: GraphQLResolverMap<C>): GraphQLResolverMap<C> {
  const wrapped: GraphQLResolverMap<C> = { ...resolvers };
  for (const [coordinate, rule] of scopeRulesOf(typeDefs)) {
    const [type, field] = coordinate.split('.') as [string, string];
    const fields = { ...((wrapped[type] as Record<string, unknown> | undefined) ?? {}) };
    const resolve = (fields[field] as GraphQLFieldResolver<unknown, C> | undefined) ?? (defaultFieldResolver as GraphQLFieldResolver<unknown, C>);
    fields[field] = ((parent, args, ctx, info) => {
      if (!granted(rule, scopesOfLogin(ctx.caller.login))) {
        throw dossierError(ErrorCode.EDS_REQUIRED, `Reading ${field} needs a login with an electronic digital signature (EDS).`);
      }
      return resolve(parent, args, ctx, info);
    }) as GraphQLFieldResolver<unknown, C>;
    wrapped[type] = fields as GraphQLResolverMap<C>[string];
  }
  return wrapped;
}
