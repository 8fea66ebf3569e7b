/**
 * Names the request's server span (runtime/http.ts) for its operation, as OpenTelemetry's GraphQL
 * conventions do: `query WholeDossier`, with `graphql.operation.type` and `graphql.operation.name`;
 * and marks it with the outcome and the error codes the answer carries. Nothing when tracing is off.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import { activeSpan } from './tracing.js';

export function operationSpanPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const span = activeSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'query';
          span.updateName(operationName ? `${type} ${operationName.slice(0, 100)}` : type);
          span.setAttribute('graphql.operation.type', type);
          if (operationName) span.setAttribute('graphql.operation.name', operationName.slice(0, 100));
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors || errors.length === 0) return;
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))].slice(0, 10);
          span.setAttribute('graphql.error.codes', codes);
          // a partial answer (data with errors) is not a failed request
          if (!data) span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
        },
      };
    },
  };
}
