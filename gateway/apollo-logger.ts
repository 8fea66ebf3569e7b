/**
 * Apollo Gateway's and Apollo Server's own messages, as our JSON log lines (they would otherwise
 * go to the console as plain text). Their routine messages ("Gateway successfully loaded schema")
 * are debug. The gateway's notice that a local supergraph is "overriding a managed federation
 * configuration" (printed when APOLLO_KEY and APOLLO_GRAPH_REF are in the environment) says what
 * we intend, since the committed supergraph is always served and nothing is fetched from Apollo:
 * it is information, not a warning.
 */
import { createLogger } from '../runtime/log.js';

/** The logger interface Apollo's packages take (`logger` option). */
export interface ApolloLogger {
  debug(message?: unknown): void;
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

const INTENDED = /overriding a managed federation configuration/;

export function apolloLogger(component: string): ApolloLogger {
  const log = createLogger(component);
  const fields = (message: unknown) => ({ message: message instanceof Error ? message.message : String(message) });
  return {
    debug: (message) => log.debug('apollo', fields(message)),
    info: (message) => log.debug('apollo', fields(message)),
    warn: (message) => (INTENDED.test(String(message)) ? log.info : log.warn)('apollo', fields(message)),
    error: (message) => log.error('apollo', fields(message)),
  };
}
