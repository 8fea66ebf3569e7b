/**
 * Defence in depth for the login level: the gateway already removes the fields a caller's login
 * does not grant, but a subgraph must not rely on it. Every field its SDL marks
 * `@requiresScopes(scopes: [["eds"]])` answers EDS_REQUIRED unless the signed caller context says
 * the caller logged in with EDS.
 */
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { defaultFieldResolver, Kind, valueFromASTUntyped, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import type { Caller } from '../../schema/caller.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';

/** `Type.field` → the scopes that grant it, as written in a subgraph's SDL. */
export function scopedFields(typeDefs: DocumentNode): Map<string, string[][]> {
  const scoped = new Map<string, string[][]>();
  for (const def of typeDefs.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of def.fields ?? []) {
      const scopes = field.directives?.find((d) => d.name.value === 'requiresScopes')?.arguments?.find((a) => a.name.value === 'scopes');
      if (scopes) scoped.set(`${def.name.value}.${field.name.value}`, valueFromASTUntyped(scopes.value) as string[][]);
    }
  }
  return scoped;
}

const callerScopes = (caller: Caller): Set<string> => new Set(caller.login === 'EDS' ? ['eds'] : []);

/** The resolvers, with each scoped field checking the caller's scopes before it resolves. */
export function withScopeChecks<C extends { caller: Caller }>(typeDefs: DocumentNode, resolvers: GraphQLResolverMap<C>): GraphQLResolverMap<C> {
  const wrapped: GraphQLResolverMap<C> = { ...resolvers };
  for (const [coordinate, rule] of scopedFields(typeDefs)) {
    const [type, field] = coordinate.split('.') as [string, string];
    const fields = { ...((wrapped[type] as Record<string, unknown> | undefined) ?? {}) };
    const resolve = (fields[field] as GraphQLFieldResolver<unknown, C> | undefined) ?? (defaultFieldResolver as GraphQLFieldResolver<unknown, C>);
    fields[field] = ((parent, args, ctx, info) => {
      const scopes = callerScopes(ctx.caller);
      if (!rule.some((all) => all.every((s) => scopes.has(s)))) {
        throw dossierError(ErrorCode.EDS_REQUIRED, `Reading ${field} needs a login with an electronic digital signature (EDS).`);
      }
      return resolve(parent, args, ctx, info);
    }) as GraphQLFieldResolver<unknown, C>;
    wrapped[type] = fields as GraphQLResolverMap<C>[string];
  }
  return wrapped;
}
