/**
 * Who besides the caller may be read: the caller's children under 18, as the civil registry
 * knows them. When an operation can reach another person, the gateway asks the civil-registry
 * subgraph (its `callerWards` field, hidden from the public API) — once per caller for a short
 * while, or until the caller's civil-registry section is refreshed (a refresh may bring a child) —
 * and passes the answer to every subgraph inside the signed caller context. An operation about the
 * caller alone costs no lookup.
 *
 * Replicas agree through the shared cache: the wards are kept with the generation of the caller's
 * civil-registry section they were read at, and reused only while Redis still says that
 * generation (one GET), so a refresh served by any replica makes every replica ask again, at once
 * (no message to miss or to race). Redis unreadable: asked afresh each time. Without Redis (one
 * process) the gateway forgets them after the caller's own mutation.
 */
import { getNamedType, isObjectType, Kind, type DocumentNode, type GraphQLObjectType, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type Caller, type CallerKey } from '../schema/caller.js';
import { BINDING_HEADER, CallerBinding } from '../schema/caller-binding.js';
import { postText } from '../runtime/http-post.js';
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
      const headers = {
        'content-type': 'application/json',
        [CALLER_HEADER]: callerToken,
        [BINDING_HEADER]: this.binding.bind('civil-registry', callerToken, WARDS_QUERY),
        [REQUEST_ID_HEADER]: caller.requestId,
      };
      const answer = await postText(this.civilRegistryUrl, headers, WARDS_QUERY, 2000);
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

/**
 * Whether an operation can reach anyone but the caller: a `Person` below the root `me`, or a root
 * field naming a person (`person(iin)`, `refreshDossier(iin)`). Only then are the wards needed.
 */
export function reachesOthers(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean {
  const selected = selectOperation(schema, document, operationName);
  if (!selected) return false;
  const { operation, root, fragments } = selected;
  const seen = new Set<string>();
  const reaches = (set: SelectionSetNode, parent: GraphQLObjectType, atRoot: boolean): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) return false;
        seen.add(fragment.name.value);
        return reaches(fragment.selectionSet, parent, atRoot);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return reaches(selection.selectionSet, parent, atRoot);
      const field = parent.getFields()[selection.name.value];
      if (!field) return false;
      if (atRoot && selection.arguments?.some((a) => a.name.value === 'iin')) return true;
      const type = getNamedType(field.type);
      if (type.name === 'Person' && !(atRoot && selection.name.value === 'me')) return true;
      return !!selection.selectionSet && isObjectType(type) && reaches(selection.selectionSet, type, false);
    });
  return reaches(operation.selectionSet, root, true);
}
