/**
 * Measuring: the system the benchmark started (a `Lab`), and one measured run of a scenario
 * against a target on it: a checked first answer, the mocks' latencies set afresh, the load, and
 * what it cost (state-system requests, CPU, peak memory).
 */
import type { ChildProcess } from 'node:child_process';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { operation } from '../test/operations.js';
import {
  ask,
  cpuMsOf,
  processTree,
  rssOf,
  sum,
  type BenchPerson,
  type LoadJob,
  type LoadResult,
  type PlanJob,
  type Precheck,
  type SubgraphInfo,
} from './common.js';
import { portalMix } from './mix.js';
import type { Options } from './options.js';
import { planSteps, type PlanSteps } from './plan-floor.js';
import { sleep } from './processes.js';
import { DEMO_PERSON, type Scenario, type Target } from './scenarios.js';
import { mb, round2, type RunRecord } from './summary.js';

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
  stateSystems: ChildProcess;
  subgraphs: SubgraphInfo[];
  /** Persons for cold reads, taken in turn. */
  coldPool: BenchPerson[];
  /** The citizens of the many-citizen scenarios (adults, not in the cold pool), cached before those run. */
  warmSet: BenchPerson[];
  sampler: RssSampler;
}

/** A load checked first (its first answer clean), then measured with the mocks' latencies set afresh. */
export type LoadMessage = { type: 'load'; job: LoadJob } | { type: 'plan'; job: PlanJob };

/** What two gateways answered, compared without the freshness of each section (when, from where). */
const comparable = (data: unknown): string => JSON.stringify(data, (key, value: unknown) => (key.endsWith('Freshness') ? undefined : value));

export class Measurement {
  /** Cold persons: taken in turn from the pool, never twice in a run; the cache is cleared before each cold run. */
  private coldCursor = 0;
  private readonly plans = new Map<string, PlanSteps>();
  private readonly subgraphUrls: Record<string, string>;
  /** The first answer of each demo/many/mix scenario from our gateway: what every other gateway must answer too. */
  private readonly reference = new Map<string, string>();

  constructor(private readonly lab: Lab) {
    this.subgraphUrls = Object.fromEntries(lab.subgraphs.map((s) => [s.name, s.url]));
  }

  /** CPU of a target's subgraphs and the state systems (ms). */
  private systemCpuMs(target: Target): number {
    return cpuMsOf(target.system.pid!) + cpuMsOf(this.lab.stateSystems.pid!);
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
      await Promise.all(
        this.lab.subgraphs.map(async (s) => [s.name, ((await (await fetch(`${s.mockUrl}/_mock/stats`)).json()) as { requests: number }).requests] as const),
      ),
    );
  }

  private takeCold(n: number): BenchPerson[] {
    const { coldPool } = this.lab;
    const taken: BenchPerson[] = [];
    for (let i = 0; i < Math.min(n, coldPool.length); i++) taken.push(coldPool[(this.coldCursor + i) % coldPool.length]!);
    return taken;
  }

  /** After a cold load: its persons (and the checked one) are used up. */
  usedCold(n: number): void {
    this.coldCursor = (this.coldCursor + n) % this.lab.coldPool.length;
  }

  /** The query plan of a scenario's operation, as the plan floor sends it. */
  planOf(scenario: Scenario): PlanSteps {
    let plan = this.plans.get(scenario.operation);
    if (!plan) this.plans.set(scenario.operation, (plan = planSteps(operation(scenario.operation), scenario.operation, DEMO.user)));
    return plan;
  }

  /** Whom a scenario's requests are about, for a load of this size. */
  private personsOf(scenario: Scenario, target: Target, durationSec: number, connections: number): BenchPerson[] {
    if (scenario.who === 'many') return this.lab.warmSet;
    // ≤ 10 requests a second per connection when every state system is asked (≥ 80 ms), with room to spare
    if (scenario.who === 'cold') return this.takeCold(Math.ceil(connections * durationSec * 15) + 1);
    return [target.id === 'subgraph' || !scenario.wards ? { ...DEMO_PERSON, wards: [] } : DEMO_PERSON];
  }

  /** A load of a scenario against a gateway or a subgraph (not the plan floor). */
  loadJob(scenario: Scenario, target: Target, durationSec: number, connections: number): LoadJob & { coldUsed: number } {
    const base = { url: target.url, connections, durationSec, auth: target.auth };
    if (scenario.who === 'mix') {
      // room for 60 requests a second per connection; past that, the sequence starts over
      const mix = portalMix(Math.ceil(connections * durationSec * 60) + 1, this.lab.warmSet, (n) => this.takeCold(n));
      return { ...base, body: mix.sequence[0]!.body, persons: mix.persons, sequence: mix.sequence, coldUsed: mix.coldUsed };
    }
    const persons = this.personsOf(scenario, target, durationSec, connections);
    const body =
      target.id === 'subgraph'
        ? JSON.stringify({ query: scenario.floor!.query })
        : JSON.stringify({ query: operation(scenario.operation), operationName: scenario.operation, variables: scenario.variables ?? {} });
    return { ...base, body, persons, coldUsed: scenario.who === 'cold' ? persons.length : 0 };
  }

  /** What a run of a scenario against a target sends: a load, or the plan floor's passes. */
  messageFor(scenario: Scenario, target: Target, durationSec: number, connections: number): { message: LoadMessage; coldUsed: number } {
    if (target.id !== 'floor') {
      const { coldUsed, ...job } = this.loadJob(scenario, target, durationSec, connections);
      return { message: { type: 'load', job }, coldUsed };
    }
    const persons = this.personsOf(scenario, target, durationSec, connections);
    const steps = this.planOf(scenario).map((step) => step.map((f) => ({ url: this.subgraphUrls[f.subgraph]!, body: f.body })));
    return { message: { type: 'plan', job: { steps, connections, durationSec, persons } }, coldUsed: scenario.who === 'cold' ? persons.length : 0 };
  }

  connectionsOf(scenario: Scenario): number {
    return scenario.who === 'cold' ? this.lab.options.coldConnections : this.lab.options.connections;
  }

  private async clearCache(target: Target): Promise<void> {
    await ask(target.system, { type: 'clear-cache' }, 30_000);
  }

  private async check(message: LoadMessage): Promise<Precheck> {
    return (await ask(this.lab.driver, message.type === 'load' ? { type: 'check', job: message.job } : { ...message, check: true }, 30_000)).check!;
  }

  /**
   * Caches the warm set's whole dossiers (every section) through a gateway of that system: each
   * citizen once. Before each many-citizen scenario, so that what a cold run cleared, or the shortest
   * TTL (service requests, 2 min) let go, is cached again.
   */
  async prime(through: Target): Promise<void> {
    const body = JSON.stringify({ query: operation('WholeDossier'), operationName: 'WholeDossier', variables: {} });
    // a few at a time: a cold whole dossier asks all seven state systems at once
    const job: LoadJob = { url: through.url, body, connections: 8, durationSec: 1, auth: through.auth, persons: this.lab.warmSet };
    const done = (await ask(this.lab.driver, { type: 'prime', job }, 600_000)).check!;
    if (!done.ok) throw new Error(`caching the warm set through ${through.label} failed: ${done.excerpt}`);
  }

  /**
   * The first answer of a scenario for one person is the same from every gateway (freshness aside):
   * Hive runs the very supergraph ours does, and must answer alike. Not for cold persons (each
   * target has its own).
   */
  private compare(scenario: Scenario, target: Target, check: Precheck): void {
    if (scenario.who === 'cold' || target.id === 'subgraph' || target.id === 'floor' || !check.ok) return;
    const key = `${scenario.id}:${target.auth}`;
    const answer = comparable(check.data);
    const reference = this.reference.get(scenario.id);
    if (reference === undefined) this.reference.set(scenario.id, answer);
    else if (reference !== answer) {
      throw new Error(
        `${target.label}, ${scenario.title}: the first answer differs from another gateway's (${key}):\n${answer.slice(0, 400)}\n${reference.slice(0, 400)}`,
      );
    }
  }

  /** One measured run: check a response, reset the mocks' counts, load, read the counts. */
  async measure(scenario: Scenario, target: Target, round: number, durationSec: number, connections = this.connectionsOf(scenario)): Promise<RunRecord> {
    const { driver, sampler, subgraphs } = this.lab;
    const { message, coldUsed } = this.messageFor(scenario, target, durationSec, connections);
    const check = await this.check(message);
    this.compare(scenario, target, check);
    if (scenario.who === 'cold') {
      message.job.persons = message.job.persons.slice(1); // the checked person's data is cached now
      await this.clearCache(target);
    }
    await this.setLatency();
    const serving = target.id === 'floor' ? target.system.pid! : target.pid;
    sampler.watch(serving);
    const cpuTarget0 = cpuOfTree(serving);
    const cpuSystem0 = this.systemCpuMs(target);
    const cpuSubgraphs0 = cpuMsOf(target.system.pid!);
    const before = await this.stateRequests();
    const load = (await ask(driver, message, (durationSec + 120) * 1000)).result!;
    await sleep(300); // requests still in flight when autocannon stopped
    const after = await this.stateRequests();
    const cpuTarget = cpuOfTree(serving) - cpuTarget0;
    const cpuSystem = this.systemCpuMs(target) - cpuSystem0;
    const cpuSubgraphs = cpuMsOf(target.system.pid!) - cpuSubgraphs0;
    if (coldUsed > 0) this.usedCold(scenario.who === 'cold' ? 1 + load.personsUsed : coldUsed);
    const requests = Object.fromEntries(subgraphs.map((s) => [s.name, after[s.name]! - before[s.name]!]));
    const n = Math.max(1, load.requests);
    return {
      scenario: scenario.id,
      target: target.id,
      round,
      connections,
      load,
      precheck: { ok: check.ok, status: check.status, excerpt: check.excerpt },
      stateRequests: requests,
      stateRequestsPerOp: round2(sum(Object.values(requests)) / n),
      targetCpuMsPerOp: round2((target.id === 'subgraph' || target.id === 'floor' ? cpuSubgraphs : cpuTarget) / n),
      systemCpuMsPerOp: round2(cpuSystem / n),
      targetPeakRssMb: mb(sampler.peak()),
    };
  }

  /** Unmeasured: every target through every scenario it runs, so the JIT and the plan caches are warm. */
  async warmUp(scenarios: Scenario[], targetsOf: (scenario: Scenario) => Target[], primeThrough: (scenario: Scenario) => Target[]): Promise<void> {
    const { options, driver } = this.lab;
    if (options.warmupSec <= 0) return;
    const allTargets = [...new Set(scenarios.flatMap(targetsOf))];
    console.log(`warming up: ${options.warmupSec} s per target...`);
    for (const scenario of scenarios) for (const through of primeThrough(scenario)) await this.prime(through);
    for (const target of allTargets) {
      const mine = scenarios.filter((s) => targetsOf(s).includes(target));
      const each = Math.max(1, Math.round(options.warmupSec / mine.length));
      for (const scenario of mine) {
        const { message, coldUsed } = this.messageFor(scenario, target, each, this.connectionsOf(scenario));
        const check = await this.check(message);
        if (!check.ok) throw new Error(`${target.label}, ${scenario.title}: the first response is not a clean answer (HTTP ${check.status}): ${check.excerpt}`);
        this.compare(scenario, target, check);
        const load = (await ask(driver, message, (each + 120) * 1000)).result!;
        if (coldUsed > 0) this.usedCold(scenario.who === 'cold' ? 1 + load.personsUsed : coldUsed);
      }
    }
  }

  /** A load checked first (its first answer clean), then measured with the mocks' latencies set afresh. */
  async checkedLoad(message: LoadMessage, what: string): Promise<LoadResult> {
    const check = await this.check(message);
    if (!check.ok) throw new Error(`${what}: the first response is not a clean answer (HTTP ${check.status}): ${check.excerpt}`);
    await this.setLatency();
    return (await ask(this.lab.driver, message, (message.job.durationSec + 120) * 1000)).result!;
  }
}
