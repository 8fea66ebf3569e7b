/**
 * The per-request loader of a section. DataLoader collects every IIN a request asks for (one
 * `_entities` call carries them all); its batch function reads the cache once for all of them,
 * asks the state system once for the misses, and writes the answers back.
 *
 * Concurrent misses for the same person, section and cache generation collapse into one
 * state-system request: across the requests of this process (`Flights`), and across replicas
 * through claims in the shared cache (a replica that finds another's claim waits for its answer
 * to appear in the cache, and asks itself only if it does not come).
 *
 * Errors are values: when the state system fails, each key gets its stale copy if the cache still
 * has one (marked STALE), or the same coded GraphQLError, so the section is null with a reason
 * while the rest of the dossier is answered.
 */
import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { createLogger, describeError } from '../../runtime/log.js';
import { cacheHits, cacheMisses, cacheStaleServed } from '../../runtime/metrics.js';
import type { Section } from '../../schema/sections.js';
import type { CachedAnswer, CacheRead, ClaimKey, SectionCache } from './cache.js';
import { MAX_BATCH_KEYS } from '../../schema/state-api.js';
import { StateSystemError, type StateClient } from './state-client.js';
import { inSpan } from '../../runtime/tracing.js';

export type FreshnessSource = 'LIVE' | 'CACHE' | 'STALE';

export interface Freshness {
  /** When the state system gave this data (ISO date-time). */
  fetchedAt: string;
  /** Where this answer came from: the state system now, the cache, or a stale copy served because the state system failed. */
  source: FreshnessSource;
}

export interface SectionData<R> {
  /** The state system's record, or null when it has none for this person. */
  record: R | null;
  freshness: Freshness;
}

const log = createLogger('loader');

/** The client-facing error for a failed state-system call: coded, naming the section, no upstream details. */
export function sectionError(section: Section, error: unknown): GraphQLError {
  if (error instanceof StateSystemError) {
    const messages: Record<StateSystemError['code'], string> = {
      STATE_SYSTEM_UNAVAILABLE: 'is unavailable',
      STATE_SYSTEM_TIMEOUT: 'did not answer in time',
      STATE_SYSTEM_BAD_RESPONSE: 'gave an answer that could not be used',
    };
    return dossierError(error.code, `The state system of section ${section} ${messages[error.code]}; try again later.`, { section });
  }
  return dossierError(ErrorCode.INTERNAL, `Section ${section} could not be read.`, { section });
}

interface LiveAnswer<R> {
  record: R | null;
  fetchedAt: number;
}

/** Told of every live answer before it is served (what changed since the last view: changes.ts), with when it was fetched; never rejects. */
export type LiveObserver<R> = (answers: ReadonlyArray<{ iin: string; record: R | null }>, fetchedAt: number) => Promise<void>;

/** In-flight state-system requests of one subgraph, by person and cache generation. */
export class Flights<R extends { iin: string }> {
  private readonly inFlight = new Map<string, Promise<LiveAnswer<R>>>();

  constructor(
    private readonly client: StateClient<R>,
    /** Sees each live answer once, however many requests joined it, before any of them gets it. */
    private readonly observe?: LiveObserver<R>,
  ) {}

  /** The live answer for each key, joining requests already in flight and making one for the rest. */
  fetch(keys: ReadonlyArray<{ iin: string; generation: number | null }>, deadline: number, requestId?: string): Promise<Array<LiveAnswer<R> | Error>> {
    const id = (k: { iin: string; generation: number | null }) => `${k.iin}:${k.generation ?? '?'}`;
    const missing = keys.filter((k) => !this.inFlight.has(id(k)));
    if (missing.length > 0) {
      const batch = this.client
        .fetchBatch(
          missing.map((k) => k.iin),
          deadline,
          requestId,
        )
        .then(async (records) => {
          const fetchedAt = Date.now();
          await this.observe?.(
            missing.map((k) => ({ iin: k.iin, record: records.get(k.iin) ?? null })),
            fetchedAt,
          );
          return { records, fetchedAt };
        });
      for (const k of missing) {
        const answer = batch.then(({ records, fetchedAt }) => ({ record: records.get(k.iin) ?? null, fetchedAt }));
        const done = () => void this.inFlight.delete(id(k));
        answer.then(done, done);
        this.inFlight.set(id(k), answer);
      }
    }
    return Promise.all(
      keys.map((k) =>
        this.inFlight.get(id(k))!.then(
          (a) => a,
          (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
        ),
      ),
    );
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The cache read of a batch, as a span when tracing is on: how many keys, how many fresh (no IIN). */
function tracedRead(cache: SectionCache, section: Section, iins: readonly string[]): Promise<CacheRead[]> {
  return inSpan(
    'cache.read',
    { attributes: { 'dossier.section': section, 'dossier.cache.kind': cache.kind, 'dossier.cache.keys': iins.length } },
    async (span) => {
      const reads = await cache.read(section, iins);
      span?.setAttribute('dossier.cache.fresh', reads.filter((r) => r.answer?.fresh).length);
      return reads;
    },
  );
}

/** How often a replica waiting for another replica's answer looks for it in the cache (ms). */
export const CLAIM_POLL_MS = 20;

export function createSectionLoader<R extends { iin: string }>(
  section: Section,
  flights: Flights<R>,
  cache: SectionCache,
  /** When the request's answer is due (ms since epoch): state-system calls, retries included, end by then. */
  deadline: number,
  /** The gateway's request id, sent on to the state system. */
  requestId?: string,
): DataLoader<string, SectionData<R>> {
  return new DataLoader<string, SectionData<R>>(
    async (iins) => {
      const reads: CacheRead[] = await tracedRead(cache, section, iins);
      const results: Array<SectionData<R> | GraphQLError> = new Array(iins.length);
      const fromCache = (i: number, answer: CachedAnswer) => {
        results[i] = { record: answer.value as R | null, freshness: { fetchedAt: iso(answer.fetchedAt), source: 'CACHE' } };
        cacheHits.inc({ section });
      };
      /** A failed request: the stale copy when the cache still has one, else the coded error. */
      const failed = (i: number, error: unknown) => {
        const stale = reads[i]!.answer;
        if (stale) cacheStaleServed.inc({ section });
        results[i] = stale
          ? { record: stale.value as R | null, freshness: { fetchedAt: iso(stale.fetchedAt), source: 'STALE' } }
          : sectionError(section, error);
      };
      const claimOf = (i: number): ClaimKey => ({ iin: iins[i]!, generation: reads[i]!.generation! });
      const claimMs = () => Math.max(1, deadline - Date.now());

      /** Asks the state system (joining this process's requests in flight), writes the answers back, gives up the claims. */
      const ask = async (indexes: number[]): Promise<void> => {
        if (indexes.length === 0) return;
        const answers = await flights.fetch(
          indexes.map((i) => ({ iin: iins[i]!, generation: reads[i]!.generation })),
          deadline,
          requestId,
        );
        const writes = [];
        let failure: unknown;
        for (const [n, i] of indexes.entries()) {
          const answer = answers[n]!;
          if (answer instanceof Error) {
            failure = answer;
            failed(i, answer);
            continue;
          }
          results[i] = { record: answer.record, freshness: { fetchedAt: iso(answer.fetchedAt), source: 'LIVE' } };
          const generation = reads[i]!.generation;
          if (generation !== null) writes.push({ iin: iins[i]!, generation, value: answer.record, fetchedAt: answer.fetchedAt });
        }
        if (failure) log.warn('state_system_failed', { section, keys: indexes.length, ...describeError(failure) });
        await cache.write(section, writes);
        await cache.release(section, indexes.filter((i) => reads[i]!.generation !== null).map(claimOf));
      };

      /**
       * Waits for answers another replica is asking for to appear in the cache; takes over those
       * whose claim is given up (that request failed) or runs out; at the deadline, the rest fail
       * as a request of this replica's own would have.
       */
      const waitFor = async (indexes: number[]): Promise<void> => {
        let pending = indexes;
        while (pending.length > 0) {
          if (Date.now() + CLAIM_POLL_MS >= deadline) {
            const late = new StateSystemError(ErrorCode.STATE_SYSTEM_TIMEOUT, `${section}: another replica's request did not answer in time`);
            for (const i of pending) failed(i, late);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
          const again = await cache.read(
            section,
            pending.map((i) => iins[i]!),
          );
          const missing = pending.filter((i, n) => {
            const answer = again[n]!.answer;
            if (answer?.fresh) fromCache(i, answer);
            return !answer?.fresh;
          });
          const granted = await cache.claim(section, missing.map(claimOf), claimMs());
          pending = missing.filter((_, n) => !granted[n]);
          await ask(missing.filter((_, n) => granted[n]));
        }
      };

      const misses: number[] = [];
      for (const [i, read] of reads.entries()) {
        if (read.answer?.fresh) fromCache(i, read.answer);
        else misses.push(i);
      }
      if (misses.length === 0) return results;
      cacheMisses.inc({ section }, misses.length);
      // Each person is asked for once across replicas: this replica asks for those it can claim
      // (all of them when the cache could not be read) and waits for the others' answers.
      const claimable = misses.filter((i) => reads[i]!.generation !== null);
      const granted = await cache.claim(section, claimable.map(claimOf), claimMs());
      const theirs = new Set(claimable.filter((_, n) => !granted[n]));
      await Promise.all([ask(misses.filter((i) => !theirs.has(i))), waitFor([...theirs])]);
      return results;
    },
    { maxBatchSize: MAX_BATCH_KEYS },
  );
}
