/**
 * Where the gateway started alone (`npx tsx gateway/index.ts`) finds each subgraph:
 * SUBGRAPH_URL_<NAME> (e.g. SUBGRAPH_URL_E_KYZMET) when set, else the subgraph's default port
 * (moved by PORT_OFFSET) on HOST, where the subgraphs started alone listen too.
 */
import { configOf, type Env } from '../runtime/config.js';
import { urlHost } from '../runtime/url-host.js';
import { defaultSubgraphPort, SECTIONS } from '../schema/sections.js';

export const subgraphUrlVariable = (subgraph: string): string => `SUBGRAPH_URL_${subgraph.toUpperCase().replace(/-/g, '_')}`;

export function subgraphUrlsFromEnv(env?: Env): Record<string, string> {
  const { HOST, PORT_OFFSET: offset, subgraphUrls } = configOf(env);
  const host = urlHost(HOST);
  return Object.fromEntries(
    SECTIONS.map(({ subgraph }) => [subgraph, subgraphUrls[subgraph] ?? `http://${host}:${defaultSubgraphPort(subgraph) + offset}/graphql`]),
  );
}
