/**
 * Who besides the caller may be read: the caller's children under 18, as the civil registry
 * knows them. When an operation can reach another person, the gateway asks the civil-registry
 * subgraph (its `callerWards` field, hidden from the public API) — once per caller for a short
 * while, or until the caller's civil-registry section is refreshed (a refresh may bring a child) —
 * and passes the answer to every subgraph inside the signed caller context. An operation about the
 * caller alone costs no lookup, so nothing stands in front of its query plan (`reachesOthers`).
 *
 * Replicas agree through the shared cache: the wards are kept with the generation of the caller's
 * civil-registry section they were read at, and reused only while Redis still says that
 * generation (one GET), so a refresh served by any replica makes every replica ask again, at once
 * (no message to miss or to race). Redis unreadable: asked afresh each time. Without Redis (one
 * process) the gateway forgets them after the caller's own mutation.
 */
import {
  getNamedType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type Caller, type CallerKey } from '../schema/caller.js';
import { BINDING_HEADER, CallerBinding } from '../schema/caller-binding.js';
import { checkIin } from '../schema/iin.js';
import { postText } from '../runtime/http-post.js';
import { injectTraceContext, inSpan, SpanKind } from '../runtime/tracing.js';
import { createLogger, describeError, pseudonym } from '../runtime/log.js';
import type { CivilRegistryGenerations } from './caller-generation.js';
import { selectOperation } from './operation.js';

const log = createLogger('wards');
const WARDS_QUERY = JSON.stringify({ query: '{ callerWards }' });

export class WardsDirectory {
  /** Bounded (least recently used out first), each for `ttlMs`. */
  private readonly known: LRUCache<string, { wards: readonly string[]; until: number; generation?: string | null }>;
  private readonly binding: CallerBinding;

  constructor(
    private readonly civilRegistryUrl: string,
    private readonly secret: CallerKey,
    private readonly ttlMs = 30_000,
    /** The callers' civil-registry generations in the shared cache; none without Redis. */
    private readonly generations?: CivilRegistryGenerations,
    capacity = 100_000,
  ) {
    this.known = new LRUCache({ max: capacity, ttl: ttlMs });
    this.binding = new CallerBinding(secret);
  }

  /** Forgets what is known of a caller's wards: the next operation that needs them asks again. */
  forget(iin: string): void {
    this.known.delete(iin);
  }

  /** The caller's wards; none when the civil registry cannot say (the caller still reads their own dossier). */
  async of(caller: Omit<Caller, 'wards'>): Promise<readonly string[]> {
    const now = Date.now();
    // read before asking: a refresh between the two makes the next operation ask again
    const generation = this.generations ? await this.generations.of(caller.iin) : undefined;
    const known = this.known.get(caller.iin);
    if (known && known.until > now && generation !== null && known.generation === generation) return known.wards;
    try {
      const callerToken = await signCaller({ ...caller, wards: [] }, this.secret);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        [CALLER_HEADER]: callerToken,
        [BINDING_HEADER]: this.binding.bind('civil-registry', callerToken, WARDS_QUERY),
        [REQUEST_ID_HEADER]: caller.requestId,
      };
      const answer = await inSpan(
        'fetch civil-registry wards',
        { kind: SpanKind.CLIENT, attributes: { 'dossier.subgraph': 'civil-registry', 'url.full': this.civilRegistryUrl } },
        () => {
          injectTraceContext(headers);
          return postText(this.civilRegistryUrl, headers, WARDS_QUERY, 2000);
        },
      );
      let wards: unknown;
      try {
        wards = (JSON.parse(answer.text) as { data?: { callerWards?: unknown } | null }).data?.callerWards;
      } catch {
        // (not the parser's message: it quotes the answer, which could be personal data)
      }
      if (!Array.isArray(wards) || !wards.every((w) => typeof w === 'string')) throw new Error(`no wards in the answer (HTTP ${answer.status})`);
      this.known.set(caller.iin, { wards, until: now + this.ttlMs, generation });
      return wards;
    } catch (error) {
      log.warn('wards_unknown', { caller: pseudonym(caller.iin), requestId: caller.requestId, ...describeError(error) });
      return [];
    }
  }
}

/** Whether one request of an operation needs the caller's wards, given its variables. */
export type WardsNeed = (variables: Readonly<Record<string, unknown>> | undefined, callerIin: string) => boolean;

/**
 * Whether an operation can read anyone but the caller, worked out once per operation: only then are
 * the wards needed, and only then does a new caller's look-up stand in front of the query plan.
 * - the subject of a root field is the caller (`me`, `refreshDossier` without `iin`) or the person
 *   its `iin` argument names: another person only when that is a valid IIN other than the caller's
 *   (an invalid one is refused by every subgraph whatever the wards);
 * - a `Person` below the subject (a child, a spouse, a co-owner) needs the wards when anything but
 *   its key (`iin`) is selected on it: a reference alone reads nothing of that person.
 */
export function reachesOthers(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): WardsNeed {
  const never: WardsNeed = () => false;
  const selected = selectOperation(schema, document, operationName);
  if (!selected) return never;
  const { operation, root, fragments } = selected;
  const subjectIins: ValueNode[] = [];
  let readsOthers = false;

  /** The selections of a set, through its fragments (each fragment once per walk). */
  const fieldsOf = (set: SelectionSetNode, seen = new Set<string>()): FieldNode[] =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, seen);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return [];
      seen.add(fragment.name.value);
      return fieldsOf(fragment.selectionSet, seen);
    });
  const walk = (set: SelectionSetNode, parent: GraphQLObjectType, aboveSubject: boolean): void => {
    for (const selection of fieldsOf(set)) {
      const field = parent.getFields()[selection.name.value];
      if (!field || !selection.selectionSet) continue;
      const type = getNamedType(field.type);
      if (aboveSubject) for (const arg of selection.arguments ?? []) if (arg.name.value === 'iin') subjectIins.push(arg.value);
      if (type.name === 'Person' && !aboveSubject) {
        if (fieldsOf(selection.selectionSet).some((f) => f.name.value !== 'iin' && f.name.value !== '__typename')) readsOthers = true;
      } else if (isObjectType(type)) walk(selection.selectionSet, type, aboveSubject && type.name !== 'Person');
    }
  };
  walk(operation.selectionSet, root, true);
  if (readsOthers) return () => true;
  if (subjectIins.length === 0) return never;
  return (variables, callerIin) =>
    subjectIins.some((node) => {
      const iin = valueFromASTUntyped(node, variables as Record<string, unknown> | undefined);
      return typeof iin === 'string' && iin !== callerIin && checkIin(iin).ok;
    });
}
