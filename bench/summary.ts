/** What a run measured, summarized: figures per scenario and target, ratios between targets, the machine. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { median, sum, type LoadResult } from './common.js';
import type { ScenarioId } from './options.js';
import { ROOT } from './processes.js';
import type { Scenario, Target, TargetId } from './scenarios.js';

export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round2 = (x: number) => Math.round(x * 100) / 100;
export const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(ms < 10 ? 1 : 0) : '-').padStart(5);
export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export interface RunRecord {
  scenario: ScenarioId;
  target: TargetId;
  round: number;
  /** Concurrent connections of the run: the scenario's load, or one. */
  connections: number;
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

export interface Environment {
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

export function describeEnvironment(accessLog: string, cache: string, population: number, elapsedMs: number): Environment {
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
    cache,
    population,
    wallClockSec: Math.round(elapsedMs / 1000),
  };
}

export interface Cell {
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

export interface Ratio {
  versus: TargetId;
  /** Ours ÷ theirs, the median of the rounds' ratios (each from neighbouring runs). */
  rps: number;
  p50: number;
  p99: number;
  cpuPerOp: number;
}

export interface Summary {
  /** By row: a scenario at its load (keyed by its id) or at one connection (`<id>@1`). */
  cells: Record<string, Partial<Record<TargetId, Cell>>>;
  ratios: Record<string, Ratio[]>;
  rows: Array<{ key: string; scenario: ScenarioId; connections: number }>;
}

export function summarize(records: RunRecord[], scenarios: Scenario[], targets: Target[], idleRss: Record<string, number>): Summary {
  const cells: Summary['cells'] = {};
  const ratios: Summary['ratios'] = {};
  const rows: Summary['rows'] = [];
  const ids = [...new Set(targets.map((t) => t.id))];
  for (const scenario of scenarios) {
    const mine = records.filter((r) => r.scenario === scenario.id);
    const levels = [...new Set(mine.map((r) => r.connections))].sort((a, b) => b - a);
    for (const connections of levels) {
      const key = connections === levels[0] ? scenario.id : `${scenario.id}@${connections}`;
      rows.push({ key, scenario: scenario.id, connections });
      const at = mine.filter((r) => r.connections === connections);
      cells[key] = {};
      for (const id of ids) {
        const runs = at.filter((r) => r.target === id);
        if (runs.length === 0) continue;
        const requests = sum(runs.map((r) => r.load.requests));
        const bySystem: Record<string, number> = {};
        for (const r of runs) for (const [name, n] of Object.entries(r.stateRequests)) bySystem[name] = (bySystem[name] ?? 0) + n;
        cells[key]![id] = {
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
      ratios[key] = [];
      const oursRuns = at.filter((r) => r.target === 'ours');
      for (const versus of ids.filter((id) => id !== 'ours')) {
        const pairs = oursRuns
          .map((o) => [o, at.find((r) => r.target === versus && r.round === o.round)] as const)
          .filter((p): p is readonly [RunRecord, RunRecord] => p[1] !== undefined);
        if (pairs.length === 0) continue;
        const ratio = (f: (r: RunRecord) => number) => round2(median(pairs.map(([o, t]) => f(o) / f(t))));
        ratios[key]!.push({
          versus,
          rps: ratio((r) => r.load.rps),
          p50: ratio((r) => r.load.latency.p50),
          p99: ratio((r) => r.load.latency.p99),
          cpuPerOp: ratio((r) => r.targetCpuMsPerOp),
        });
      }
    }
  }
  return { cells, ratios, rows };
}
