/** What the benchmark measures: its scenarios, the targets each runs against, and whom it asks about. */
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import type { BenchPerson, LoadJob } from './common.js';
import type { ScenarioId } from './options.js';

export interface Scenario {
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

export const SCENARIOS: Scenario[] = [
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

export type TargetId = 'ours' | 'hive' | 'hive-nodedup' | 'subgraph';

export interface Target {
  id: TargetId;
  label: string;
  url: string;
  auth: LoadJob['auth'];
  /** The process serving it (for its CPU and memory). */
  pid: number;
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
};

export const TARGET_LABELS: Record<TargetId, string> = {
  ours: 'ours (Apollo Gateway 2.14)',
  hive: 'Hive Gateway 2.15, default (dedup on)',
  'hive-nodedup': 'Hive Gateway 2.15, dedup off',
  subgraph: 'civil-registry subgraph, direct (floor)',
};
