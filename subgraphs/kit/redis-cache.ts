/**
 * The cache in Redis, shared by every replica (see cache.ts for the keys and what they hold): one
 * Redis, or a Redis Cluster (REDIS_URL `redis-cluster://...`, runtime/redis.ts).
 *
 * Every key of a person carries the person's hash tag (runtime/cache-keys.ts), so each command and
 * script here touches the keys of people of one slot. On a single Redis a batch is one command for
 * all its people; on a Cluster it is one command per person, all issued at once, which the Cluster
 * client sends as one pipeline per node: a batch of any size costs one round trip per node that
 * holds some of its people, in parallel. A node that fails costs only its people: they are read
 * live and not written back, the rest is cached as usual.
 */
import { randomUUID } from 'node:crypto';
import { sectionKey } from '../../runtime/cache-keys.js';
import { redisErrors } from '../../runtime/metrics.js';
import { createLogger, describeError, pseudonym } from '../../runtime/log.js';
import { connectRedis, isReady, type RedisClient } from '../../runtime/redis.js';
import { MAX_STALE_SECONDS, type Section } from '../../schema/sections.js';
import type { CacheRead, CacheWrite, ClaimKey, RefreshOutcome, SectionCache } from './cache.js';
import { CachePolicy, type Stored } from './cache-policy.js';
import { CLAIM, REFRESH, RELEASE_OWN, WRITE_IF_GENERATION } from './redis-scripts.js';
import { cacheSealer, type Sealer } from './sealer.js';

const log = createLogger('cache');
const GENERATION_TTL_MS = (MAX_STALE_SECONDS + 30 * 24 * 3600) * 1000;
/** On a Cluster, how long without a failed command before an outage is said to be over. */
const CLUSTER_RECOVERY_MS = 5000;

export interface RedisCacheOptions {
  /** redis://... for one Redis, redis-cluster://host:port,... for a Redis Cluster. */
  url: string;
  /** Prefix of every key (several deployments or test runs can share one Redis). */
  prefix?: string;
  sealer?: Sealer;
  policy?: CachePolicy;
}

export class RedisCache implements SectionCache {
  readonly kind = 'redis';
  readonly redis: RedisClient;
  readonly prefix: string;
  private readonly sealer: Sealer;
  private readonly policy: CachePolicy;
  private readonly cluster: boolean;
  private down = false;
  private lastFailure = 0;
  private closing = false;
  /** This replica's name on the claims it holds (one per process: its requests share them). */
  private readonly claimant = randomUUID();

  constructor(options: RedisCacheOptions) {
    this.prefix = options.prefix ?? 'dossier';
    this.sealer = options.sealer ?? cacheSealer();
    this.policy = options.policy ?? new CachePolicy();
    // Fail fast while Redis is away (the dossier is then served live) and keep reconnecting.
    this.redis = connectRedis(options.url);
    this.cluster = this.redis.isCluster;
    this.redis.on('error', (error) => this.outage(error));
    this.redis.on('close', () => {
      if (!this.closing) this.outage(new Error('connection to Redis lost'));
    });
    this.redis.on('ready', () => this.recovered(true));
  }

  private outage(error: unknown): void {
    redisErrors.inc({ component: 'cache' });
    this.lastFailure = Date.now();
    if (this.down) return;
    this.down = true;
    log.warn('cache_unavailable', { message: 'Redis is unreachable; answering from the state systems until it returns', ...describeError(error) });
  }

  /**
   * A single Redis is back when its connection is ready again. A Cluster with a master away keeps
   * answering for the others, so it is back once commands have stopped failing for a while.
   */
  private recovered(ready = false): void {
    if (!this.down || (!ready && (!this.cluster || Date.now() - this.lastFailure < CLUSTER_RECOVERY_MS))) return;
    this.down = false;
    log.info('cache_recovered', { message: 'Redis is reachable again; caching resumes' });
  }

  private key(section: Section, iin: string, kind: 'g' | 'd' | 'r'): string {
    return sectionKey(this.prefix, section, iin, kind);
  }

  private claimKey(section: Section, { iin, generation }: ClaimKey): string {
    return sectionKey(this.prefix, section, iin, `c:${generation}`);
  }

  /**
   * Runs `command` over groups of the items whose keys share a slot: all of them on a single Redis;
   * one group per person on a Cluster (issued together: one pipeline per node). A group whose
   * command fails gets `fallback` for each of its items.
   */
  private async perSlot<T, R>(items: readonly T[], iinOf: (item: T) => string, command: (group: T[]) => Promise<R[]>, fallback: R): Promise<R[]> {
    const groups = new Map<string, number[]>();
    items.forEach((item, i) => {
      const tag = this.cluster ? pseudonym(iinOf(item)) : '';
      const group = groups.get(tag);
      if (group) group.push(i);
      else groups.set(tag, [i]);
    });
    const results: R[] = new Array(items.length);
    let failed = false;
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        try {
          const answers = await command(indexes.map((i) => items[i]!));
          for (const [n, i] of indexes.entries()) results[i] = answers[n]!;
        } catch (error) {
          failed = true;
          this.outage(error);
          for (const i of indexes) results[i] = fallback;
        }
      }),
    );
    if (!failed) this.recovered();
    return results;
  }

  async connect(): Promise<void> {
    if (isReady(this.redis)) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 2000);
      this.redis.once('ready', done);
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  async read(section: Section, iins: readonly string[]): Promise<CacheRead[]> {
    if (!isReady(this.redis)) return iins.map(() => ({ generation: null }));
    const now = Date.now();
    return this.perSlot<string, CacheRead>(
      iins,
      (iin) => iin,
      async (group) => {
        const dataKeys = group.map((iin) => this.key(section, iin, 'd'));
        const values = await this.redis.mget(...group.map((iin) => this.key(section, iin, 'g')), ...dataKeys);
        return group.map((_, i) => {
          const generation = Number(values[i] ?? 0);
          const sealed = values[group.length + i];
          const plain = sealed ? this.sealer.open(sealed, dataKeys[i]!) : null;
          if (!plain) return { generation };
          const stored = JSON.parse(plain) as Stored;
          return { generation, answer: { value: stored.value, fetchedAt: stored.fetchedAt, fresh: this.policy.isFresh(section, stored, generation, now) } };
        });
      },
      { generation: null },
    );
  }

  async write(section: Section, writes: readonly CacheWrite[]): Promise<void> {
    if (writes.length === 0 || !isReady(this.redis)) return;
    const keepMs = this.policy.keepMs(section);
    await this.perSlot(
      writes,
      (w) => w.iin,
      async (group) => {
        const keys: string[] = [];
        const args: Array<string | number> = [keepMs];
        for (const w of group) {
          const dataKey = this.key(section, w.iin, 'd');
          keys.push(this.key(section, w.iin, 'g'), dataKey);
          const stored: Stored = { value: w.value, fetchedAt: w.fetchedAt, generation: w.generation };
          args.push(String(w.generation), this.sealer.seal(JSON.stringify(stored), dataKey));
        }
        await this.redis.eval(WRITE_IF_GENERATION, keys.length, ...keys, ...args);
        return group.map(() => undefined);
      },
      undefined,
    );
  }

  async claim(section: Section, keys: readonly ClaimKey[], ms: number): Promise<boolean[]> {
    // Redis away: every replica asks for itself, as it would with no cache at all
    if (keys.length === 0 || !isReady(this.redis)) return keys.map(() => true);
    const claimMs = Math.max(1, Math.round(ms));
    return this.perSlot(
      keys,
      (key) => key.iin,
      async (group) => {
        const granted = (await this.redis.eval(CLAIM, group.length, ...group.map((key) => this.claimKey(section, key)), this.claimant, claimMs)) as number[];
        return group.map((_, i) => granted[i] === 1);
      },
      true,
    );
  }

  async release(section: Section, keys: readonly ClaimKey[]): Promise<void> {
    if (keys.length === 0 || !isReady(this.redis)) return;
    await this.perSlot(
      keys,
      (key) => key.iin,
      async (group) => {
        await this.redis.eval(RELEASE_OWN, group.length, ...group.map((key) => this.claimKey(section, key)), this.claimant);
        return group.map(() => undefined);
      },
      undefined,
    );
  }

  /** One person's sections: their keys share the person's slot, so this is one atomic script on a Cluster too. */
  async refresh(sections: readonly Section[], iin: string, minIntervalMs: number): Promise<RefreshOutcome> {
    const keys = [...sections.map((s) => this.key(s, iin, 'r')), ...sections.map((s) => this.key(s, iin, 'g'))];
    const [index, wait] = (await this.redis.eval(REFRESH, keys.length, ...keys, sections.length, minIntervalMs, GENERATION_TTL_MS)) as [number, number];
    return index === 0 ? { ok: true } : { ok: false, section: sections[index - 1]!, retryAfterMs: wait };
  }

  async close(): Promise<void> {
    this.closing = true;
    this.redis.disconnect();
  }
}
