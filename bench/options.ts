/** The benchmark's command-line options (documented at the top of bench/run.ts). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config } from '../runtime/config.js';

/** A realistic latency per state system (ms), 20–80. */
export const DEFAULT_LATENCY_MS: Record<string, number> = {
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

export type ScenarioId = 'warm-dossier' | 'cold-dossier' | 'children' | 'identity' | 'refresh' | 'warm-many' | 'mix';
export const SCENARIO_IDS: ScenarioId[] = ['warm-dossier', 'cold-dossier', 'children', 'identity', 'refresh', 'warm-many', 'mix'];

export interface Options {
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
  /** Citizens of the warm many-citizen scenarios (each cached before they run). */
  citizens: number;
  /** The subgraphs' cache: Redis as in production (`redisUrl`, a prefix of the run's own), or in the process. */
  cache: 'redis' | 'memory';
  redisUrl: string;
  /** Also our gateway over subgraphs with the in-process cache, as an extra row (with a Redis cache only). */
  memoryRow: boolean;
  /**
   * Extra rows on the warm whole dossier: ours with its logs at info (a line per request), and ours
   * with logs at info and tracing on (gateway and subgraphs exporting every span over OTLP/HTTP to a
   * local sink): what logging and tracing cost.
   */
  telemetry: boolean;
}

export function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg} (see the top of bench/run.ts)`);
    flags.set(match[1]!, match[2] ?? 'true');
  }
  const known = [
    'quick',
    'profile',
    'rounds',
    'duration',
    'warmup',
    'connections',
    'cold-connections',
    'population',
    'latency',
    'access-log',
    'scenarios',
    'no-hive',
    'citizens',
    'cache',
    'no-memory-row',
    'telemetry',
    'no-telemetry',
    'help',
  ];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name} (see the top of bench/run.ts)`);
  if (flags.has('help')) {
    console.log(readFileSync(fileURLToPath(new URL('./run.ts', import.meta.url)), 'utf8').split('*/')[0]);
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
  const cache = flags.get('cache') ?? 'redis';
  if (cache !== 'redis' && cache !== 'memory') throw new Error('--cache is redis or memory');
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
    citizens: num('citizens', quick ? 200 : 1000, 10, 20_000),
    cache,
    redisUrl: config().BENCH_REDIS_URL,
    memoryRow: cache === 'redis' && mode !== 'profile' && !flags.has('no-memory-row'),
    // the full run measures what logs and tracing cost (issue 13's figures); others only when asked
    telemetry: mode === 'full' ? !flags.has('no-telemetry') : mode === 'quick' && flags.has('telemetry'),
  };
}
