/** The warm whole dossier against its parts: each subgraph alone, the plan floor and our gateway (report.ts, subgraphsAlone). */
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { entitiesOperation } from '../test/operations.js';
import type { LoadJob, LoadResult, PlanJob } from './common.js';
import type { Lab, Measurement } from './measurement.js';
import type { PlanSteps } from './plan-floor.js';
import type { AloneRound } from './report.js';
import { DEMO_PERSON, SLICES, type Scenario, type Target } from './scenarios.js';
import { fmt } from './summary.js';

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
    persons: [DEMO_PERSON],
  });
  const alone: AloneRound[] = [];
  const levels = [...new Set([options.connections, 1])];
  for (let round = 1; round <= options.rounds; round++) {
    for (const connections of levels) {
      const durationSec = Math.max(2, Math.round(options.durationSec / (connections === 1 ? 3 : 2)));
      const say = (what: string, l: LoadResult) =>
        console.log(
          `round ${round} c=${String(connections).padEnd(3)} ${what.padEnd(21)} ${String(l.rps).padStart(7)} req/s  p50 ${fmt(l.latency.p50)} p95 ${fmt(l.latency.p95)} p99 ${fmt(l.latency.p99)} ms`,
        );
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
      const oursLoad = await m.checkedLoad({ type: 'load', job: m.loadJob(warmScenario, ours, durationSec, connections) }, 'our gateway');
      say('ours (warm dossier)', oursLoad);
      alone.push({ round, connections, ours: oursLoad, floor, subgraphs: bySubgraph });
    }
  }
  return alone;
}
