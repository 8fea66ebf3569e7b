/**
 * The floor under any gateway: the subgraph requests of an operation's query plan, and nothing
 * else. The driver sends them itself, step after step, each step's requests at once, as a gateway
 * that cost nothing would: no token, no planning, no merging of answers, no shaping, no access log.
 *
 * The plan is Apollo's own (the query planner Apollo Gateway uses, over the same supergraph), so
 * the requests are the very ones a gateway sends. Only plans of the caller's own entity are
 * supported (root fetches of `me`, and entity fetches of its other sections under `me`): anything
 * else is refused, not approximated. Since every state-system subgraph serves `me`
 * (subgraphs/kit/root.ts), the whole dossier is one step: seven root fetches at once.
 */
import { parse, type DocumentNode } from 'graphql';
import { gatewayRequire } from '../gateway/operation-memo.js';
import { gatewaySupergraph } from '../gateway/scopes.js';
import { readSupergraph } from '../schema/supergraph.js';

/** One subgraph request of the plan. */
export interface PlanFetch {
  subgraph: string;
  /** The JSON body, as a gateway would POST it. */
  body: string;
}

/** The plan as steps: each step's fetches go out together, a step once the one before has answered. */
export type PlanSteps = PlanFetch[][];

export type PlanNode =
  | { kind: 'Sequence' | 'Parallel'; nodes: PlanNode[] }
  | { kind: 'Flatten'; path: Array<string | number>; node: PlanNode }
  | { kind: 'Fetch'; serviceName: string; operation: string; operationName?: string; variableUsages?: string[]; requires?: unknown }
  | { kind: string };

interface Planning {
  Supergraph: { build(sdl: string): { apiSchema(): object } };
  operationFromDocument(schema: object, document: DocumentNode, options: { operationName: string }): object;
}

/** Apollo's query plan of `operationName` in `document`, over the committed supergraph, as Apollo Gateway makes it. */
export function queryPlan(document: string, operationName: string): { node?: PlanNode } {
  const internals = gatewayRequire('@apollo/federation-internals') as Planning;
  const { QueryPlanner } = gatewayRequire('@apollo/query-planner') as {
    QueryPlanner: new (supergraph: object) => { buildQueryPlan(operation: object): { node?: PlanNode } };
  };
  const supergraph = internals.Supergraph.build(gatewaySupergraph(readSupergraph()));
  const operation = internals.operationFromDocument(supergraph.apiSchema(), parse(document), { operationName });
  return new QueryPlanner(supergraph).buildQueryPlan(operation);
}

/**
 * The fetches of `operationName` in `document` for one person, `iin`: the root fetches ask as the
 * caller does, the entity fetches carry that person's representation.
 */
export function planSteps(document: string, operationName: string, iin: string): PlanSteps {
  const plan = queryPlan(document, operationName);
  if (!plan.node) throw new Error(`${operationName}: the plan has no fetch`);
  const representation = { __typename: 'Person', iin };

  const fetchOf = (node: PlanNode, flattened: boolean): PlanFetch => {
    if (node.kind !== 'Fetch' || !('serviceName' in node)) throw new Error(`${operationName}: a ${node.kind} node where a fetch was expected`);
    if (flattened !== Boolean(node.requires)) throw new Error(`${operationName}: a fetch of ${node.serviceName} that is not a plain root or entity fetch`);
    const usages = node.variableUsages ?? [];
    if (usages.length > 0) throw new Error(`${operationName}: fetches with variables (${usages.join(', ')}) are not supported here`);
    const variables = flattened ? { representations: [representation] } : undefined;
    return { subgraph: node.serviceName, body: JSON.stringify({ query: node.operation, variables, operationName: node.operationName }) };
  };
  /** One step: a fetch, or fetches side by side (a Flatten is an entity fetch under a path). */
  const stepOf = (node: PlanNode): PlanFetch[] => {
    if (node.kind === 'Parallel' && 'nodes' in node) return node.nodes.flatMap(stepOf);
    if (node.kind === 'Flatten' && 'node' in node) {
      // the caller's own entity; a list of others (children, say) would need their representations
      if (node.path.join('.') !== 'me') throw new Error(`${operationName}: an entity fetch under ${node.path.join('.')}, not under me`);
      return [fetchOf(node.node, true)];
    }
    return [fetchOf(node, false)];
  };
  const root = plan.node;
  return root.kind === 'Sequence' && 'nodes' in root ? root.nodes.map(stepOf) : [stepOf(root)];
}
