/**
 * `npm run bench`: the gateway under load, side by side with Hive Gateway (issue 7).
 *
 *   npm run bench                 full run (~30 min on 2 cores): writes bench/RESULTS.md and bench/results.json
 *                                 (a partial run, --scenarios=... or --no-hive, writes only into bench/runs/)
 *   npm run bench -- --quick      short smoke run (a few minutes on a quiet machine): prints, writes only into bench/runs/ (git-ignored)
 *   npm run bench -- --profile    CPU profiles (--cpu-prof) of our gateway and of the subgraphs' process during
 *                                 the warm whole-dossier scenario (or --scenarios=<one>), summarized into
 *                                 bench/runs/<stamp>/profile.md; `npx tsx bench/profile.ts <file>` reads one profile
 *
 * Our gateway's access log is in PostgreSQL, as in production: a schema of its own, dropped at the
 * end, in BENCH_DATABASE_URL (default: the machine's `test` database at 127.0.0.1:5432); PGlite in
 * memory when that cannot be reached or with --access-log=pglite; --access-log=none keeps nothing
 * (to see what the log costs). `--no-hive` measures our gateway alone (and the floor).
 *
 * The subgraphs cache in Redis, as in production: the machine's (BENCH_REDIS_URL, default
 * redis://127.0.0.1:6379), under a key prefix of the run's own, emptied at the end; our gateway over
 * subgraphs with the in-process cache is an extra row (`--no-memory-row` leaves it out; `--cache=memory`
 * runs everything without Redis).
 *
 * Options: --rounds=N --duration=S --warmup=S --connections=N --cold-connections=N --population=N
 *          --latency=MS | --latency=civil-registry:40,fines:80,...  --access-log=postgres|pglite|none
 *          --scenarios=warm-dossier,cold-dossier,children,identity,refresh,warm-many,mix  --no-hive
 *          --citizens=N (the many-citizen scenarios, 1000)  --cache=redis|memory  --no-memory-row
 *          --no-telemetry (leaves out the extra rows on the warm whole dossier that a full run measures:
 *          ours with logs at info, and ours with logs at info and OpenTelemetry tracing on in the
 *          gateway and its subgraphs, exporting to a local OTLP sink that drops what it gets:
 *          bench/otlp-sink.ts; `--quick --telemetry` adds them to a quick run)
 *
 * Five kinds of process, all on 127.0.0.1, all stopped on exit, on error and on Ctrl-C:
 *   this orchestrator (bench/run.ts; its parts: options.ts, processes.ts, scenarios.ts, measurement.ts,
 *     summary.ts, report.ts, profiling.ts);
 *   the state systems (bench/state-systems.ts): the mocks with a latency each (their /_mock/faults);
 *   the subgraphs (bench/system.ts): all seven over those mocks, with an in-process cache;
 *   the gateways: ours (bench/gateway.ts, compiled by tsc and run on plain Node as in the image:
 *     bench/compiled.ts) and two Hive Gateways on the same subgraphs and the same
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
import { measureAlone } from './alone.js';
import { compileGateway } from './compiled.js';
import { Measurement, RssSampler, type Lab } from './measurement.js';
import { parseOptions, SCENARIO_IDS, type Options } from './options.js';
import { planSteps } from './plan-floor.js';
import { BENCH_DIR, benchDatabase, forkChild, hiveSupergraph, isInterrupted, startHive, stopAll } from './processes.js';
import { profile } from './profiling.js';
import { renderMarkdown, subgraphsAlone, type AloneRound } from './report.js';
import { SCENARIOS, TELEMETRY_TARGETS, type Scenario, type Target } from './scenarios.js';
import { startOtlpSink } from './otlp-sink.js';
import { describeEnvironment, fmt, mb, summarize, type RunRecord } from './summary.js';

/** Every process of a run, started: the state systems, the subgraphs over them, the gateways, the driver. */
async function startLab(options: Options, runDir: string, stamp: string, cpuProf: string[]) {
  // The system, then the gateways over it, then the driver.
  const stateSystems = await forkChild(runDir, 'state-systems', 'state-systems.ts', { BENCH_POPULATION: String(options.population) });
  const pool = stateSystems.ready.coldPool!;
  // the many-citizen scenarios' citizens: the pool's last ones, never read cold
  const citizens = Math.min(options.citizens, Math.floor(pool.length / 2));
  const coldPool = pool.slice(0, pool.length - citizens);
  const warmSet = pool.slice(pool.length - citizens);
  const cacheEnv = (cache: 'redis' | 'memory', name: string) => ({
    BENCH_CACHE: cache,
    BENCH_REDIS_URL: options.redisUrl,
    BENCH_CACHE_PREFIX: `bench:${stamp}:${name}`,
  });
  const mockUrls = JSON.stringify(stateSystems.ready.mockUrls);
  // --telemetry: a trace collector that drops what it gets, and subgraphs that trace, for the "tracing on" row
  const sink = options.telemetry ? await startOtlpSink() : undefined;
  const tracingEnv: Record<string, string> = sink ? { OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint, LOG_LEVEL: 'info' } : {};
  const [system, memorySystem, tracedSystem] = await Promise.all([
    forkChild(runDir, 'system', 'system.ts', { BENCH_MOCK_URLS: mockUrls, ...cacheEnv(options.cache, 'system') }, cpuProf),
    options.memoryRow ? forkChild(runDir, 'system-memory', 'system.ts', { BENCH_MOCK_URLS: mockUrls, ...cacheEnv('memory', 'memory') }) : undefined,
    sink
      ? forkChild(runDir, 'system-traced', 'system.ts', {
          BENCH_MOCK_URLS: mockUrls,
          ...cacheEnv(options.cache, 'traced'),
          ...tracingEnv,
          OTEL_SERVICE_NAME: 'bench-subgraphs',
        })
      : undefined,
  ]);
  const subgraphs = system.ready.subgraphs!;
  console.log(
    `system: ${subgraphs.length} subgraphs over ${Object.keys(stateSystems.ready.mockUrls!).length} state systems, population ${stateSystems.ready.population}, ` +
      `cache ${options.cache === 'redis' ? `Redis (${options.redisUrl}, prefix bench:${stamp})` : 'in-process'}; ${coldPool.length} persons for cold reads, ${warmSet.length} citizens for the warm many-citizen scenarios`,
  );
  const urlsOf = (s: typeof subgraphs) => JSON.stringify(Object.fromEntries(s.map((x) => [x.name, x.url])));

  const supergraphFile = `${runDir}/supergraph.graphql`;
  writeFileSync(supergraphFile, hiveSupergraph(subgraphs));
  const database = options.accessLog === 'postgres' ? await benchDatabase(stamp) : undefined;
  const accessLogEnv = { DATABASE_URL: database?.url ?? '', BENCH_ACCESS_LOG: options.accessLog === 'none' ? 'none' : 'default' };
  // ours compiled, on plain Node, as the image runs it (bench/compiled.ts)
  const gatewayJs = await compileGateway(runDir);
  const [ours, oursMemory, oursLogs, oursTraced, hive, hiveNodedup, driver] = await Promise.all([
    forkChild(runDir, 'gateway', gatewayJs, { BENCH_SUBGRAPH_URLS: urlsOf(subgraphs), ...accessLogEnv }, cpuProf),
    memorySystem ? forkChild(runDir, 'gateway-memory', gatewayJs, { BENCH_SUBGRAPH_URLS: urlsOf(memorySystem.ready.subgraphs!), ...accessLogEnv }) : undefined,
    sink ? forkChild(runDir, 'gateway-logs', gatewayJs, { BENCH_SUBGRAPH_URLS: urlsOf(subgraphs), ...accessLogEnv, LOG_LEVEL: 'info' }) : undefined,
    tracedSystem
      ? forkChild(runDir, 'gateway-traced', gatewayJs, {
          BENCH_SUBGRAPH_URLS: urlsOf(tracedSystem.ready.subgraphs!),
          ...accessLogEnv,
          ...tracingEnv,
          OTEL_SERVICE_NAME: 'bench-gateway',
        })
      : undefined,
    options.hive ? startHive(runDir, 'hive', supergraphFile, true) : undefined,
    options.hive ? startHive(runDir, 'hive-nodedup', supergraphFile, false) : undefined,
    forkChild(runDir, 'driver', 'driver.ts', {}),
  ]);
  const accessLog = ours.ready.accessLog ?? 'unknown';
  console.log(
    `gateways: ours ${ours.ready.gatewayUrl} (access log: ${accessLog})${oursMemory ? `, ours over the in-process cache ${oursMemory.ready.gatewayUrl}` : ''}${hive ? `, hive ${hive.url}, hive without dedup ${hiveNodedup!.url}` : ''}`,
  );

  const main = system.child;
  const targets: Target[] = [
    { id: 'ours', label: 'ours (Apollo Gateway)', url: ours.ready.gatewayUrl!, auth: 'bearer', pid: ours.child.pid!, system: main },
    ...(oursMemory
      ? [
          {
            id: 'ours-memory' as const,
            label: 'ours, in-process cache',
            url: oursMemory.ready.gatewayUrl!,
            auth: 'bearer' as const,
            pid: oursMemory.child.pid!,
            system: memorySystem!.child,
          },
        ]
      : []),
    ...(oursLogs
      ? [
          {
            id: 'ours-logs' as const,
            label: 'ours, logs at info',
            url: oursLogs.ready.gatewayUrl!,
            auth: 'bearer' as const,
            pid: oursLogs.child.pid!,
            system: main,
          },
        ]
      : []),
    ...(oursTraced
      ? [
          {
            id: 'ours-traced' as const,
            label: 'ours, tracing on',
            url: oursTraced.ready.gatewayUrl!,
            auth: 'bearer' as const,
            pid: oursTraced.child.pid!,
            system: tracedSystem!.child,
          },
        ]
      : []),
    ...(hive ? [{ id: 'hive' as const, label: 'Hive Gateway', url: hive.url, auth: 'caller' as const, pid: hive.child.pid!, system: main }] : []),
    ...(hiveNodedup
      ? [{ id: 'hive-nodedup' as const, label: 'Hive, no dedup', url: hiveNodedup.url, auth: 'caller' as const, pid: hiveNodedup.child.pid!, system: main }]
      : []),
  ];
  const civil = subgraphs.find((s) => s.name === 'civil-registry')!;
  const extra: Record<'subgraph' | 'floor', Target> = {
    subgraph: { id: 'subgraph', label: 'civil-registry subgraph, direct', url: civil.url, auth: 'caller', pid: main.pid!, system: main },
    floor: { id: 'floor', label: 'plan floor', url: '', auth: 'caller', pid: main.pid!, system: main },
  };
  const lab: Lab = { options, driver: driver.child, stateSystems: stateSystems.child, subgraphs, coldPool, warmSet, sampler: new RssSampler() };
  return { lab, targets, extra, accessLog, population: stateSystems.ready.population!, gateway: ours.child, system: main, sink };
}

/** The targets of a scenario at its load, and at one connection (ours, the plan floor, Hive's default, and the --telemetry rows). */
function targetsOf(options: Options, targets: Target[], extra: Record<'subgraph' | 'floor', Target>) {
  // the --telemetry rows on the warm whole dossier only
  const on = (scenario: Scenario) => targets.filter((t) => scenario.id === 'warm-dossier' || !TELEMETRY_TARGETS.includes(t.id));
  const atLoad = (scenario: Scenario) =>
    options.mode === 'profile' ? targets.slice(0, 1) : [...on(scenario), ...(scenario.floor ? [extra.subgraph] : []), ...(scenario.plan ? [extra.floor] : [])];
  const atOne = (scenario: Scenario) =>
    atLoad(scenario).filter((t) => t.id === 'ours' || t.id === 'floor' || t.id === 'hive' || TELEMETRY_TARGETS.includes(t.id));
  /** Through which gateways the warm set is cached: one per subgraphs' process. */
  const primeThrough = (scenario: Scenario) =>
    scenario.who === 'many' || scenario.who === 'mix' ? targets.filter((t) => t.id === 'ours' || t.id === 'ours-memory') : [];
  return { atLoad, atOne, primeThrough };
}

/**
 * The measured rounds: each scenario against every target in turn at its load, then against ours,
 * the plan floor and Hive at one connection; the order reversed every other round.
 */
async function measuredRounds(options: Options, m: Measurement, scenarios: Scenario[], of: ReturnType<typeof targetsOf>): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const scenario of scenarios) {
      for (const through of of.primeThrough(scenario)) await m.prime(through);
      const levels = [
        { connections: m.connectionsOf(scenario), order: of.atLoad(scenario), durationSec: options.durationSec },
        ...(m.connectionsOf(scenario) > 1
          ? [{ connections: 1, order: of.atOne(scenario), durationSec: Math.max(2, Math.round(options.durationSec / 2)) }]
          : []),
      ];
      for (const { connections, order, durationSec } of levels) {
        if (round % 2 === 0) order.reverse();
        for (const target of order) {
          const record = await m.measure(scenario, target, round, durationSec, connections);
          records.push(record);
          const l = record.load;
          const errors = l.non2xx + l.graphqlErrors + l.socketErrors;
          console.log(
            `round ${round} ${scenario.id.padEnd(13)} c=${String(connections).padEnd(3)} ${target.id.padEnd(13)} ${String(l.rps).padStart(7)} req/s  p50 ${fmt(l.latency.p50)} p95 ${fmt(l.latency.p95)} p99 ${fmt(l.latency.p99)} ms  errors ${errors}${record.precheck.ok ? '' : ' PRECHECK FAILED'}${l.reused ? ' (persons reused)' : ''}`,
          );
          if (errors > 0 && l.errorSample) console.log(`    first error: ${l.errorSample.slice(0, 200)}`);
          if (!record.precheck.ok) console.log(`    precheck: HTTP ${record.precheck.status}: ${record.precheck.excerpt.slice(0, 200)}`);
        }
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
  const hardLimitMs = (options.mode === 'quick' ? 20 : 75) * 60_000;
  setTimeout(() => {
    console.error(`the benchmark ran for over ${hardLimitMs / 60_000} minutes: stopping`);
    void stopAll().finally(() => process.exit(1));
  }, hardLimitMs).unref();

  console.log(`bench (${options.mode}): ${cpus().length} CPUs, Node ${process.version}; logs in ${runDir}`);
  const { lab, targets, extra, accessLog, population, gateway, system, sink } = await startLab(options, runDir, stamp, cpuProf);
  const m = new Measurement(lab);
  await m.setLatency();

  const scenarios = SCENARIOS.filter((s) => options.scenarios.includes(s.id));
  const of = targetsOf(options, targets, extra);
  await m.warmUp(scenarios, of.atLoad, of.primeThrough);
  const idleRss = Object.fromEntries(targets.map((t) => [t.id, mb(sum(processTree(t.pid).map(rssOf)))]));

  if (options.mode === 'profile') {
    await profile(options, runDir, profileDir, accessLog, targets[0]!, scenarios[0]!, (...args) => m.measure(...args), system, gateway);
    lab.sampler.stop();
    await stopAll();
    return;
  }

  const records = await measuredRounds(options, m, scenarios, of);
  const warmScenario = scenarios.find((s) => s.id === 'warm-dossier');
  const planFetches = planSteps(operation('WholeDossier'), 'WholeDossier', DEMO.user);
  const alone: AloneRound[] = warmScenario ? await measureAlone(lab, m, warmScenario, targets[0]!, planFetches) : [];
  lab.sampler.stop();
  await stopAll();
  if (sink) {
    const { exports, bytes } = sink.received();
    console.log(`OTLP sink: ${exports} trace exports received (${Math.round(bytes / 1024)} KiB), dropped`);
    if (exports === 0) console.error('--telemetry: the "tracing on" processes exported no span');
    await sink.close();
  }

  const cacheText =
    options.cache === 'redis'
      ? `Redis at ${options.redisUrl}, as in production (a key prefix of the run's own, emptied at the end)${options.memoryRow ? '; the extra row "ours, in-process cache" runs over a second subgraphs process with the in-process MemoryCache' : ''}`
      : "the in-process MemoryCache (subgraphs/kit/cache.ts), not production's Redis";
  const environment = describeEnvironment(accessLog, cacheText, population, Date.now() - started);
  const summary = summarize(records, scenarios, [...targets, extra.subgraph, extra.floor], idleRss);
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
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await stopAll();
  process.exit(1);
});
