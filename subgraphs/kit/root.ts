/**
 * The root fields every state-system subgraph serves, `me` and `person(iin)` (declared once in
 * schema/subgraph-types.graphql), answered here alike for all of them from the signed caller
 * context alone: the IIN check and the who-may-read check, no state-system call.
 *
 * They are `@shareable`, so the query planner asks every subgraph a query needs in one parallel
 * step. That holds only while every subgraph answers them identically: Apollo Gateway merges the
 * root answers, and one subgraph's `me: null` (a resolver that threw) would wipe what the others
 * answered. So `me` never throws, and `person(iin)` throws only for an IIN no subgraph may serve
 * (the gateway then passes that one error on once: gateway/dedupe-errors.ts).
 */
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { mayRead, type Caller } from '../../schema/caller.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { checkIin } from '../../schema/iin.js';
import { personRef, type PersonRef } from '../../schema/person.js';

/** The IIN argument, checked: a valid IIN of the caller or of their child under 18; else BAD_USER_INPUT or FORBIDDEN. */
export function readableIin(caller: Caller, iin: string): string {
  const check = checkIin(iin);
  if (!check.ok) throw dossierError(ErrorCode.BAD_USER_INPUT, `Invalid IIN: ${check.message}`, { argument: 'iin', rule: check.rule });
  if (!mayRead(caller, iin)) {
    throw dossierError(ErrorCode.FORBIDDEN, 'You may read only your own dossier and those of your children under 18.');
  }
  return iin;
}

export const ROOT_FIELDS = ['me', 'person'] as const;

export const rootQuery = {
  me: (_root: unknown, _args: unknown, ctx: { caller: Caller }): PersonRef => personRef(ctx.caller.iin),
  person: (_root: unknown, args: { iin: string }, ctx: { caller: Caller }): PersonRef => personRef(readableIin(ctx.caller, args.iin)),
};

/** A subgraph's resolvers with the kit's root fields; a subgraph may not answer them its own way. */
export function withRootFields<C extends { caller: Caller }>(name: string, resolvers: GraphQLResolverMap<C>): GraphQLResolverMap<C> {
  const own = (resolvers.Query ?? {}) as Record<string, unknown>;
  const clash = ROOT_FIELDS.filter((field) => field in own);
  if (clash.length > 0)
    throw new Error(`subgraph ${name} resolves ${clash.join(' and ')} itself: the kit answers them for every subgraph alike (subgraphs/kit/root.ts)`);
  return { ...resolvers, Query: { ...own, ...rootQuery } as GraphQLResolverMap<C>[string] };
}
