/**
 * Measuring: the system the benchmark started (a `Lab`), and one measured run of a scenario
 * against a target on it: a checked first answer, the mocks' latencies set afresh, the load, and
 * what it cost (state-system requests, CPU, peak memory).
 */
import type { ChildProcess } from 'node:child_process';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { entitiesOperation, operation } from '../test/operations.js';
import { ask, cpuMsOf, processTree, rssOf, sum, type BenchPerson, type LoadJob, type LoadResult, type PlanJob, type SubgraphInfo } from './common.js';
import type { Options } from './options.js';
import { sleep } from './processes.js';
import type { PlanSteps } from './plan-floor.js';
import type { AloneRound } from './report.js';
import { DEMO_PERSON, SLICES, type Scenario, type Target } from './scenarios.js';
import { fmt, mb, round2, type RunRecord } from './summary.js';

/** Memory: the peak resident set of the process under load (and its children), sampled every 200 ms. */
export class RssSampler {
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

export const cpuOfTree = (pid: number) => sum(processTree(pid).map(cpuMsOf));

/** The processes of a run, as measuring needs them. */
export interface Lab {
  options: Options;
  driver: ChildProcess;
  /** The subgraphs' process. */
  system: ChildProcess;
  stateSystems: ChildProcess;
  subgraphs: SubgraphInfo[];
  /** Persons for cold reads, taken in turn. */
  coldPool: BenchPerson[];
  sampler: RssSampler;
}

/** A load checked first (its first answer clean), then measured with the mocks' latencies set afresh. */
export type LoadMessage = { type: 'load'; job: LoadJob } | { type: 'plan'; job: PlanJob };

export class Measurement {
  /** Cold persons: taken in turn from the pool, never twice in a run; the cache is cleared before each cold run. */
  private coldCursor = 0;

  constructor(private readonly lab: Lab) {}

  /** CPU of the subgraphs and the state systems (ms). */
  private systemCpuMs(): number {
    return cpuMsOf(this.lab.system.pid!) + cpuMsOf(this.lab.stateSystems.pid!);
  }

  /** The mocks: a latency each; reset (which also clears faults) before every run. */
  async setLatency(): Promise<void> {
    await Promise.all(
      this.lab.subgraphs.map(async (s) => {
        await fetch(`${s.mockUrl}/_mock/reset`, { method: 'POST' });
        const r = await fetch(`${s.mockUrl}/_mock/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ latencyMs: this.lab.options.latencyMs[s.name] ?? 50 }),
        });
        if (!r.ok) throw new Error(`latency of ${s.name} not set: HTTP ${r.status}`);
      }),
    );
  }

  private async stateRequests(): Promise<Record<string, number>> {
    return Object.fromEntries(
      await Promise.all(this.lab.subgraphs.map(async (s) => [s.name, ((await (await fetch(`${s.mockUrl}/_mock/stats`)).json()) as { requests: number }).requests] as const)),
    );
  }

  private takeCold(n: number): BenchPerson[] {
    const { coldPool } = this.lab;
    const taken: BenchPerson[] = [];
    for (let i = 0; i < Math.min(n, coldPool.length); i++) taken.push(coldPool[(this.coldCursor + i) % coldPool.length]!);
    return taken;
  }

  /** After a cold load: its persons (and the checked one) are used up. */
  usedCold(load: LoadResult): void {
    this.coldCursor = (this.coldCursor + 1 + load.personsUsed) % this.lab.coldPool.length;
  }

  private bodyOf(scenario: Scenario, target: Target): string {
    return target.id === 'subgraph'
      ? JSON.stringify({ query: scenario.floor!.query })
      : JSON.stringify({ query: operation(scenario.operation), operationName: scenario.operation, variables: scenario.variables ?? {} });
  }

  jobFor(scenario: Scenario, target: Target, durationSec: number, connections: number): LoadJob {
    const demo = target.id === 'subgraph' || !scenario.wards ? { ...DEMO_PERSON, wards: [] } : DEMO_PERSON;
    // ≤ 10 requests a second per connection when every state system is asked (≥ 80 ms), with room to spare
    const persons = scenario.who === 'cold' ? this.takeCold(Math.ceil(connections * durationSec * 15) + 1) : [demo];
    return { url: target.url, body: this.bodyOf(scenario, target), connections, durationSec, auth: target.auth, persons };
  }

  connectionsOf(scenario: Scenario): number {
    return scenario.who === 'cold' ? this.lab.options.coldConnections : this.lab.options.connections;
  }

  private clearCache() {
    return ask(this.lab.system, { type: 'clear-cache' }, 10_000);
  }

  /** One measured run: check a response, reset the mocks' counts, load, read the counts. */
  async measure(scenario: Scenario, target: Target, round: number, durationSec: number): Promise<RunRecord> {
    const { driver, system, sampler, subgraphs } = this.lab;
    const job = this.jobFor(scenario, target, durationSec, this.connectionsOf(scenario));
    const check = (await ask(driver, { type: 'check', job }, 30_000)).check!;
    if (scenario.who === 'cold') {
      job.persons = job.persons.slice(1); // the checked person's data is cached now
      await this.clearCache();
    }
    await this.setLatency();
    sampler.watch(target.pid);
    const cpuTarget0 = cpuOfTree(target.pid);
    const cpuSystem0 = this.systemCpuMs();
    const cpuSubgraphs0 = cpuMsOf(system.pid!);
    const before = await this.stateRequests();
    const load = (await ask(driver, { type: 'load', job }, (durationSec + 120) * 1000)).result!;
    await sleep(300); // requests still in flight when autocannon stopped
    const after = await this.stateRequests();
    const cpuTarget = cpuOfTree(target.pid) - cpuTarget0;
    const cpuSystem = this.systemCpuMs() - cpuSystem0;
    const cpuSubgraphs = cpuMsOf(system.pid!) - cpuSubgraphs0;
    if (scenario.who === 'cold') this.usedCold(load);
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
  }

  /** Unmeasured: every target through every scenario it runs, so the JIT and the plan caches are warm. */
  async warmUp(scenarios: Scenario[], targetsOf: (scenario: Scenario) => Target[]): Promise<void> {
    const { options, driver } = this.lab;
    if (options.warmupSec <= 0) return;
    const allTargets = [...new Set(scenarios.flatMap(targetsOf))];
    console.log(`warming up: ${options.warmupSec} s per target...`);
    for (const target of allTargets) {
      const mine = scenarios.filter((s) => targetsOf(s).includes(target));
      const each = Math.max(1, Math.round(options.warmupSec / mine.length));
      for (const scenario of mine) {
        const job = this.jobFor(scenario, target, each, this.connectionsOf(scenario));
        const check = (await ask(driver, { type: 'check', job }, 30_000)).check!;
        if (!check.ok) throw new Error(`${target.label}, ${scenario.title}: the first response is not a clean answer (HTTP ${check.status}): ${check.excerpt}`);
        const load = (await ask(driver, { type: 'load', job }, (each + 120) * 1000)).result!;
        if (scenario.who === 'cold') this.usedCold(load);
      }
    }
  }

  /** A load checked first (its first answer clean), then measured with the mocks' latencies set afresh. */
  async checkedLoad(message: LoadMessage, what: string): Promise<LoadResult> {
    const { driver } = this.lab;
    const check = (await ask(driver, message.type === 'load' ? { type: 'check', job: message.job } : { ...message, check: true }, 30_000)).check!;
    if (!check.ok) throw new Error(`${what}: the first response is not a clean answer (HTTP ${check.status}): ${check.excerpt}`);
    await this.setLatency();
    return (await ask(driver, message, (message.job.durationSec + 120) * 1000)).result!;
  }
}


/**
 * The warm whole dossier against its parts (report.ts, subgraphsAlone): each subgraph alone, the
 * plan floor and our gateway, side by side in every round, at the scenarios' connections and at one.
 */
export async function measureAlone(lab: Lab, m: Measurement, warmScenario: Scenario, ours: Target, planFetches: PlanSteps): Promise<AloneRound[]> {
  const { options, subgraphs } = lab;
  const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
  const planJob = (connections: number, durationSec: number): PlanJob => ({
    steps: planFetches.map((step) => step.map((f) => ({ url: subgraphUrls[f.subgraph]!, body: f.body }))),
    connections,
    durationSec,
    person: DEMO_PERSON,
  });
  const alone: AloneRound[] = [];
  const levels = [...new Set([options.connections, 1])];
  for (let round = 1; round <= options.rounds; round++) {
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
        say(`${s.name} alone`, (bySubgraph[s.name] = await m.checkedLoad({ type: 'load', job }, `${s.name} subgraph`)));
      }
      const floor = await m.checkedLoad({ type: 'plan', job: planJob(connections, durationSec) }, 'the plan floor');
      say('plan floor', floor);
      const oursLoad = await m.checkedLoad({ type: 'load', job: m.jobFor(warmScenario, ours, durationSec, connections) }, 'our gateway');
      say('ours (warm dossier)', oursLoad);
      alone.push({ round, connections, ours: oursLoad, floor, subgraphs: bySubgraph });
    }
  }
  return alone;
}
