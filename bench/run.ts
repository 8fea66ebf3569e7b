/**
 * `npm run bench`: the gateway under load, side by side with Hive Gateway (issue 7).
 *
 *   npm run bench                 full run (~14 min on 2 cores): writes bench/RESULTS.md and bench/results.json
 *                                 (a partial run, --scenarios=... or --no-hive, writes only into bench/runs/)
 *   npm run bench -- --quick      short smoke run (< 2 min): prints, writes only into bench/runs/ (git-ignored)
 *   npm run bench -- --profile    CPU profiles (--cpu-prof) of our gateway and of the subgraphs' process during
 *                                 the warm whole-dossier scenario (or --scenarios=<one>), summarized into
 *                                 bench/runs/<stamp>/profile.md; `npx tsx bench/profile.ts <file>` reads one profile
 *
 * Our gateway's access log is in PostgreSQL, as in production: a schema of its own, dropped at the
 * end, in BENCH_DATABASE_URL (default: the machine's `test` database at 127.0.0.1:5432); PGlite in
 * memory when that cannot be reached or with --access-log=pglite; --access-log=none keeps nothing
 * (to see what the log costs). `--no-hive` measures our gateway alone (and the floor).
 *
 * Options: --rounds=N --duration=S --warmup=S --connections=N --cold-connections=N --population=N
 *          --latency=MS | --latency=civil-registry:40,fines:80,...  --access-log=postgres|pglite|none
 *          --scenarios=warm-dossier,cold-dossier,children,identity,refresh  --no-hive
 *
 * Five kinds of process, all on 127.0.0.1, all stopped on exit, on error and on Ctrl-C:
 *   this orchestrator (bench/run.ts; its parts: options.ts, processes.ts, scenarios.ts, measurement.ts,
 *     summary.ts, report.ts, profiling.ts);
 *   the state systems (bench/state-systems.ts): the mocks with a latency each (their /_mock/faults);
 *   the subgraphs (bench/system.ts): all seven over those mocks, with an in-process cache;
 *   the gateways: ours (bench/gateway.ts) and two Hive Gateways on the same subgraphs and the same
 *     supergraph (one merging identical in-flight subgraph requests, its default, one not);
 *   the driver (bench/driver.ts): autocannon, counting GraphQL errors and latencies itself; and the
 *     plan floor (bench/plan-floor.ts), a query plan's subgraph requests sent with no gateway at all.
 *
 * Each scenario runs against every target in turn, round after round (the order reversed every
 * other round), so a ratio between two targets is taken from neighbouring runs on a noisy machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { operation } from '../test/operations.js';
import { processTree, rssOf, sum } from './common.js';
import { Measurement, measureAlone, RssSampler, type Lab } from './measurement.js';
import { parseOptions, SCENARIO_IDS, type Options } from './options.js';
import { planSteps } from './plan-floor.js';
import { BENCH_DIR, benchDatabase, forkChild, hiveSupergraph, isInterrupted, startHive, stopAll } from './processes.js';
import { profile } from './profiling.js';
import { renderMarkdown, subgraphsAlone, type AloneRound } from './report.js';
import { SCENARIOS, type Scenario, type Target } from './scenarios.js';
import { describeEnvironment, fmt, mb, summarize, type RunRecord } from './summary.js';

/** Every process of a run, started: the state systems, the subgraphs over them, the gateways, the driver. */
async function startLab(options: Options, runDir: string, stamp: string, cpuProf: string[]) {
  // The system, then the gateways over it, then the driver.
  const stateSystems = await forkChild(runDir, 'state-systems', 'state-systems.ts', { BENCH_POPULATION: String(options.population) });
  const coldPool = stateSystems.ready.coldPool!;
  const system = await forkChild(runDir, 'system', 'system.ts', { BENCH_MOCK_URLS: JSON.stringify(stateSystems.ready.mockUrls) }, cpuProf);
  const subgraphs = system.ready.subgraphs!;
  console.log(`system: ${subgraphs.length} subgraphs over ${Object.keys(stateSystems.ready.mockUrls!).length} state systems, population ${stateSystems.ready.population}, ${coldPool.length} persons for cold reads`);
  const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));

  const supergraphFile = `${runDir}/supergraph.graphql`;
  writeFileSync(supergraphFile, hiveSupergraph(subgraphs));
  const database = options.accessLog === 'postgres' ? await benchDatabase(stamp) : undefined;
  const accessLogEnv = { DATABASE_URL: database?.url ?? '', BENCH_ACCESS_LOG: options.accessLog === 'none' ? 'none' : 'default' };
  const [ours, hive, hiveNodedup, driver] = await Promise.all([
    forkChild(runDir, 'gateway', 'gateway.ts', { BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls), ...accessLogEnv }, cpuProf),
    options.hive ? startHive(runDir, 'hive', supergraphFile, true) : undefined,
    options.hive ? startHive(runDir, 'hive-nodedup', supergraphFile, false) : undefined,
    forkChild(runDir, 'driver', 'driver.ts', {}),
  ]);
  const accessLog = ours.ready.accessLog ?? 'unknown';
  console.log(`gateways: ours ${ours.ready.gatewayUrl} (access log: ${accessLog})${hive ? `, hive ${hive.url}, hive without dedup ${hiveNodedup!.url}` : ''}`);

  const targets: Target[] = [
    { id: 'ours', label: 'ours (Apollo Gateway)', url: ours.ready.gatewayUrl!, auth: 'bearer', pid: ours.child.pid! },
    ...(hive ? [{ id: 'hive' as const, label: 'Hive Gateway', url: hive.url, auth: 'caller' as const, pid: hive.child.pid! }] : []),
    ...(hiveNodedup ? [{ id: 'hive-nodedup' as const, label: 'Hive, no dedup', url: hiveNodedup.url, auth: 'caller' as const, pid: hiveNodedup.child.pid! }] : []),
  ];
  const civil = subgraphs.find((s) => s.name === 'civil-registry')!;
  const floorTarget: Target = { id: 'subgraph', label: 'civil-registry subgraph, direct', url: civil.url, auth: 'caller', pid: system.child.pid! };
  const lab: Lab = { options, driver: driver.child, system: system.child, stateSystems: stateSystems.child, subgraphs, coldPool, sampler: new RssSampler() };
  return { lab, targets, floorTarget, accessLog, population: stateSystems.ready.population!, gateway: ours.child };
}

/** The measured rounds: each scenario against every target in turn, the order reversed every other round. */
async function measuredRounds(options: Options, m: Measurement, scenarios: Scenario[], targetsOf: (scenario: Scenario) => Target[]): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const scenario of scenarios) {
      const order = targetsOf(scenario);
      if (round % 2 === 0) order.reverse();
      for (const target of order) {
        const record = await m.measure(scenario, target, round, options.durationSec);
        records.push(record);
        const l = record.load;
        const errors = l.non2xx + l.graphqlErrors + l.socketErrors;
        console.log(
          `round ${round} ${scenario.id.padEnd(13)} ${target.id.padEnd(13)} ${String(l.rps).padStart(7)} req/s  p50 ${fmt(l.latency.p50)} p95 ${fmt(l.latency.p95)} p99 ${fmt(l.latency.p99)} ms  errors ${errors}${record.precheck.ok ? '' : ' PRECHECK FAILED'}${l.reused ? ' (cold pool reused)' : ''}`,
        );
        if (errors > 0 && l.errorSample) console.log(`    first error: ${l.errorSample.slice(0, 200)}`);
        if (!record.precheck.ok) console.log(`    precheck: HTTP ${record.precheck.status}: ${record.precheck.excerpt.slice(0, 200)}`);
      }
    }
  }
  return records;
}

/** Only a full run of every scenario against every target replaces the committed results; any other run writes into its folder. */
function writeResults(options: Options, runDir: string, markdown: string, json: object): void {
  if (options.mode === 'full' && options.hive && options.scenarios.length === SCENARIO_IDS.length) {
    writeFileSync(`${BENCH_DIR}RESULTS.md`, markdown);
    writeFileSync(`${BENCH_DIR}results.json`, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`written: bench/RESULTS.md, bench/results.json (logs: ${runDir})`);
  } else {
    writeFileSync(`${runDir}/RESULTS.md`, markdown);
    writeFileSync(`${runDir}/results.json`, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`${options.mode === 'full' ? 'partial' : options.mode} run: bench/RESULTS.md left as it is; this run's results in ${runDir}`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const runDir = `${BENCH_DIR}runs/${stamp}-${options.mode}`;
  mkdirSync(runDir, { recursive: true });
  const profileDir = `${runDir}/profile`;
  const cpuProf = options.mode === 'profile' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // Nothing the benchmark starts may outlive a stuck run.
  const hardLimitMs = (options.mode === 'quick' ? 5 : 30) * 60_000;
  setTimeout(() => {
    console.error(`the benchmark ran for over ${hardLimitMs / 60_000} minutes: stopping`);
    void stopAll().finally(() => process.exit(1));
  }, hardLimitMs).unref();

  console.log(`bench (${options.mode}): ${cpus().length} CPUs, Node ${process.version}; logs in ${runDir}`);
  const { lab, targets, floorTarget, accessLog, population, gateway } = await startLab(options, runDir, stamp, cpuProf);
  const m = new Measurement(lab);
  await m.setLatency();

  const scenarios = SCENARIOS.filter((s) => options.scenarios.includes(s.id));
  const targetsOf = (scenario: Scenario) => [...targets, ...(scenario.floor && options.mode !== 'profile' ? [floorTarget] : [])];
  await m.warmUp(scenarios, targetsOf);
  const idleRss = Object.fromEntries(targets.map((t) => [t.id, mb(sum(processTree(t.pid).map(rssOf)))]));

  if (options.mode === 'profile') {
    await profile(options, runDir, profileDir, accessLog, targets[0]!, scenarios[0]!, (...args) => m.measure(...args), lab.system, gateway);
    lab.sampler.stop();
    await stopAll();
    return;
  }

  const records = await measuredRounds(options, m, scenarios, targetsOf);
  const warmScenario = scenarios.find((s) => s.id === 'warm-dossier');
  const planFetches = planSteps(operation('WholeDossier'), 'WholeDossier', DEMO.user);
  const alone: AloneRound[] = warmScenario ? await measureAlone(lab, m, warmScenario, targets[0]!, planFetches) : [];
  lab.sampler.stop();
  await stopAll();

  const environment = describeEnvironment(accessLog, population, Date.now() - started);
  const summary = summarize(records, scenarios, targets, idleRss);
  const planText = planFetches.map((step) => step.map((f) => f.subgraph).join(' ∥ ')).join(', then ');
  const markdown = renderMarkdown(environment, summary, scenarios, options) + subgraphsAlone(alone, planText, planFetches.length);
  console.log(`\n${markdown}`);
  writeResults(options, runDir, markdown, { environment, options, summary, subgraphsAlone: alone, runs: records });
  const failed = records.filter((r) => !r.precheck.ok);
  if (failed.length > 0) {
    console.error(`${failed.length} run(s) failed their precheck`);
    process.exitCode = 1;
  }
}

main().catch(async (error: unknown) => {
  if (isInterrupted()) return; // the signal handler is stopping everything
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  await stopAll();
  process.exit(1);
});
