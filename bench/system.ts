/**
 * The benchmark's system process: every mock state system and every subgraph (scripts/system.ts,
 * `startSystem`), on free loopback ports, over a synthetic population of BENCH_POPULATION people,
 * with an in-process cache the orchestrator can clear (the cold scenario) and refresh allowed as
 * often as asked (`refreshMinIntervalMs: 0`).
 *
 * startSystem also starts a gateway; the benchmark does not drive it (it runs its gateway in a
 * process of its own, bench/gateway.ts, so that gateway's CPU and memory are its alone), and
 * gives it an access log that keeps nothing, so it costs nothing while idle.
 *
 * Tells the orchestrator over IPC: the subgraphs' and mocks' URLs, and the pool of persons the
 * cold scenario reads (adults not in the demo family whose children are all under 18, so their
 * whole dossier, children's names included, is theirs to read; wards as the civil registry says).
 */
import { ageOn, MAJORITY_AGE, today } from '../schema/dates.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { DEMO_IINS } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { nullAccessLog, watchParent, type BenchPerson, type FromChild, type ToChild } from './common.js';

const send = (message: FromChild) => process.send?.(message);

const population = generatePopulation({ size: Number(process.env.BENCH_POPULATION ?? 30_000) });
const cache = new MemoryCache();
let system: RunningSystem | undefined;
let stopping = false;

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  const forced = setTimeout(() => process.exit(code), 5000);
  forced.unref();
  await system?.close().catch(() => undefined);
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

try {
  system = await startSystem({
    ports: 'ephemeral',
    host: '127.0.0.1',
    population,
    cache,
    refreshMinIntervalMs: 0,
    accessLog: nullAccessLog,
    development: false,
  });
} catch (error) {
  console.error(`the system did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const now = today();
const demo = new Set(DEMO_IINS);
const adultChildrenFree = population.people.filter(
  (p) => !demo.has(p.iin) && ageOn(p.birthDate, now) >= MAJORITY_AGE
    && p.childIins.every((c) => ageOn(population.byIin.get(c)!.birthDate, now) < MAJORITY_AGE),
);
const coldPool: BenchPerson[] = adultChildrenFree.map((p) => ({ iin: p.iin, wards: [...p.childIins] }));

send({
  type: 'ready',
  gatewayUrl: system.gatewayUrl,
  subgraphs: system.subgraphs.map((s) => ({ name: s.name, url: s.url, mockUrl: s.mockUrl })),
  coldPool,
  population: population.people.length,
});
