/**
 * One error where the subgraphs said the same thing: `me` and `person(iin)` are served by every
 * state-system subgraph alike (subgraphs/kit/root.ts), so a forbidden or malformed `person(iin)`
 * comes back once from each subgraph the plan asked. The client gets it once: errors with the same
 * code, path and message are one (the first kept; which subgraph said it is not the client's concern).
 */
import type { GraphQLError } from 'graphql';

const keyOf = (error: GraphQLError): string => JSON.stringify([error.extensions?.code ?? null, error.path ?? null, error.message]);

export function dedupeErrors<T extends { errors?: readonly GraphQLError[] }>(result: T): T {
  const errors = result.errors;
  if (!errors || errors.length < 2) return result;
  const seen = new Set<string>();
  const unique = errors.filter((error) => {
    const key = keyOf(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length === errors.length ? result : { ...result, errors: unique };
}
