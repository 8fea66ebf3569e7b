/**
 * A client's mistakes about the request itself, answered as the client's (HTTP 400 with a
 * catalogued code) instead of reaching Apollo Gateway, which throws on them (HTTP 500):
 * - no operation to run: several operations and no `operationName`, or an `operationName` the
 *   document does not have (BAD_REQUEST);
 * - an operation type this API does not serve: a subscription (GRAPHQL_VALIDATION_FAILED);
 * - an alias starting with `__`, which Apollo Gateway mistakes for the type name (GRAPHQL_VALIDATION_FAILED);
 * - automatic persisted queries (Apollo Server's, on by default, kept per replica in a bounded
 *   in-memory cache): an unknown hash is PERSISTED_QUERY_NOT_FOUND (HTTP 200, as clients expect,
 *   so they resend the query with its hash), a hash that is not the query's SHA-256 and a version
 *   other than 1 are BAD_REQUEST.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { dossierError, ErrorCode } from '../schema/errors.js';

/** Names quoted back to a client are cut to this length. */
const MAX_QUOTED = 64;
const quoted = (name: string): string => JSON.stringify(name.length > MAX_QUOTED ? `${name.slice(0, MAX_QUOTED)}…` : name);

/** An operation whose type (query, mutation, subscription) has no root type in the schema. */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(dossierError(ErrorCode.GRAPHQL_VALIDATION_FAILED, `This API has no ${node.operation} operations.`));
    }
    return false;
  },
});

/**
 * An alias starting with `__`. Apollo Gateway reads a `__typename` key of a subgraph's answer as
 * the object's type, whatever field it was an alias of: `{ me { __typename: iin } }` nulled `me`.
 * Such names are the introspection system's; an alias may not take one.
 */
export const reservedAliasRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.alias?.value.startsWith('__')) {
      context.reportError(
        dossierError(
          ErrorCode.GRAPHQL_VALIDATION_FAILED,
          `The alias ${quoted(node.alias.value)} is refused: names starting with "__" are reserved for introspection.`,
        ),
      );
    }
  },
});

export function requestMistakesPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation }) {
          if (operation) return;
          const message =
            typeof request.operationName === 'string' && request.operationName !== ''
              ? `The document has no operation named ${quoted(request.operationName)}.`
              : 'The document has several operations: operationName must name the one to run.';
          throw dossierError(ErrorCode.BAD_REQUEST, message, { http: { status: 400 } });
        },
        async didEncounterErrors({ request, document, errors }) {
          const persisted = request.extensions?.persistedQuery as { version?: unknown } | undefined;
          // Apollo's own persisted-query refusals, made before any parsing, are the errors without
          // a code; PERSISTED_QUERY_NOT_FOUND keeps its code (and its HTTP 200)
          if (!persisted || document !== undefined) return;
          for (const error of errors) {
            if (error.extensions.code !== undefined) continue;
            error.extensions.code = ErrorCode.BAD_REQUEST;
            error.message =
              persisted.version !== 1
                ? 'Only version 1 of automatic persisted queries is supported.'
                : "The persisted query's sha256Hash is not the SHA-256 of the query sent with it.";
          }
        },
      };
    },
  };
}
