/**
 * The cache of state-system answers, shared by every subgraph replica: Redis when REDIS_URL is
 * set, else an in-process cache with the same behaviour (one per process: `npm start` runs every
 * subgraph in one process, so they share it).
 *
 * Per person and section it keeps two keys, both named by a keyed hash of the IIN and carrying the
 * person's hash tag, so that on a Redis Cluster every key of a person is in one slot
 * (runtime/cache-keys.ts):
 *   …:g  the generation — a counter that `refresh` increments;
 *   …:d  the last answer — AES-256-GCM-encrypted JSON { value, fetchedAt, generation },
 *        bound to its key (the key is the cipher's associated data);
 * and, while a replica asks the state system for it, …:c:<generation>, that replica's claim (it
 * ends with the request's deadline), so the other replicas wait for the answer instead of asking.
 * An answer is fresh while younger than the section's TTL and written under the current
 * generation. A write names the generation its read saw and is dropped if a refresh has moved the
 * generation since: a read already in flight with old data cannot put it back after a refresh.
 * Answers are kept MAX_STALE_SECONDS past their TTL to be served, marked stale, when the state
 * system fails.
 */
import { cachePrefix } from '../../runtime/cache-keys.js';
import { createLogger } from '../../runtime/log.js';
import { isClusterUrl, sharedCacheUrl } from '../../runtime/redis.js';
import type { Section } from '../../schema/sections.js';
import { MemoryCache } from './memory-cache.js';
import { RedisCache } from './redis-cache.js';

export { CachePolicy } from './cache-policy.js';
export { cacheSealer, Sealer } from './sealer.js';
export { RedisCache, type RedisCacheOptions } from './redis-cache.js';
export { MemoryCache } from './memory-cache.js';

export interface CachedAnswer {
  /** The state system's record, or null: it has none for this person. */
  value: unknown;
  /** When the state system gave it (ms since epoch). */
  fetchedAt: number;
  /** Younger than the TTL and not refreshed since. */
  fresh: boolean;
}

export interface CacheRead {
  /** The generation seen, or null when the cache could not be read (then nothing is written back). */
  generation: number | null;
  answer?: CachedAnswer;
}

export interface CacheWrite {
  iin: string;
  generation: number;
  value: unknown;
  fetchedAt: number;
}

/** A person's section at the cache generation a read saw: what a claim is on. */
export interface ClaimKey {
  iin: string;
  generation: number;
}

export type RefreshOutcome = { ok: true } | { ok: false; section: Section; retryAfterMs: number };

export interface SectionCache {
  readonly kind: 'redis' | 'memory';
  /** Every key's generation and answer, in one round trip. */
  read(section: Section, iins: readonly string[]): Promise<CacheRead[]>;
  /** Writes answers back where the generation is still the one read; one round trip. */
  write(section: Section, writes: readonly CacheWrite[]): Promise<void>;
  /**
   * Claims, for `ms`, the state-system request for each person's section at the generation read:
   * true where this replica is to ask, false where another replica already is (its answer will
   * appear in the cache). In Redis the claims are shared by every replica; in-process every claim
   * is granted (`Flights` already collapse the requests of one process).
   */
  claim(section: Section, keys: readonly ClaimKey[], ms: number): Promise<boolean[]>;
  /** Gives up this replica's claims, once their answers are written or their request has failed. */
  release(section: Section, keys: readonly ClaimKey[]): Promise<void>;
  /**
   * Moves the generation of each of the person's sections, unless one of them was refreshed less
   * than `minIntervalMs` ago: then nothing is changed and the wait is returned. All or nothing.
   */
  refresh(sections: readonly Section[], iin: string, minIntervalMs: number): Promise<RefreshOutcome>;
  /** Resolves once the cache is usable, or after a short wait (the dossier is then served live until it is). */
  connect(): Promise<void>;
  close(): Promise<void>;
}

const log = createLogger('cache');

let processCache: SectionCache | undefined;

/**
 * The process's cache: Redis (or a Redis Cluster) at REDIS_URL, else in-process (said once, at
 * first use). Production refuses to start without REDIS_URL (runtime/redis.ts says why).
 */
export function sharedCache(): SectionCache {
  if (processCache) return processCache;
  const url = sharedCacheUrl('subgraph');
  if (url) {
    processCache = new RedisCache({ url, prefix: cachePrefix() });
    log.info('cache', { kind: isClusterUrl(url) ? 'redis-cluster' : 'redis', message: 'caching state-system answers in Redis' });
  } else {
    processCache = new MemoryCache();
    log.info('cache', {
      kind: 'memory',
      message:
        'REDIS_URL is not set: caching state-system answers in this process only; a refresh reaches only the subgraphs of this process ' +
        '(all of them under npm start; a subgraph started on its own refuses to refresh the sections of the others)',
    });
  }
  return processCache;
}
