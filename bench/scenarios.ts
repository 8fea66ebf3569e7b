/** What the benchmark measures: its scenarios, the targets each runs against, and whom it asks about. */
import type { ChildProcess } from 'node:child_process';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import type { BenchPerson, LoadJob } from './common.js';
import type { ScenarioId } from './options.js';

export interface Scenario {
  id: ScenarioId;
  title: string;
  operation: string;
  variables?: Record<string, unknown>;
  /**
   * `demo`: the demo user every request, one citizen repeating one query (what merging identical
   * in-flight requests is best at); `cold`: each request a person not seen before; `many`: the
   * citizens of the warm set in turn, all cached (no two concurrent requests alike); `mix`: the
   * portal mix (bench/mix.ts) over the warm set, cold persons and the clients.
   */
  who: 'demo' | 'cold' | 'many' | 'mix';
  /** Whether our gateway looks up the caller's wards for this operation (so Hive's caller context carries them too). */
  wards: boolean;
  /** Also sent straight to the subgraph that owns it: the floor under the gateway's overhead. */
  floor?: { subgraph: string; query: string };
  /** The plan floor (bench/plan-floor.ts) runs beside it: the operation's query plan sent with no gateway. */
  plan?: boolean;
}

export const SCENARIOS: Scenario[] = [
  { id: 'warm-dossier', title: 'Whole dossier, warm cache, one citizen (merging case)', operation: 'WholeDossier', who: 'demo', wards: true, plan: true },
  { id: 'cold-dossier', title: 'Whole dossier, cold cache', operation: 'WholeDossier', who: 'cold', wards: true, plan: true },
  {
    id: 'children',
    title: 'Parent with children (ChildrenDossiers), warm, one citizen (merging case)',
    operation: 'ChildrenDossiers',
    who: 'demo',
    wards: true,
  },
  {
    id: 'identity',
    title: 'Small query (IdentitySummary), one citizen (merging case)',
    operation: 'IdentitySummary',
    who: 'demo',
    wards: false,
    floor: { subgraph: 'civil-registry', query: '{ me { iin name { full } birthDate } }' },
    plan: true,
  },
  {
    id: 'refresh',
    title: 'Refresh VEHICLES, then read (RefreshSections), one citizen (merging case)',
    operation: 'RefreshSections',
    variables: { sections: ['VEHICLES'] },
    who: 'demo',
    wards: true,
  },
  { id: 'warm-many', title: 'Whole dossier, warm cache, many citizens in turn', operation: 'WholeDossier', who: 'many', wards: true, plan: true },
  { id: 'mix', title: 'Portal mix, many citizens (portal, mobile, telegram-bot)', operation: 'mix', who: 'mix', wards: true },
];

/**
 * `ours` over the subgraphs caching in Redis; `ours-memory` the same gateway over subgraphs with the
 * in-process cache (an extra row); `ours-logs` ours with its logs at info, `ours-traced` with logs at
 * info and OpenTelemetry tracing on in the gateway and its subgraphs (`--telemetry`); Hive, merging identical in-flight subgraph requests (its default)
 * and not; `subgraph` the civil-registry subgraph asked straight; `floor` the plan floor.
 */
export type TargetId = 'ours' | 'ours-memory' | 'ours-logs' | 'ours-traced' | 'hive' | 'hive-nodedup' | 'subgraph' | 'floor';

/** The extra rows of `--telemetry`, measured on the warm whole dossier only. */
export const TELEMETRY_TARGETS: readonly TargetId[] = ['ours-logs', 'ours-traced'];

export interface Target {
  id: TargetId;
  label: string;
  url: string;
  auth: LoadJob['auth'];
  /** The process serving it (for its CPU and memory). */
  pid: number;
  /** The subgraphs' process behind it (its cache is what a cold run clears). */
  system: ChildProcess;
}

export const DEMO_PERSON: BenchPerson = { iin: DEMO.user, wards: [DEMO.elderSon, DEMO.daughter, DEMO.son] };

/** Each subgraph's slice of the whole dossier: its fragment in test/operations/dossier.graphql. */
export const SLICES: Record<string, string> = {
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

export const TARGET_LABELS: Record<TargetId, string> = {
  ours: 'ours (Apollo Gateway 2.14), Redis cache',
  'ours-memory': 'ours, in-process cache (extra: not production)',
  'ours-logs': 'ours, logs at info (a line per request)',
  'ours-traced': 'ours, logs at info, tracing on (OTLP to a local sink)',
  hive: 'Hive Gateway 2.15, default (dedup on)',
  'hive-nodedup': 'Hive Gateway 2.15, dedup off',
  subgraph: 'civil-registry subgraph, direct (floor)',
  floor: 'plan floor (no gateway)',
};
