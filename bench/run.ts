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
 *   this orchestrator;
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
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { createServer } from 'node:net';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { readSupergraph } from '../schema/supergraph.js';
import { entitiesOperation, operation } from '../test/operations.js';
import {
  ask,
  cpuMsOf,
  median,
  processTree,
  rssOf,
  sum,
  type BenchPerson,
  type FromChild,
  type LoadJob,
  type LoadResult,
  type PlanJob,
  type SubgraphInfo,
} from './common.js';
import { planSteps } from './plan-floor.js';
import { summarizeProfile } from './profile.js';

const BENCH_DIR = fileURLToPath(new URL('./', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HIVE_BIN = fileURLToPath(new URL('../node_modules/@graphql-hive/gateway/dist/bin.js', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Options

/** A realistic latency per state system (ms), 20–80. */
const DEFAULT_LATENCY_MS: Record<string, number> = {
  'civil-registry': 40,
  property: 60,
  vehicles: 30,
  health: 50,
  fines: 80,
  queues: 20,
  'e-kyzmet': 70,
  'social-benefits': 50,
  licences: 40,
};

type ScenarioId = 'warm-dossier' | 'cold-dossier' | 'children' | 'identity' | 'refresh';
const SCENARIO_IDS: ScenarioId[] = ['warm-dossier', 'cold-dossier', 'children', 'identity', 'refresh'];

interface Options {
  mode: 'full' | 'quick' | 'profile';
  rounds: number;
  durationSec: number;
  /** Per gateway, before anything is measured, spread over the scenarios. */
  warmupSec: number;
  connections: number;
  coldConnections: number;
  population: number;
  latencyMs: Record<string, number>;
  accessLog: 'postgres' | 'pglite' | 'none';
  scenarios: ScenarioId[];
  hive: boolean;
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (see the top of bench/run.ts)`);
    flags.set(match[1]!, match[2] ?? 'true');
  }
  const known = ['quick', 'profile', 'rounds', 'duration', 'warmup', 'connections', 'cold-connections', 'population', 'latency', 'access-log', 'scenarios', 'no-hive', 'help'];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name} (see the top of bench/run.ts)`);
  if (flags.has('help')) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
    process.exit(0);
  }
  const mode = flags.has('profile') ? 'profile' : flags.has('quick') ? 'quick' : 'full';
  const num = (name: string, fallback: number, min: number, max: number) => {
    const value = flags.has(name) ? Number(flags.get(name)) : fallback;
    if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
    return value;
  };
  const latencyMs = { ...DEFAULT_LATENCY_MS };
  const latency = flags.get('latency');
  if (latency && /^\d+$/.test(latency)) for (const name of Object.keys(latencyMs)) latencyMs[name] = Number(latency);
  else if (latency) {
    for (const part of latency.split(',')) {
      const [name, ms] = part.split(':');
      if (!name || !(name in latencyMs) || !/^\d+$/.test(ms ?? '')) throw new Error(`--latency: "${part}" is not <subgraph>:<ms>`);
      latencyMs[name] = Number(ms);
    }
  }
  const scenarios = (flags.get('scenarios')?.split(',') ?? SCENARIO_IDS) as ScenarioId[];
  for (const s of scenarios) if (!SCENARIO_IDS.includes(s)) throw new Error(`--scenarios: no scenario ${s} (${SCENARIO_IDS.join(', ')})`);
  const accessLog = flags.get('access-log') ?? 'postgres';
  if (accessLog !== 'postgres' && accessLog !== 'pglite' && accessLog !== 'none') throw new Error('--access-log is postgres, pglite or none');
  const quick = mode === 'quick';
  return {
    mode,
    rounds: num('rounds', quick ? 1 : 3, 1, 10),
    durationSec: num('duration', quick ? 2 : mode === 'profile' ? 20 : 10, 1, 120),
    warmupSec: num('warmup', quick ? 5 : 10, 0, 120),
    connections: num('connections', 10, 1, 256),
    coldConnections: num('cold-connections', 20, 1, 256),
    population: num('population', quick ? 10_000 : 30_000, 1_000, 200_000),
    latencyMs,
    accessLog,
    // profiling: one scenario, the first named (the warm whole dossier by default)
    scenarios: mode === 'profile' ? [flags.has('scenarios') ? scenarios[0]! : 'warm-dossier'] : scenarios,
    hive: mode !== 'profile' && !flags.has('no-hive'),
  };
}

// ---------------------------------------------------------------------------------------------
// Processes

const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops one child: politely (IPC or SIGTERM), then for good after `graceMs`. */
async function stopChild(child: ChildProcess, graceMs = 8000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send({ type: 'stop' });
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** What to undo once every child has stopped (the access log's schema). */
const cleanups: Array<() => Promise<void>> = [];

const stopAll = async () => {
  await Promise.all([...children].map((c) => stopChild(c)));
  for (const cleanup of cleanups.splice(0)) await cleanup().catch((error: unknown) => console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`));
};

process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping everything the benchmark started...`);
    void stopAll().finally(() => process.exit(130));
  });
}

/**
 * Our access log's database: a schema of its own in PostgreSQL (BENCH_DATABASE_URL, by default the
 * machine's `test` database), dropped at the end. Undefined when PostgreSQL cannot be reached:
 * the access log then falls back to PGlite in memory, and the report says so.
 */
async function benchDatabase(stamp: string): Promise<{ url: string } | undefined> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${stamp.replace(/\W/g, '_').toLowerCase()}`;
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    await client.end().catch(() => undefined);
    console.log(`PostgreSQL is not reachable (${error instanceof Error ? error.message : String(error)}): the access log falls back to PGlite in memory`);
    return undefined;
  }
  cleanups.push(async () => {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.href };
}

function logFile(dir: string, name: string): number {
  return openSync(`${dir}/${name}.log`, 'a');
}

/** A bench/*.ts child with tsx, its output in the run's folder; resolves with its `ready` message. */
async function forkChild(
  runDir: string,
  name: string,
  script: string,
  env: Record<string, string>,
  extraExecArgv: string[] = [],
  timeoutMs = 120_000,
): Promise<{ child: ChildProcess; ready: Extract<FromChild, { type: 'ready' }> }> {
  const out = logFile(runDir, name);
  const child = track(
    fork(`${BENCH_DIR}${script}`, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx', ...extraExecArgv],
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env },
      stdio: ['ignore', out, out, 'ipc'],
    }),
  );
  const ready = await new Promise<Extract<FromChild, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} was not ready within ${timeoutMs / 1000} s (see ${runDir}/${name}.log)`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready (see ${runDir}/${name}.log)`));
    });
    child.on('message', (m: FromChild) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m);
      }
    });
  });
  return { child, ready };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The supergraph as Hive gets it: our running subgraphs' URLs; the gateway's own access-log subgraph pointed at nothing. */
function hiveSupergraph(subgraphs: SubgraphInfo[]): string {
  const urls = new Map(subgraphs.map((s) => [s.name, s.url]));
  return readSupergraph().replace(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g, (_all, name: string) => {
    // The benchmark's operations never select `accessLog`: a refused connection if anything did.
    const url = urls.get(name) ?? 'http://127.0.0.1:9/access-log-is-not-served-by-hive';
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

async function startHive(runDir: string, name: string, supergraphFile: string, dedup: boolean): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const out = logFile(runDir, name);
  const child = track(
    spawn(process.execPath, [HIVE_BIN, 'supergraph', supergraphFile, '--port', String(port), '--host', '127.0.0.1', '-c', `${BENCH_DIR}hive-gateway.config.ts`], {
      cwd: runDir,
      env: { ...process.env, LOG_LEVEL: 'warn', BENCH_HIVE_DEDUP: dedup ? 'on' : 'off', BENCH_PARENT_PID: String(process.pid) },
      stdio: ['ignore', out, out],
    }),
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} (see ${runDir}/${name}.log)`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { child, url };
    await sleep(200);
  }
  throw new Error(`${name} did not answer within 60 s (see ${runDir}/${name}.log)`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Memory: the peak resident set of the process under load (and its children), sampled every 200 ms

class RssSampler {
  private pids: number[] = [];
  private peakBytes = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  private sample(): void {
    if (this.pids.length > 0) this.peakBytes = Math.max(this.peakBytes, sum(this.pids.map(rssOf)));
  }

  /** Starts watching one process (and the children it has now) afresh. */
  watch(pid: number): void {
    this.pids = processTree(pid);
    this.peakBytes = 0;
    this.sample();
  }

  /** The peak since `watch` (bytes). */
  peak(): number {
    this.sample();
    return this.peakBytes;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

const cpuOfTree = (pid: number) => sum(processTree(pid).map(cpuMsOf));

// ---------------------------------------------------------------------------------------------
// Scenarios and targets

interface Scenario {
  id: ScenarioId;
  title: string;
  operation: string;
  variables?: Record<string, unknown>;
  /** `demo`: the demo user every request (warm); `cold`: each request a person not seen before. */
  who: 'demo' | 'cold';
  /** Whether our gateway looks up the caller's wards for this operation (so Hive's caller context carries them too). */
  wards: boolean;
  /** Also sent straight to the subgraph that owns it: the floor under the gateway's overhead. */
  floor?: { subgraph: string; query: string };
}

const SCENARIOS: Scenario[] = [
  { id: 'warm-dossier', title: 'Whole dossier, warm cache', operation: 'WholeDossier', who: 'demo', wards: true },
  { id: 'cold-dossier', title: 'Whole dossier, cold cache', operation: 'WholeDossier', who: 'cold', wards: true },
  { id: 'children', title: 'Parent with children (ChildrenDossiers), warm', operation: 'ChildrenDossiers', who: 'demo', wards: true },
  {
    id: 'identity',
    title: 'Small query (IdentitySummary)',
    operation: 'IdentitySummary',
    who: 'demo',
    wards: false,
    floor: { subgraph: 'civil-registry', query: '{ me { iin name { full } birthDate } }' },
  },
  { id: 'refresh', title: 'Refresh VEHICLES, then read (RefreshSections)', operation: 'RefreshSections', variables: { sections: ['VEHICLES'] }, who: 'demo', wards: true },
];

type TargetId = 'ours' | 'hive' | 'hive-nodedup' | 'subgraph';

interface Target {
  id: TargetId;
  label: string;
  url: string;
  auth: LoadJob['auth'];
  /** The process serving it (for its CPU and memory). */
  pid: number;
}

const DEMO_PERSON: BenchPerson = { iin: DEMO.user, wards: [DEMO.elderSon, DEMO.daughter, DEMO.son] };

/** Each subgraph's slice of the whole dossier: its fragment in test/operations/dossier.graphql. */
const SLICES: Record<string, string> = {
  'civil-registry': 'CivilRegistry',
  property: 'Property',
  vehicles: 'Vehicles',
  health: 'Health',
  fines: 'Fines',
  queues: 'Queues',
  'e-kyzmet': 'ServiceRequests',
  'social-benefits': 'SocialBenefits',
  licences: 'Licences',
};

/**
 * One round of the warm whole dossier against its parts, at one number of connections: each
 * subgraph answering its slice alone, the plan floor (bench/plan-floor.ts: the plan's subgraph
 * requests sent straight, a gateway that costs nothing), and our gateway.
 */
interface AloneRound {
  round: number;
  connections: number;
  ours: LoadResult;
  floor: LoadResult;
  subgraphs: Record<string, LoadResult>;
}

/** The warm whole dossier through our gateway and through no gateway, against each subgraph answering its slice alone. */
function subgraphsAlone(rounds: AloneRound[], plan: string, steps: number): string {
  if (rounds.length === 0) return '';
  const levels = [...new Set(rounds.map((r) => r.connections))];
  const lines = [
    '',
    '## The warm whole dossier against each subgraph alone',
    '',
    'Each subgraph answering, straight and warm, its slice of the whole dossier for the demo user, as the query planner',
    "asks it (`_entities` with the section's fragment of test/operations/dossier.graphql); the **plan floor**: the query",
    `plan's own subgraph requests (${plan}) sent by the driver itself, step after step, with nothing around`,
    'them: no token, planning, merging of answers, shaping, access log, nor merging of identical requests (a gateway that',
    'costs nothing); then our gateway. Each round runs all of them side by side, at the load of the scenarios and with',
    'one connection (one request at a time: the latency with no queue). Medians over the rounds:',
  ];
  const ratioLines: string[] = [];
  for (const connections of levels) {
    const at = rounds.filter((r) => r.connections === connections);
    const names = Object.keys(at[0]!.subgraphs);
    const med = (f: (r: AloneRound) => number) => round2(median(at.map(f)));
    const ratios = at.map((r) => {
      const [slowest, l] = Object.entries(r.subgraphs).reduce((a, b) => (b[1].latency.p50 > a[1].latency.p50 ? b : a));
      const p50 = Math.max(0.01, l.latency.p50);
      return { r, slowest, p50, ours: round2(r.ours.latency.p50 / p50), floor: round2(r.floor.latency.p50 / p50), oursFloor: round2(r.ours.latency.p50 / Math.max(0.01, r.floor.latency.p50)) };
    });
    lines.push(
      '',
      `### ${connections} connection${connections === 1 ? '' : 's'}`,
      '',
      '| | req/s | p50 ms | p95 ms | p99 ms |',
      '|---|--:|--:|--:|--:|',
      ...names.map((n) => `| ${n} alone | ${med((r) => r.subgraphs[n]!.rps)} | ${med((r) => r.subgraphs[n]!.latency.p50)} | ${med((r) => r.subgraphs[n]!.latency.p95)} | ${med((r) => r.subgraphs[n]!.latency.p99)} |`),
      `| **plan floor** (whole dossier, no gateway) | ${med((r) => r.floor.rps)} | ${med((r) => r.floor.latency.p50)} | ${med((r) => r.floor.latency.p95)} | ${med((r) => r.floor.latency.p99)} |`,
      `| **ours** (whole dossier) | ${med((r) => r.ours.rps)} | ${med((r) => r.ours.latency.p50)} | ${med((r) => r.ours.latency.p95)} | ${med((r) => r.ours.latency.p99)} |`,
      '',
      '| round | slowest subgraph alone | its p50 ms | plan floor p50 ms | ours p50 ms | floor ÷ slowest | ours ÷ slowest | ours ÷ floor |',
      '|--:|---|--:|--:|--:|--:|--:|--:|',
      ...ratios.map((x) => `| ${x.r.round} | ${x.slowest} | ${x.p50} | ${x.r.floor.latency.p50} | ${x.r.ours.latency.p50} | ${x.floor} | ${x.ours} | ${x.oursFloor} |`),
    );
    const m = (f: (x: (typeof ratios)[number]) => number) => round2(median(ratios.map(f)));
    ratioLines.push(
      `- ${connections} connection${connections === 1 ? '' : 's'}: our warm whole-dossier p50 is ${m((x) => x.ours)}× the slowest subgraph's alone; the plan floor's is ${m((x) => x.floor)}×; ours is ${m((x) => x.oursFloor)}× the floor (medians of the rounds' ratios).`,
    );
  }
  lines.push(
    '',
    ...ratioLines,
    '',
    `How to read it: the plan has ${steps} step${steps === 1 ? '' : 's'} one after another, so even the floor waits for at least one`,
    'subgraph per step; and here the seven subgraphs share one process, one event loop (as with `npm start`), so the',
    "requests of one step are served one after another, not side by side. Under load the floor's requests queue there",
    "too, all of them: our gateway's merging of identical in-flight requests (one caller's) is what takes it below the",
    'floor then. What our gateway adds to the floor at one connection is its own CPU per dossier and the access log\'s',
    'commit (each read is recorded in PostgreSQL before it is answered).',
    '',
  );
  return lines.join('\n');
}

interface RunRecord {
  scenario: ScenarioId;
  target: TargetId;
  round: number;
  load: LoadResult;
  precheck: { ok: boolean; status: number; excerpt: string };
  /** State-system data requests during the run, by subgraph. */
  stateRequests: Record<string, number>;
  stateRequestsPerOp: number;
  /** CPU the target's process spent per request (ms); for `subgraph`, the subgraphs' process's. */
  targetCpuMsPerOp: number;
  /** CPU the subgraphs' and the state systems' processes spent per request (ms). */
  systemCpuMsPerOp: number;
  /** Peak RSS of the target's process during the run (MB). */
  targetPeakRssMb: number;
}

// ---------------------------------------------------------------------------------------------
// The run

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

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

  // The system, then the gateways over it, then the driver.
  const stateSystems = await forkChild(runDir, 'state-systems', 'state-systems.ts', { BENCH_POPULATION: String(options.population) });
  const coldPool = stateSystems.ready.coldPool!;
  const system = await forkChild(runDir, 'system', 'system.ts', { BENCH_MOCK_URLS: JSON.stringify(stateSystems.ready.mockUrls) }, cpuProf);
  const subgraphs = system.ready.subgraphs!;
  console.log(`system: ${subgraphs.length} subgraphs over ${Object.keys(stateSystems.ready.mockUrls!).length} state systems, population ${stateSystems.ready.population}, ${coldPool.length} persons for cold reads`);
  /** CPU of the subgraphs and the state systems (ms). */
  const systemCpuMs = () => cpuMsOf(system.child.pid!) + cpuMsOf(stateSystems.child.pid!);
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
  const sampler = new RssSampler();

  // The mocks: a latency each; reset (which also clears faults) before every run.
  const setLatency = async () => {
    await Promise.all(
      subgraphs.map(async (s) => {
        await fetch(`${s.mockUrl}/_mock/reset`, { method: 'POST' });
        const r = await fetch(`${s.mockUrl}/_mock/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ latencyMs: options.latencyMs[s.name] ?? 50 }),
        });
        if (!r.ok) throw new Error(`latency of ${s.name} not set: HTTP ${r.status}`);
      }),
    );
  };
  const stateRequests = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      await Promise.all(subgraphs.map(async (s) => [s.name, ((await (await fetch(`${s.mockUrl}/_mock/stats`)).json()) as { requests: number }).requests] as const)),
    );
  await setLatency();

  // Cold persons: taken in turn from the pool, never twice in a run; the cache is cleared before each cold run.
  let coldCursor = 0;
  const takeCold = (n: number): BenchPerson[] => {
    const taken: BenchPerson[] = [];
    for (let i = 0; i < Math.min(n, coldPool.length); i++) taken.push(coldPool[(coldCursor + i) % coldPool.length]!);
    return taken;
  };

  const bodyOf = (scenario: Scenario, target: Target) =>
    target.id === 'subgraph'
      ? JSON.stringify({ query: scenario.floor!.query })
      : JSON.stringify({ query: operation(scenario.operation), operationName: scenario.operation, variables: scenario.variables ?? {} });

  const jobFor = (scenario: Scenario, target: Target, durationSec: number, connections: number): LoadJob => {
    const demo = target.id === 'subgraph' || !scenario.wards ? { ...DEMO_PERSON, wards: [] } : DEMO_PERSON;
    // ≤ 10 requests a second per connection when every state system is asked (≥ 80 ms), with room to spare
    const persons = scenario.who === 'cold' ? takeCold(Math.ceil(connections * durationSec * 15) + 1) : [demo];
    return { url: target.url, body: bodyOf(scenario, target), connections, durationSec, auth: target.auth, persons };
  };
  const connectionsOf = (scenario: Scenario) => (scenario.who === 'cold' ? options.coldConnections : options.connections);

  const clearCache = () => ask(system.child, { type: 'clear-cache' }, 10_000);

  /** One measured run: check a response, reset the mocks' counts, load, read the counts. */
  const measure = async (scenario: Scenario, target: Target, round: number, durationSec: number): Promise<RunRecord> => {
    const job = jobFor(scenario, target, durationSec, connectionsOf(scenario));
    const check = (await ask(driver.child, { type: 'check', job }, 30_000)).check!;
    if (scenario.who === 'cold') {
      job.persons = job.persons.slice(1); // the checked person's data is cached now
      await clearCache();
    }
    await setLatency();
    sampler.watch(target.pid);
    const cpuTarget0 = cpuOfTree(target.pid);
    const cpuSystem0 = systemCpuMs();
    const cpuSubgraphs0 = cpuMsOf(system.child.pid!);
    const before = await stateRequests();
    const load = (await ask(driver.child, { type: 'load', job }, (durationSec + 120) * 1000)).result!;
    await sleep(300); // requests still in flight when autocannon stopped
    const after = await stateRequests();
    const cpuTarget = cpuOfTree(target.pid) - cpuTarget0;
    const cpuSystem = systemCpuMs() - cpuSystem0;
    const cpuSubgraphs = cpuMsOf(system.child.pid!) - cpuSubgraphs0;
    if (scenario.who === 'cold') coldCursor = (coldCursor + 1 + load.personsUsed) % coldPool.length;
    const requests = Object.fromEntries(subgraphs.map((s) => [s.name, after[s.name]! - before[s.name]!]));
    const n = Math.max(1, load.requests);
    return {
      scenario: scenario.id,
      target: target.id,
      round,
      load,
      precheck: check,
      stateRequests: requests,
      stateRequestsPerOp: round2(sum(Object.values(requests)) / n),
      targetCpuMsPerOp: round2((target.id === 'subgraph' ? cpuSubgraphs : cpuTarget) / n),
      systemCpuMsPerOp: round2(cpuSystem / n),
      targetPeakRssMb: mb(sampler.peak()),
    };
  };

  const scenarios = SCENARIOS.filter((s) => options.scenarios.includes(s.id));
  const targetsOf = (scenario: Scenario) => [...targets, ...(scenario.floor && options.mode !== 'profile' ? [floorTarget] : [])];

  // Warm-up: every target through every scenario, unmeasured, so the JIT and the plan caches are warm.
  if (options.warmupSec > 0) {
    const allTargets = [...new Set(scenarios.flatMap(targetsOf))];
    console.log(`warming up: ${options.warmupSec} s per target...`);
    for (const target of allTargets) {
      const mine = scenarios.filter((s) => targetsOf(s).includes(target));
      const each = Math.max(1, Math.round(options.warmupSec / mine.length));
      for (const scenario of mine) {
        const job = jobFor(scenario, target, each, connectionsOf(scenario));
        const check = (await ask(driver.child, { type: 'check', job }, 30_000)).check!;
        if (!check.ok) throw new Error(`${target.label}, ${scenario.title}: the first response is not a clean answer (HTTP ${check.status}): ${check.excerpt}`);
        const load = (await ask(driver.child, { type: 'load', job }, (each + 120) * 1000)).result!;
        if (scenario.who === 'cold') coldCursor = (coldCursor + load.personsUsed + 1) % coldPool.length;
      }
    }
  }
  const idleRss = Object.fromEntries(targets.map((t) => [t.id, mb(sum(processTree(t.pid).map(rssOf)))]));

  if (options.mode === 'profile') {
    await profile(options, runDir, profileDir, accessLog, targets[0]!, scenarios[0]!, measure, system.child, ours.child);
    sampler.stop();
    await stopAll();
    return;
  }

  // The measured rounds.
  const records: RunRecord[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const scenario of scenarios) {
      const order = targetsOf(scenario);
      if (round % 2 === 0) order.reverse();
      for (const target of order) {
        const record = await measure(scenario, target, round, options.durationSec);
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
  // The warm whole dossier against its parts (subgraphsAlone): each subgraph alone, the plan floor
  // and our gateway, side by side in every round, at the scenarios' connections and at one.
  const alone: AloneRound[] = [];
  const warmScenario = scenarios.find((s) => s.id === 'warm-dossier');
  const planFetches = planSteps(operation('WholeDossier'), 'WholeDossier', DEMO.user);
  const planJob = (connections: number, durationSec: number): PlanJob => ({
    steps: planFetches.map((step) => step.map((f) => ({ url: subgraphUrls[f.subgraph]!, body: f.body }))),
    connections,
    durationSec,
    person: DEMO_PERSON,
  });
  /** A load checked first (its first answer clean), then measured with the mocks' latencies set afresh. */
  const checkedLoad = async (message: { type: 'load'; job: LoadJob } | { type: 'plan'; job: PlanJob }, what: string): Promise<LoadResult> => {
    const check = (await ask(driver.child, message.type === 'load' ? { type: 'check', job: message.job } : { ...message, check: true }, 30_000)).check!;
    if (!check.ok) throw new Error(`${what}: the first response is not a clean answer (HTTP ${check.status}): ${check.excerpt}`);
    await setLatency();
    return (await ask(driver.child, message, (message.job.durationSec + 120) * 1000)).result!;
  };
  const levels = [...new Set([options.connections, 1])];
  for (let round = 1; warmScenario && round <= options.rounds; round++) {
    for (const connections of levels) {
      const durationSec = Math.max(2, Math.round(options.durationSec / (connections === 1 ? 3 : 2)));
      const say = (what: string, l: LoadResult) =>
        console.log(`round ${round} c=${String(connections).padEnd(3)} ${what.padEnd(21)} ${String(l.rps).padStart(7)} req/s  p50 ${fmt(l.latency.p50)} p95 ${fmt(l.latency.p95)} p99 ${fmt(l.latency.p99)} ms`);
      const bySubgraph: Record<string, LoadResult> = {};
      for (const s of subgraphs) {
        const fragment = SLICES[s.name];
        if (!fragment) continue;
        const job: LoadJob = {
          url: s.url,
          body: JSON.stringify({ query: entitiesOperation(fragment), variables: { representations: [{ __typename: 'Person', iin: DEMO.user }] } }),
          connections,
          durationSec,
          auth: 'caller',
          persons: [DEMO_PERSON],
        };
        say(`${s.name} alone`, (bySubgraph[s.name] = await checkedLoad({ type: 'load', job }, `${s.name} subgraph`)));
      }
      const floor = await checkedLoad({ type: 'plan', job: planJob(connections, durationSec) }, 'the plan floor');
      say('plan floor', floor);
      const ours = await checkedLoad({ type: 'load', job: jobFor(warmScenario, targets[0]!, durationSec, connections) }, 'our gateway');
      say('ours (warm dossier)', ours);
      alone.push({ round, connections, ours, floor, subgraphs: bySubgraph });
    }
  }
  sampler.stop();
  await stopAll();

  const environment = describeEnvironment(accessLog, stateSystems.ready.population!, Date.now() - started);
  const summary = summarize(records, scenarios, targets, idleRss);
  const planText = planFetches.map((step) => step.map((f) => f.subgraph).join(' ∥ ')).join(', then ');
  const markdown = renderMarkdown(environment, summary, scenarios, options) + subgraphsAlone(alone, planText, planFetches.length);
  console.log(`\n${markdown}`);
  const json = { environment, options, summary, subgraphsAlone: alone, runs: records };
  // only a full run of every scenario against every target replaces the committed results
  if (options.mode === 'full' && options.hive && options.scenarios.length === SCENARIO_IDS.length) {
    writeFileSync(`${BENCH_DIR}RESULTS.md`, markdown);
    writeFileSync(`${BENCH_DIR}results.json`, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`written: bench/RESULTS.md, bench/results.json (logs: ${runDir})`);
  } else {
    writeFileSync(`${runDir}/RESULTS.md`, markdown);
    writeFileSync(`${runDir}/results.json`, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`${options.mode === 'full' ? 'partial' : options.mode} run: bench/RESULTS.md left as it is; this run's results in ${runDir}`);
  }
  const failed = records.filter((r) => !r.precheck.ok);
  if (failed.length > 0) {
    console.error(`${failed.length} run(s) failed their precheck`);
    process.exitCode = 1;
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(ms < 10 ? 1 : 0) : '-').padStart(5);

// ---------------------------------------------------------------------------------------------
// Profiling: the warm whole dossier through our gateway, with both processes under --cpu-prof

async function profile(
  options: Options,
  runDir: string,
  profileDir: string,
  accessLog: string,
  target: Target,
  scenario: Scenario,
  measure: (scenario: Scenario, target: Target, round: number, durationSec: number) => Promise<RunRecord>,
  systemChild: ChildProcess,
  gatewayChild: ChildProcess,
): Promise<void> {
  // The profiles cover the processes' whole lives; only the samples between these two marks count.
  // (V8's profile clock and process.hrtime are both CLOCK_MONOTONIC on Linux.)
  const from = Number(process.hrtime.bigint() / 1000n);
  const record = await measure(scenario, target, 1, options.durationSec);
  const to = Number(process.hrtime.bigint() / 1000n);
  console.log(`profiled: ${record.load.rps} req/s, p50 ${record.load.latency.p50} ms over ${options.durationSec} s`);
  const pids = { gateway: gatewayChild.pid!, system: systemChild.pid! };
  await Promise.all([stopChild(gatewayChild, 20_000), stopChild(systemChild, 20_000)]);
  const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
  const sections: string[] = [
    `# CPU profile: ${scenario.title}, our gateway`,
    '',
    `${new Date().toISOString()}, ${cpus().length} CPUs, Node ${process.version}; ${record.load.rps} req/s over ${options.durationSec} s, ${options.connections} connections; access log: ${accessLog}`,
    '',
  ];
  for (const [role, pid] of Object.entries(pids)) {
    // one profile per thread: thread 0 is the main one (tsx's loader hooks run in another)
    const file = files.find((f) => f.includes(`.${pid}.0.`));
    if (!file) {
      sections.push(`(no profile of the ${role} process, pid ${pid})`, '');
      continue;
    }
    sections.push(summarizeProfile(`${profileDir}/${file}`, { title: role === 'gateway' ? 'Gateway process' : 'Subgraphs process', fromUs: from, toUs: to, requests: record.load.requests }));
  }
  const text = sections.join('\n');
  writeFileSync(`${runDir}/profile.md`, text);
  console.log(`\n${text}\nwritten: ${runDir}/profile.md (profiles in ${profileDir})`);
}

// ---------------------------------------------------------------------------------------------
// Summaries

interface Environment {
  date: string;
  commit: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  accessLog: string;
  cache: string;
  population: number;
  wallClockSec: number;
}

function describeEnvironment(accessLog: string, population: number, elapsedMs: number): Environment {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status', '--porcelain').length > 0;
  return {
    date: new Date().toISOString(),
    commit: `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${dirty ? ' (with uncommitted changes)' : ''}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    accessLog,
    cache: 'in-process MemoryCache shared by the subgraphs (subgraphs/kit/cache.ts)',
    population,
    wallClockSec: Math.round(elapsedMs / 1000),
  };
}

interface Cell {
  runs: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  requests: number;
  stateRequestsPerOp: number;
  stateRequestsBySystem: Record<string, number>;
  targetCpuMsPerOp: number;
  systemCpuMsPerOp: number;
  peakRssMb: number;
  idleRssMb?: number;
}

interface Ratio {
  versus: TargetId;
  /** Ours ÷ theirs, the median of the rounds' ratios (each from neighbouring runs). */
  rps: number;
  p50: number;
  p99: number;
  cpuPerOp: number;
}

interface Summary {
  cells: Record<string, Partial<Record<TargetId, Cell>>>;
  ratios: Record<string, Ratio[]>;
}

function summarize(records: RunRecord[], scenarios: Scenario[], targets: Target[], idleRss: Record<string, number>): Summary {
  const cells: Summary['cells'] = {};
  const ratios: Summary['ratios'] = {};
  for (const scenario of scenarios) {
    cells[scenario.id] = {};
    const ids: TargetId[] = [...targets.map((t) => t.id), ...(scenario.floor ? (['subgraph'] as const) : [])];
    for (const id of ids) {
      const runs = records.filter((r) => r.scenario === scenario.id && r.target === id);
      if (runs.length === 0) continue;
      const requests = sum(runs.map((r) => r.load.requests));
      const bySystem: Record<string, number> = {};
      for (const r of runs) for (const [name, n] of Object.entries(r.stateRequests)) bySystem[name] = (bySystem[name] ?? 0) + n;
      cells[scenario.id]![id] = {
        runs: runs.length,
        rps: round1(median(runs.map((r) => r.load.rps))),
        p50: round1(median(runs.map((r) => r.load.latency.p50))),
        p95: round1(median(runs.map((r) => r.load.latency.p95))),
        p99: round1(median(runs.map((r) => r.load.latency.p99))),
        errors: sum(runs.map((r) => r.load.non2xx + r.load.graphqlErrors + r.load.socketErrors + (r.precheck.ok ? 0 : 1))),
        requests,
        stateRequestsPerOp: round2(sum(Object.values(bySystem)) / Math.max(1, requests)),
        stateRequestsBySystem: Object.fromEntries(Object.entries(bySystem).map(([k, n]) => [k, round2(n / Math.max(1, requests))])),
        targetCpuMsPerOp: round2(median(runs.map((r) => r.targetCpuMsPerOp))),
        systemCpuMsPerOp: round2(median(runs.map((r) => r.systemCpuMsPerOp))),
        peakRssMb: Math.max(...runs.map((r) => r.targetPeakRssMb)),
        ...(idleRss[id] !== undefined && { idleRssMb: idleRss[id] }),
      };
    }
    ratios[scenario.id] = [];
    const oursRuns = records.filter((r) => r.scenario === scenario.id && r.target === 'ours');
    for (const versus of ids.filter((id) => id !== 'ours')) {
      const pairs = oursRuns
        .map((o) => [o, records.find((r) => r.scenario === scenario.id && r.target === versus && r.round === o.round)] as const)
        .filter((p): p is readonly [RunRecord, RunRecord] => p[1] !== undefined);
      if (pairs.length === 0) continue;
      const ratio = (f: (r: RunRecord) => number) => round2(median(pairs.map(([o, t]) => f(o) / f(t))));
      ratios[scenario.id]!.push({
        versus,
        rps: ratio((r) => r.load.rps),
        p50: ratio((r) => r.load.latency.p50),
        p99: ratio((r) => r.load.latency.p99),
        cpuPerOp: ratio((r) => r.targetCpuMsPerOp),
      });
    }
  }
  return { cells, ratios };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

const TARGET_LABELS: Record<TargetId, string> = {
  ours: 'ours (Apollo Gateway 2.14)',
  hive: 'Hive Gateway 2.15, default (dedup on)',
  'hive-nodedup': 'Hive Gateway 2.15, dedup off',
  subgraph: 'civil-registry subgraph, direct (floor)',
};

/**
 * Our gateway now against the full run kept in bench/before/ (before the performance work), with
 * Hive's default in both runs as the yardstick of how noisy the machine was.
 */
function beforeAndAfter(summary: Summary, scenarios: Scenario[]): string[] {
  let before: { environment: { date: string }; summary: Summary };
  try {
    before = JSON.parse(readFileSync(`${BENCH_DIR}before/results.json`, 'utf8')) as typeof before;
  } catch {
    return [];
  }
  const lines = [
    '',
    '## Before and after the performance work',
    '',
    `Our gateway in this run against the full run of ${before.environment.date.slice(0, 10)} kept in \`bench/before/\` (before the performance work: see`,
    '"What was made faster" below); Hive Gateway (default) in both runs shows how much of a difference is the machine',
    '(machines of one kind differ by up to 2× here): the ratios to Hive in the last two columns are the comparable figures.',
    '',
    '| scenario | ours req/s before → now | ours p50 ms before → now | ours p99 ms before → now | ours CPU ms/op before → now | Hive default req/s before → now | ours ÷ Hive default, req/s, before → now | ours ÷ Hive default, p50, before → now |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const scenario of scenarios) {
    const then = before.summary.cells[scenario.id];
    const now = summary.cells[scenario.id];
    if (!then?.ours || !now?.ours) continue;
    const hive = then.hive && now.hive ? `${then.hive.rps} → ${now.hive.rps}` : '';
    const ratio = (cells: typeof then, key: 'rps' | 'p50') => (cells.hive ? round2(cells.ours![key] / cells.hive[key]) : '?');
    lines.push(
      `| ${scenario.title} | ${then.ours.rps} → ${now.ours.rps} | ${then.ours.p50} → ${now.ours.p50} | ${then.ours.p99} → ${now.ours.p99} | ${then.ours.targetCpuMsPerOp} → ${now.ours.targetCpuMsPerOp} | ${hive} | ${ratio(then, 'rps')} → ${ratio(now, 'rps')} | ${ratio(then, 'p50')} → ${ratio(now, 'p50')} |`,
    );
  }
  lines.push(
    '',
    'What was made faster, from CPU profiles of the first run (`npm run bench -- --profile`):',
    '- the access log is written by group commit: the entries of concurrent reads go to the database in one INSERT',
    '  (it was a quarter of the gateway\'s CPU, one INSERT per person read);',
    '- gateway → subgraph and subgraph → state-system POSTs go over node:http with a keep-alive agent instead of the',
    '  global fetch (undici and web streams were a fifth of the gateway\'s CPU);',
    '- identical in-flight subgraph queries of one caller are merged (never across callers, never mutations); the',
    '  signed caller context is reused for half its lifetime, and a verified bearer token is not verified again;',
    '- the scope policy and the wards check are worked out once per operation, not per request; the caller-context',
    '  HMAC key is imported once; subgraphs run without Apollo\'s cache-control plugin.',
    '',
    'Then, from the profiles of the results above it:',
    '- Apollo Gateway rebuilt its form of the operation (`operationFromDocument`) on every request, 11% of its CPU: it is',
    '  now remembered per parsed operation (gateway/operation-memo.ts);',
    '- the gateway reaches subgraphs through a data source of its own over node:http: Apollo\'s RemoteGraphQLDataSource',
    '  built node-fetch Request and Headers objects for every subgraph call (a tenth of the gateway\'s CPU); timeouts are',
    '  plain timers, not `AbortSignal.timeout` (which cost 4%);',
    '- subgraphs verify a signed caller context once and remember it until it expires (the gateway reuses one for a while);',
    '- the access log writes one INSERT at a time with everything recorded meanwhile (batches grow under load), and the',
    '  benchmark keeps it in PostgreSQL as production does: embedded PGlite spent about 0.5 ms of the gateway\'s CPU per',
    '  statement and 270 MB of its RSS.',
  );
  return lines;
}

function renderMarkdown(env: Environment, summary: Summary, scenarios: Scenario[], options: Options): string {
  const lines: string[] = [];
  const latency = Object.entries(options.latencyMs).map(([k, v]) => `${k} ${v}`).join(', ');
  lines.push(
    '# Benchmark: the dossier gateway against Hive Gateway',
    '',
    `Produced by \`npm run bench\` (bench/run.ts) on ${env.date.slice(0, 16).replace('T', ' ')} UTC, commit ${env.commit}.`,
    `Machine: ${env.cpus} CPUs (${env.cpuModel}), ${env.memoryGb} GB, ${env.os}; Node ${env.node}. Wall clock ${Math.round(env.wallClockSec / 60)} min.`,
    '',
    `Setup: one process for the 7 mock state systems (population ${env.population}), one for the 7 subgraphs (${env.cache}),`,
    'one per gateway (ours; Hive with its default in-flight subgraph-request merging; Hive with it off), one for the',
    'autocannon driver; all on 127.0.0.1. Every gateway runs the same supergraph over the same subgraphs.',
    `State-system latency (ms): ${latency}. Our access log: ${env.accessLog === 'postgres' ? 'PostgreSQL, as in production (its server on the same machine; its CPU is not in the gateway\'s figures)' : env.accessLog}.`,
    `Each scenario × target: ${options.rounds} runs of ${options.durationSec} s (targets alternated, order reversed every other round),`,
    `after a ${options.warmupSec} s unmeasured warm-up per target; ${options.connections} connections (${options.coldConnections} for the cold scenario).`,
    'Figures are medians over the runs; errors are summed (non-2xx, 200s with GraphQL `errors`, socket errors).',
    '',
    '## Figures',
    '',
    '| scenario | target | req/s | p50 ms | p95 ms | p99 ms | errors | state-system req/op | target CPU ms/op | system CPU ms/op | peak RSS MB |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const scenario of scenarios) {
    for (const [id, c] of Object.entries(summary.cells[scenario.id] ?? {}) as Array<[TargetId, Cell]>) {
      lines.push(
        `| ${scenario.title} | ${TARGET_LABELS[id]} | ${c.rps} | ${c.p50} | ${c.p95} | ${c.p99} | ${c.errors} / ${c.requests} | ${c.stateRequestsPerOp} | ${c.targetCpuMsPerOp} | ${c.systemCpuMsPerOp} | ${id === 'subgraph' ? '(system)' : c.peakRssMb} |`,
      );
    }
  }
  const idle = summary.cells[scenarios[0]!.id] ?? {};
  const idleText = (Object.entries(idle) as Array<[TargetId, Cell]>)
    .filter(([, c]) => c.idleRssMb !== undefined)
    .map(([id, c]) => `${TARGET_LABELS[id]} ${c.idleRssMb} MB`)
    .join(', ');
  if (idleText) lines.push('', `Gateway RSS after the warm-up, before the measured runs: ${idleText}.`);
  lines.push(
    '',
    '## Ratios, ours ÷ theirs',
    '',
    'Median over rounds of the ratio between neighbouring runs. req/s above 1: we serve more; latency and CPU below 1: we are faster / cheaper.',
    '',
    '| scenario | versus | req/s | p50 | p99 | gateway CPU/op |',
    '|---|---|--:|--:|--:|--:|',
  );
  for (const scenario of scenarios) {
    for (const r of summary.ratios[scenario.id] ?? []) {
      if (r.versus === 'subgraph') continue;
      lines.push(`| ${scenario.title} | ${TARGET_LABELS[r.versus]} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.cpuPerOp} |`);
    }
  }
  lines.push(...beforeAndAfter(summary, scenarios));
  const floor = scenarios.find((s) => s.floor);
  const f = floor && summary.cells[floor.id];
  if (floor && f?.ours && f.subgraph) {
    lines.push(
      '',
      '## Gateway overhead against the floor',
      '',
      `\`${floor.operation}\` through our gateway against \`${floor.floor!.query}\` sent straight to the civil-registry subgraph with a signed caller context.`,
      '',
      '| | req/s | p50 ms | p99 ms | CPU ms/op of the process served |',
      '|---|--:|--:|--:|--:|',
      `| subgraph direct | ${f.subgraph.rps} | ${f.subgraph.p50} | ${f.subgraph.p99} | ${f.subgraph.targetCpuMsPerOp} (subgraphs' process) |`,
      `| ours | ${f.ours.rps} | ${f.ours.p50} | ${f.ours.p99} | ${f.ours.targetCpuMsPerOp} (gateway) + ${f.ours.systemCpuMsPerOp} (system) |`,
      ...(f.hive ? [`| Hive, default | ${f.hive.rps} | ${f.hive.p50} | ${f.hive.p99} | ${f.hive.targetCpuMsPerOp} (gateway) + ${f.hive.systemCpuMsPerOp} (system) |`] : []),
      ...(f['hive-nodedup'] ? [`| Hive, dedup off | ${f['hive-nodedup'].rps} | ${f['hive-nodedup'].p50} | ${f['hive-nodedup'].p99} | ${f['hive-nodedup'].targetCpuMsPerOp} (gateway) + ${f['hive-nodedup'].systemCpuMsPerOp} (system) |`] : []),
      '',
      `At ${options.connections} connections our gateway adds ${round1(f.ours.p50 - f.subgraph.p50)} ms at p50 (queueing included) and serves ` +
        `${round2(f.ours.rps / f.subgraph.rps)}× the subgraph's own rate${f.hive ? `; Hive adds ${round1(f.hive.p50 - f.subgraph.p50)} ms and serves ${round2(f.hive.rps / f.subgraph.rps)}×` : ''}. ` +
        'The CPU a request costs the gateway process is the overhead without the queueing.',
    );
  }
  lines.push(
    '',
    '## How to read it',
    '',
    '- **Cold**: each request is a different adult of the synthetic population (all of whose children are minors, so the',
    '  whole dossier is theirs to read), never twice in a run, and the subgraphs\' cache is cleared before each run:',
    '  every section is a cache miss and goes to its state system. Our gateway also looks up each new caller\'s wards',
    '  (one more call to the civil-registry subgraph, whose state-system read the query then finds cached); Hive is',
    '  handed the wards in the signed caller context.',
    '- **Hive enforces none of our auth** (token, EDS scopes, wards, access log): the driver gives it a pre-signed',
    '  `x-dossier-caller`, which it forwards. Our figures include verifying the token, pruning by scope, looking up wards,',
    '  signing the caller context and recording each access; Hive\'s do not.',
    '- **Dedup**: Hive merges identical in-flight subgraph requests by default. With one user hammering the same query',
    '  (the warm scenarios), concurrent requests share subgraph calls. Our gateway merges identical in-flight subgraph',
    '  queries of one caller too (never across callers): Hive\'s default is the like-for-like comparison, "dedup off" shows',
    '  what merging is worth.',
    '- **CPU ms/op**: user+system CPU of the target\'s process (for the direct subgraph: the subgraphs\' process) per response;',
    '  system CPU ms/op: the subgraphs\' and the state systems\' processes. State-system req/op: data requests the mocks',
    '  served ÷ responses. CPU ms/op × req/s ÷ 1000 is the share of one core a process used: near 1, that process (each is',
    '  one event loop) is what limits the throughput. All of them share the machine\'s cores: near the CPU count in all,',
    '  the machine is, and the gateway that costs less CPU per operation serves more.',
    '- **Peak RSS**: of the gateway\'s process during its runs, sampled every 200 ms.',
    '',
  );
  return lines.join('\n');
}

main().catch(async (error: unknown) => {
  if (interrupted) return; // the signal handler is stopping everything
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  await stopAll();
  process.exit(1);
});
