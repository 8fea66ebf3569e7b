/** Counts and times the gateway's operations (runtime/metrics.ts): by name (capped), client and outcome; errors by code. */
import type { ApolloServerPlugin } from '@apollo/server';
import { clientLabel, codeLabel, errors, operationLabel, operations, operationSeconds, secondsSince } from '../runtime/metrics.js';
import type { GatewayContext } from './server.js';

export const metricsPlugin: ApolloServerPlugin<GatewayContext> = {
  async contextCreationDidFail({ error }) {
    // no context, no operation: an unauthenticated request, counted by its code only
    errors.inc({ code: codeLabel((error as { extensions?: { code?: unknown } }).extensions?.code) });
  },
  async requestDidStart() {
    const start = performance.now();
    let resolved = false;
    return {
      async didResolveOperation() {
        resolved = true;
      },
      async didEncounterErrors({ errors: encountered }) {
        for (const error of encountered) errors.inc({ code: codeLabel(error.extensions?.code) });
      },
      async willSendResponse({ contextValue, response, request, operationName }) {
        const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const failed = (result?.errors?.length ?? 0) > 0;
        const outcome = !failed ? 'ok' : result?.data ? 'partial' : 'error';
        const operation = operationLabel(operationName ?? request.operationName, resolved);
        operations.inc({ operation, client: clientLabel(contextValue?.caller?.client), outcome });
        operationSeconds.observe({ operation, outcome }, secondsSince(start));
      },
    };
  },
};
