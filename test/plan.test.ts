/**
 * The query plans of the common operations, as Apollo Gateway's planner makes them over the committed
 * supergraph: `me` and `person(iin)` are served by every state-system subgraph (subgraphs/kit/root.ts),
 * so a query about one person asks every subgraph it needs in ONE parallel step.
 */
import { describe, expect, it } from 'vitest';
import { queryPlan, type PlanNode } from '../bench/plan-floor.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { operation } from './operations.js';
import { SECTIONS } from '../schema/sections.js';

/** A plan as a small tree: fetches by subgraph (sorted within a parallel step), entity fetches with their path. */
type Shape = string | { sequence: Shape[] } | { parallel: Shape[] };
function shapeOf(node: PlanNode): Shape {
  if ((node.kind === 'Sequence' || node.kind === 'Parallel') && 'nodes' in node) {
    const inner = node.nodes.map(shapeOf);
    return node.kind === 'Sequence' ? { sequence: inner } : { parallel: inner.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) };
  }
  if (node.kind === 'Flatten' && 'node' in node) return `${String(shapeOf(node.node))} under ${node.path.join('.')}`;
  if (node.kind === 'Fetch' && 'serviceName' in node) return node.serviceName;
  return node.kind;
}
const planOf = (document: string, name: string) => shapeOf(queryPlan(document, name).node!);

/** Every state-system subgraph, in the order the planner lists them (by name). */
const ALL = SECTIONS.map((s) => s.subgraph).sort();
const OTHERS = ALL.filter((s) => s !== 'civil-registry');

describe('query plans', () => {
  it('WholeDossier: one parallel step of a root fetch per subgraph, no entity fetch', () => {
    expect(planOf(operation('WholeDossier'), 'WholeDossier')).toEqual({ parallel: ALL });
  });

  it('a query over three sections: one step of exactly those three subgraphs', () => {
    const small = 'query Small { me { name { full } vehicles { plate } fines(paid: false) { amount } } }';
    expect(planOf(small, 'Small')).toEqual({ parallel: ['civil-registry', 'fines', 'vehicles'] });
  });

  it('person(iin) of one section: one fetch of that subgraph alone', () => {
    const one = `query One { person(iin: "${DEMO.son}") { vehicles { plate } } }`;
    expect(planOf(one, 'One')).toEqual('vehicles');
  });

  it('the key alone, or the access log: `me` comes from a state-system subgraph, never the gateway’s access-log slice (it answers no root field)', () => {
    expect(planOf('query Key { me { iin } }', 'Key')).not.toEqual('access-log');
    expect(ALL).toContain(planOf('query Key { me { iin } }', 'Key'));
    expect(planOf('query Log { me { accessLog(first: 1) { edges { cursor } } } }', 'Log')).toMatchObject({
      sequence: [expect.any(String), 'access-log under me'],
    });
  });

  it('IdentitySummary: one fetch of the civil registry', () => {
    expect(planOf(operation('IdentitySummary'), 'IdentitySummary')).toEqual('civil-registry');
  });

  it('ChildrenDossiers: the civil registry (who the children are), then every other section of all of them at once', () => {
    expect(planOf(operation('ChildrenDossiers'), 'ChildrenDossiers')).toEqual({
      sequence: ['civil-registry', { parallel: OTHERS.map((s) => `${s} under me.children.@`) }],
    });
  });

  it('RefreshSections: the refresh (with the civil registry’s fresh section), then the other sections at once', () => {
    expect(planOf(operation('RefreshSections'), 'RefreshSections')).toEqual({
      sequence: ['civil-registry', { parallel: OTHERS.map((s) => `${s} under refreshDossier.person`) }],
    });
  });

  it('changesFound on a refresh: resolved by the gateway AFTER every watched section was read (it requires their freshness)', () => {
    const refresh = 'mutation R { refreshDossier(sections: [QUEUES]) { person { queuesFreshness { source } changesFound { kind } } } }';
    const watched = ['e-kyzmet', 'fines', 'licences', 'property', 'queues', 'social-benefits'];
    expect(planOf(refresh, 'R')).toEqual({
      sequence: ['civil-registry', { parallel: watched.map((s) => `${s} under refreshDossier.person`) }, 'access-log under refreshDossier.person'],
    });
    expect(planOf(operation('RefreshWithChanges'), 'RefreshWithChanges')).toEqual({
      sequence: ['civil-registry', { parallel: watched.map((s) => `${s} under refreshDossier.person`) }, 'access-log under refreshDossier.person'],
    });
  });
});
