/**
 * The benchmark's subgraphs: all seven in one process (as `npm start` runs them), on free loopback
 * ports, over the state systems of bench/state-systems.ts (BENCH_MOCK_URLS, JSON by name), with an
 * in-process cache the orchestrator can clear (the cold scenario) and refresh allowed as often as
 * asked (`refreshMinIntervalMs: 0`). Tells the orchestrator the subgraphs' URLs over IPC.
 */
import type { Served } from '../runtime/http.js';
import type { SubgraphName } from '../schema/sections.js';
import { availableSubgraphs } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { startSubgraph, type SubgraphDefinition } from '../subgraphs/kit/subgraph.js';
import { watchParent, type FromChild, type SubgraphInfo, type ToChild } from './common.js';

const send = (message: FromChild) => process.send?.(message);
const mockUrls = JSON.parse(process.env.BENCH_MOCK_URLS ?? '{}') as Partial<Record<SubgraphName, string>>;
const cache = new MemoryCache();
const served: Served[] = [];
let stopping = false;

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 5000).unref();
  await Promise.all(served.map((s) => s.close().catch(() => undefined)));
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
watchParent(() => void stop(1));
process.on('message', (m: ToChild) => {
  if (m.type === 'clear-cache') {
    cache.clear();
    send({ type: 'done', id: m.id });
  } else if (m.type === 'stop') void stop();
});

const subgraphs: SubgraphInfo[] = [];
try {
  for (const name of availableSubgraphs()) {
    const mockUrl = mockUrls[name];
    if (!mockUrl) throw new Error(`no state system for ${name} in BENCH_MOCK_URLS`);
    const { subgraph } = (await import(new URL(`../subgraphs/${name}/subgraph.ts`, import.meta.url).href)) as {
      subgraph: SubgraphDefinition<{ iin: string }>;
    };
    // bindingOptional: Hive, and the driver's own subgraph requests, send a caller context without a request binding
    const server = await startSubgraph(subgraph, { port: 0, host: '127.0.0.1', stateSystemUrl: mockUrl, cache, refreshMinIntervalMs: 0, bindingOptional: true });
    served.push(server);
    subgraphs.push({ name, url: server.url, mockUrl });
  }
} catch (error) {
  console.error(`the subgraphs did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

send({ type: 'ready', subgraphs });
