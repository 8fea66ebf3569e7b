/**
 * The benchmark's state systems: every mock state system (each subgraph's `mock.ts`) over a
 * synthetic population of BENCH_POPULATION people, on free loopback ports, in a process of their
 * own: in production the state systems are other machines, and their synthetic data costs CPU
 * that must not queue behind the subgraphs' event loop.
 *
 * Tells the orchestrator over IPC: the mocks' URLs, and the pool of persons the cold scenario
 * reads (adults not in the demo family whose children are all under 18, so their whole dossier,
 * children's names included, is theirs to read; wards as the civil registry says).
 */
import { ageOn, MAJORITY_AGE } from '../schema/dates.js';
import { today } from '../runtime/today.js';
import { availableSubgraphs } from '../scripts/system.js';
import { DEMO_IINS } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation, type Population } from '../subgraphs/mocks/population.js';
import type { MockStateSystem } from '../subgraphs/mocks/state-system.js';
import { watchParent, type BenchPerson, type FromChild, type ToChild } from './common.js';
import { exitUnlessConfigured } from '../runtime/config.js';

const population = generatePopulation({ size: exitUnlessConfigured().BENCH_POPULATION });
const mocks: MockStateSystem[] = [];
let stopping = false;

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 5000).unref();
  await Promise.all(mocks.map((m) => m.close().catch(() => undefined)));
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
watchParent(() => void stop(1));
process.on('message', (m: ToChild) => {
  if (m.type === 'stop') void stop();
});

const urls: Record<string, string> = {};
try {
  for (const name of availableSubgraphs()) {
    const { createMock } = (await import(new URL(`../subgraphs/${name}/mock.ts`, import.meta.url).href)) as {
      createMock: (population?: Population) => MockStateSystem;
    };
    const mock = createMock(population);
    mocks.push(mock);
    urls[name] = await mock.listen(0, '127.0.0.1');
  }
} catch (error) {
  console.error(`the state systems did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const now = today();
const demo = new Set(DEMO_IINS);
const coldPool: BenchPerson[] = population.people
  .filter(
    (p) =>
      !demo.has(p.iin) && ageOn(p.birthDate, now) >= MAJORITY_AGE && p.childIins.every((c) => ageOn(population.byIin.get(c)!.birthDate, now) < MAJORITY_AGE),
  )
  .map((p) => ({ iin: p.iin, wards: [...p.childIins] }));

process.send?.({ type: 'ready', mockUrls: urls, coldPool, population: population.people.length } satisfies FromChild);
