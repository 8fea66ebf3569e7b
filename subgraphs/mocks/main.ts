/**
 * One mock state system in a process of its own: `tsx subgraphs/mocks/main.ts <subgraph>`, e.g.
 * `vehicles`. It listens on PORT (default: that system's mock port, 4101-4107) at HOST, over the
 * population of POPULATION_SIZE / POPULATION_SEED, and stops on SIGTERM or SIGINT.
 * `npm run start:split` starts one per subgraph; `npm start` keeps them all in one process.
 */
import { exitUnlessConfigured } from '../../runtime/config.js';
import { createLogger } from '../../runtime/log.js';
import { announceListening } from '../../runtime/shutdown.js';
import { startTracing } from '../../runtime/tracing.js';
import { defaultMockPort, SECTIONS, type SubgraphName } from '../../schema/sections.js';
import type { Population } from './population.js';
import type { MockStateSystem } from './state-system.js';

const { HOST: host, PORT } = exitUnlessConfigured();
const name = process.argv[2];
const known = SECTIONS.map((s) => s.subgraph) as readonly string[];
if (!name || !known.includes(name)) {
  console.error(`usage: tsx subgraphs/mocks/main.ts <subgraph>, one of: ${known.join(', ')}`);
  process.exit(2);
}
const subgraph = name as SubgraphName;
const log = createLogger(`${subgraph}-state-system`);
const tracing = await startTracing(`dossier-${subgraph}-state-system`);
// the subgraph's folder says what its state system holds (as scripts/system.ts finds it)
const { createMock } = (await import(new URL(`../${subgraph}/mock.ts`, import.meta.url).href)) as {
  createMock: (population?: Population) => MockStateSystem;
};
const mock = createMock();
const port = PORT ?? defaultMockPort(subgraph);
const url = new URL(await mock.listen(port, host));
log.info('listening', { host, port: Number(url.port) });
announceListening(Number(url.port));
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void mock
    .close()
    .then(() => tracing?.shutdown())
    .then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
