import { GraphQLError } from 'graphql';

/**
 * The one catalogue of error codes a client can see. Every failure that reaches a client is a
 * GraphQLError whose `extensions.code` is one of these; anything else is masked as INTERNAL.
 */
export const ErrorCode = {
  /** No token, or a token that is malformed, expired, or badly signed. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller may not read this person's data. */
  FORBIDDEN: 'FORBIDDEN',
  /** The field needs a login by electronic digital signature. */
  EDS_REQUIRED: 'EDS_REQUIRED',
  /** An argument is invalid: a malformed IIN, an unknown section, ... The message says which rule. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The query is over a limit (depth, aliases, cost, size) and was not executed. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Too many requests of this kind; `extensions.retryAfterSeconds` says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The state system did not answer or answered with an error status. */
  STATE_SYSTEM_UNAVAILABLE: 'STATE_SYSTEM_UNAVAILABLE',
  /** The state system did not answer within its time budget. */
  STATE_SYSTEM_TIMEOUT: 'STATE_SYSTEM_TIMEOUT',
  /** The state system answered with something that is not a valid record for the person asked. */
  STATE_SYSTEM_BAD_RESPONSE: 'STATE_SYSTEM_BAD_RESPONSE',
  /** A part of this service (the cache, a subgraph) is unavailable for a moment; `extensions.section` names what is missing. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The request is not GraphQL over HTTP as expected (a body that is not JSON, too large). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The query does not parse, or names fields, arguments or values the schema does not have; the message says which. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** A persisted query's hash the server does not know (HTTP 200, as APQ clients expect): send it again with the query; in production, a hash no client's manifest has. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** No such person in the state system. */
  NOT_FOUND: 'NOT_FOUND',
  /** Anything unexpected; details are in the server log under the request id, never in the response. */
  INTERNAL: 'INTERNAL_SERVER_ERROR',
  /** In production, an operation that is not one of the clients' trusted documents (their manifests): refused before it is parsed. */
  OPERATION_NOT_TRUSTED: 'OPERATION_NOT_TRUSTED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export function dossierError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const isCatalogued = (code: unknown): code is ErrorCode => typeof code === 'string' && ERROR_CODES.has(code);
