/**
 * Where the gateway started alone (`npx tsx gateway/index.ts`) finds each subgraph:
 * SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_E_KYZMET) when set, else the subgraph's default port
 * (moved by PORT_OFFSET) on HOST, where the subgraphs started alone listen too.
 */
import { portOffset } from '../runtime/ports.js';
import { urlHost } from '../runtime/url-host.js';
import { defaultSubgraphPort, SECTIONS } from '../schema/sections.js';

export const subgraphUrlVariable = (subgraph: string): string => `SUBGRAPH_URL_${subgraph.toUpperCase().replace(/-/g, '_')}`;

export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const host = urlHost(env.HOST || '127.0.0.1');
  const offset = portOffset(env);
  return Object.fromEntries(
    SECTIONS.map(({ subgraph }) => [subgraph, env[subgraphUrlVariable(subgraph)] || `http://${host}:${defaultSubgraphPort(subgraph) + offset}/graphql`]),
  );
}
