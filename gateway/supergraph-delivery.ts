/**
 * Supergraph delivery: the gateway's supergraph from a file (SUPERGRAPH_PATH) or over HTTP
 * (SUPERGRAPH_URL, e.g. the artefact a CI job publishes), checked for changes every
 * SUPERGRAPH_POLL_MS and swapped live through Apollo Gateway's `supergraphSdl` function: requests
 * in flight finish as they started, new ones are planned on the new supergraph (ScopedGateway
 * takes the new scope rules with it). A supergraph that does not parse or compose, or that lacks
 * what the gateway's policies need, is refused with an error log, and the one in service is kept.
 */
import type { SupergraphSdlHook } from '@apollo/gateway';
import { Kind, parse, valueFromASTUntyped, type DocumentNode } from 'graphql';
import { readFile } from 'node:fs/promises';
import { createLogger, describeError } from '../runtime/log.js';
import { supergraphUpdates } from '../runtime/metrics.js';
import { scopeRulesOf } from '../schema/scopes.js';
import { ACCESS_LOG_SUBGRAPH } from '../schema/sections.js';
import { gatewaySupergraph } from './scopes.js';
import { configOf, type Env } from '../runtime/config.js';

const log = createLogger('gateway');

export interface SupergraphDelivery {
  /** Where it is read: a file path or an http(s) URL. */
  from: string;
  /** How often it is checked for changes (ms); 0 reads it once. */
  pollMs: number;
}

export const DEFAULT_SUPERGRAPH_POLL_MS = 10_000;

/** SUPERGRAPH_PATH or SUPERGRAPH_URL (not both) with SUPERGRAPH_POLL_MS; none: the committed file, read once. */
export function supergraphDeliveryFromEnv(env?: Env): SupergraphDelivery | undefined {
  // runtime/config.ts refuses both at once, and a poll that is not a whole number of milliseconds
  const { SUPERGRAPH_PATH: path, SUPERGRAPH_URL: url, SUPERGRAPH_POLL_MS: pollMs } = configOf(env);
  if (!path && !url) return undefined;
  return { from: (path ?? url)!, pollMs };
}

/** The supergraph's text, as it is now. */
export async function readDelivered(from: string): Promise<string> {
  if (!/^https?:\/\//.test(from)) return readFile(from, 'utf8');
  const response = await fetch(from, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`the supergraph URL answered HTTP ${response.status}`);
  return response.text();
}

/**
 * Why the gateway's policies cannot run on this supergraph, or undefined when they can: it must
 * parse, keep the access-log slice (no dossier is served unrecorded), hold `@requiresScopes`
 * rules, and not drop or weaken the rule of any field that keeps its name (`current`).
 */
export function policyProblem(next: string, current?: string): string | undefined {
  let document: DocumentNode;
  try {
    document = parse(next);
  } catch (error) {
    return `it does not parse: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!hasAccessLogSlice(document)) return `it has no ${ACCESS_LOG_SUBGRAPH} subgraph serving Person.accessLog`;
  const rules = scopeRulesOf(document);
  if (rules.size === 0) return 'it has no @requiresScopes rules';
  if (current) {
    const fields = fieldsOf(document);
    for (const [field, rule] of scopeRulesOf(parse(current))) {
      if (fields.has(field) && JSON.stringify(rules.get(field)) !== JSON.stringify(rule)) return `it changes the @requiresScopes rule of ${field}`;
    }
  }
  return undefined;
}

/** Every field coordinate (`Type.field`) of object types. */
function fieldsOf(document: DocumentNode): Set<string> {
  const fields = new Set<string>();
  for (const def of document.definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION)
      for (const f of def.fields ?? []) fields.add(`${def.name.value}.${f.name.value}`);
  }
  return fields;
}

/** The join__Graph value named access-log, and Person.accessLog joined to it. */
function hasAccessLogSlice(document: DocumentNode): boolean {
  let graph: string | undefined;
  for (const def of document.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const join = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = join?.arguments?.find((a) => a.name.value === 'name');
      if (name && valueFromASTUntyped(name.value) === ACCESS_LOG_SUBGRAPH) graph = value.name.value;
    }
  }
  if (!graph) return false;
  return document.definitions.some(
    (def) =>
      (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      def.name.value === 'Person' &&
      def.fields?.some(
        (f) =>
          f.name.value === 'accessLog' &&
          f.directives?.some(
            (d) =>
              d.name.value === 'join__field' && d.arguments?.some((a) => a.name.value === 'graph' && a.value.kind === Kind.ENUM && a.value.value === graph),
          ),
      ),
  );
}

/**
 * Apollo Gateway's `supergraphSdl` function: starts on `initial` (already checked by whoever read
 * it), then reads `delivery.from` every `pollMs` and hands Apollo Gateway each changed supergraph
 * that passes the policy checks; Apollo Gateway itself refuses one that does not compose.
 */
export function deliveredSupergraph(initial: string, delivery: SupergraphDelivery): SupergraphSdlHook {
  return async ({ update }) => {
    const problem = policyProblem(initial);
    if (problem) throw new Error(`The supergraph at ${delivery.from} cannot be served: ${problem}`);
    let current = initial;
    let refused: string | undefined;
    let checking = false;
    const refuse = (next: string, why: string) => {
      refused = next;
      supergraphUpdates.inc({ outcome: 'refused' });
      log.error('supergraph_refused', { from: delivery.from, message: `the new supergraph was refused (${why}); the one in service is kept` });
    };
    const check = async () => {
      if (checking) return;
      checking = true;
      try {
        let next: string;
        try {
          next = await readDelivered(delivery.from);
        } catch (error) {
          log.warn('supergraph_unreadable', { from: delivery.from, ...describeError(error) });
          return;
        }
        if (next === current || next === refused) return;
        const problem = policyProblem(next, current);
        if (problem) return refuse(next, problem);
        try {
          update(gatewaySupergraph(next));
        } catch (error) {
          return refuse(next, `it does not compose: ${error instanceof Error ? error.message : String(error)}`);
        }
        current = next;
        refused = undefined;
        supergraphUpdates.inc({ outcome: 'applied' });
        log.info('supergraph_updated', { from: delivery.from });
      } finally {
        checking = false;
      }
    };
    const timer = delivery.pollMs > 0 ? setInterval(() => void check(), delivery.pollMs) : undefined;
    timer?.unref();
    return { supergraphSdl: gatewaySupergraph(initial), cleanup: async () => clearInterval(timer) };
  };
}
