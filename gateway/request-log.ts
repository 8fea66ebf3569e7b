/**
 * One log line per request at info (`event: "request"`), written when the answer leaves: the
 * request id (also the client's `x-request-id` and the access log's), the operation's name and
 * type, the client (one of the known names, clients.ts), the caller's pseudonym and login method,
 * the duration, the outcome (`ok`, `partial`: data with errors, `error`) and the error codes the
 * client got. A request refused before it has a context (no valid token) gets its line from the
 * gateway's context function (`logRefusedRequest`).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { createLogger, pseudonym } from '../runtime/log.js';
import { activeSpanContext } from '../runtime/tracing.js';
import type { ClientName } from './clients.js';
import type { GatewayContext } from './server.js';

const log = createLogger('gateway');

/** Operation names are the client's text: long ones are cut (log lines pseudonymise any IIN in them). */
const MAX_OPERATION_NAME = 100;

const ms = (start: number): number => Math.round((performance.now() - start) * 10) / 10;

/** The distinct codes of the errors a client got, in order, at most ten. */
export function errorCodes(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string[] {
  const codes = new Set<string>();
  for (const error of errors ?? []) codes.add(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  return [...codes].slice(0, 10);
}

const traceOf = (): { traceId?: string } => {
  const span = activeSpanContext();
  return span ? { traceId: span.traceId } : {};
};

export const requestLogPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    const start = performance.now();
    let operationType: string | undefined;
    let resolvedName: string | undefined;
    return {
      async didResolveOperation({ operation }) {
        operationType = operation?.operation;
        // a name of the parsed document (a GraphQL Name: ASCII letters, digits, _), never the text a
        // client merely asked for: that could be anything, a citizen's name included
        resolvedName = operation?.name?.value;
      },
      async willSendResponse({ contextValue, response, request, operationName }) {
        if (!log.enabled('info')) return;
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const errors = errorCodes(result?.errors);
        const caller = contextValue?.caller;
        const asked = operationName ?? request.operationName;
        log.info('request', {
          requestId: caller?.requestId,
          operation: resolvedName?.slice(0, MAX_OPERATION_NAME) ?? null,
          // an operation name that matched nothing: its length only
          ...(resolvedName === undefined && asked && { askedOperationNameLength: asked.length }),
          operationType: operationType ?? null,
          client: caller?.client,
          caller: caller && pseudonym(caller.iin),
          login: caller?.login,
          durationMs: ms(start),
          outcome: errors.length === 0 ? 'ok' : result?.data ? 'partial' : 'error',
          errors,
          ...traceOf(),
        });
      },
    };
  },
};

/** The line of a request refused before it had a context (a missing or bad token). */
export function logRefusedRequest(requestId: string, client: ClientName, start: number, error: unknown): void {
  if (!log.enabled('info')) return;
  log.info('request', {
    requestId,
    operation: null,
    operationType: null,
    client,
    durationMs: ms(start),
    outcome: 'error',
    errors: errorCodes([error as { extensions?: Record<string, unknown> }]),
    ...traceOf(),
  });
}
