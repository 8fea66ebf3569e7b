/** The cache in Redis, shared by every replica (see cache.ts for the keys and what they hold). */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger, describeError, pseudonym } from '../../runtime/log.js';
import { MAX_STALE_SECONDS, type Section } from '../../schema/sections.js';
import type { CacheRead, CacheWrite, ClaimKey, RefreshOutcome, SectionCache } from './cache.js';
import { CachePolicy, type Stored } from './cache-policy.js';
import { cacheSealer, type Sealer } from './sealer.js';

const log = createLogger('cache');
const GENERATION_TTL_MS = (MAX_STALE_SECONDS + 30 * 24 * 3600) * 1000;

const WRITE_IF_GENERATION = `
local written = 0
for i = 1, #KEYS, 2 do
  local current = redis.call('GET', KEYS[i]) or '0'
  if current == ARGV[i + 1] then
    redis.call('SET', KEYS[i + 1], ARGV[i + 2], 'PX', ARGV[1])
    written = written + 1
  end
end
return written`;

const REFRESH = `
local n = tonumber(ARGV[1])
for i = 1, n do
  local wait = redis.call('PTTL', KEYS[i])
  if wait > 0 then return { i, wait } end
end
for i = 1, n do
  if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[i], '1', 'PX', ARGV[2]) end
  redis.call('INCR', KEYS[n + i])
  redis.call('PEXPIRE', KEYS[n + i], ARGV[3])
end
return { 0, 0 }`;

/**
 * Claims each key for this replica (ARGV[1]) for ARGV[2] ms unless another replica holds it: 1
 * where the claim is this replica's (new, or already held: its requests in flight are joined in
 * the process), 0 where another replica's.
 */
const CLAIM = `
local granted = {}
for i, key in ipairs(KEYS) do
  if redis.call('SET', key, ARGV[1], 'PX', ARGV[2], 'NX') or redis.call('GET', key) == ARGV[1] then
    granted[i] = 1
  else
    granted[i] = 0
  end
end
return granted`;

/** Deletes the claims still held by this replica (ARGV[1]); one that ran out and was taken by another is left alone. */
const RELEASE_OWN = `
local released = 0
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    redis.call('DEL', key)
    released = released + 1
  end
end
return released`;

export interface RedisCacheOptions {
  url: string;
  /** Prefix of every key (several deployments or test runs can share one Redis). */
  prefix?: string;
  sealer?: Sealer;
  policy?: CachePolicy;
}

export class RedisCache implements SectionCache {
  readonly kind = 'redis';
  readonly redis: Redis;
  private readonly prefix: string;
  private readonly sealer: Sealer;
  private readonly policy: CachePolicy;
  private down = false;
  private closing = false;
  /** This replica's name on the claims it holds (one per process: its requests share them). */
  private readonly claimant = randomUUID();

  constructor(options: RedisCacheOptions) {
    this.prefix = options.prefix ?? 'dossier';
    this.sealer = options.sealer ?? cacheSealer();
    this.policy = options.policy ?? new CachePolicy();
    // Fail fast while Redis is away (the dossier is then served live) and keep reconnecting.
    this.redis = new Redis(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      commandTimeout: 1000,
      retryStrategy: (attempt) => Math.min(100 * attempt, 2000),
    });
    this.redis.on('error', (error) => this.outage(error));
    this.redis.on('close', () => {
      if (!this.closing) this.outage(new Error('connection to Redis lost'));
    });
    this.redis.on('ready', () => {
      if (this.down) log.info('cache_recovered', { message: 'Redis is reachable again; caching resumes' });
      this.down = false;
    });
  }

  private outage(error: unknown): void {
    if (this.down) return;
    this.down = true;
    log.warn('cache_unavailable', { message: 'Redis is unreachable; answering from the state systems until it returns', ...describeError(error) });
  }

  private key(section: Section, iin: string, kind: 'g' | 'd' | 'r'): string {
    return `${this.prefix}:${section}:${pseudonym(iin)}:${kind}`;
  }

  private claimKey(section: Section, { iin, generation }: ClaimKey): string {
    return `${this.prefix}:${section}:${pseudonym(iin)}:c:${generation}`;
  }

  async connect(): Promise<void> {
    if (this.redis.status === 'ready') return;
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
    if (this.redis.status !== 'ready') return iins.map(() => ({ generation: null }));
    const genKeys = iins.map((iin) => this.key(section, iin, 'g'));
    const dataKeys = iins.map((iin) => this.key(section, iin, 'd'));
    let values: Array<string | null>;
    try {
      values = await this.redis.mget(...genKeys, ...dataKeys);
    } catch (error) {
      this.outage(error);
      return iins.map(() => ({ generation: null }));
    }
    const now = Date.now();
    return iins.map((_, i) => {
      const generation = Number(values[i] ?? 0);
      const sealed = values[iins.length + i];
      const plain = sealed ? this.sealer.open(sealed, dataKeys[i]!) : null;
      if (!plain) return { generation };
      const stored = JSON.parse(plain) as Stored;
      return { generation, answer: { value: stored.value, fetchedAt: stored.fetchedAt, fresh: this.policy.isFresh(section, stored, generation, now) } };
    });
  }

  async write(section: Section, writes: readonly CacheWrite[]): Promise<void> {
    if (writes.length === 0 || this.redis.status !== 'ready') return;
    const keys: string[] = [];
    const args: Array<string | number> = [this.policy.keepMs(section)];
    for (const w of writes) {
      const dataKey = this.key(section, w.iin, 'd');
      keys.push(this.key(section, w.iin, 'g'), dataKey);
      const stored: Stored = { value: w.value, fetchedAt: w.fetchedAt, generation: w.generation };
      args.push(String(w.generation), this.sealer.seal(JSON.stringify(stored), dataKey));
    }
    try {
      await this.redis.eval(WRITE_IF_GENERATION, keys.length, ...keys, ...args);
    } catch (error) {
      this.outage(error);
    }
  }

  async claim(section: Section, keys: readonly ClaimKey[], ms: number): Promise<boolean[]> {
    // Redis away: every replica asks for itself, as it would with no cache at all
    if (keys.length === 0 || this.redis.status !== 'ready') return keys.map(() => true);
    try {
      const granted = (await this.redis.eval(CLAIM, keys.length, ...keys.map((key) => this.claimKey(section, key)), this.claimant, Math.max(1, Math.round(ms)))) as number[];
      return keys.map((_, i) => granted[i] === 1);
    } catch (error) {
      this.outage(error);
      return keys.map(() => true);
    }
  }

  async release(section: Section, keys: readonly ClaimKey[]): Promise<void> {
    if (keys.length === 0 || this.redis.status !== 'ready') return;
    try {
      await this.redis.eval(RELEASE_OWN, keys.length, ...keys.map((key) => this.claimKey(section, key)), this.claimant);
    } catch (error) {
      this.outage(error);
    }
  }

  async refresh(sections: readonly Section[], iins: readonly string[], minIntervalMs: number): Promise<RefreshOutcome> {
    const pairs = sections.flatMap((section) => iins.map((iin) => ({ section, iin })));
    const keys = [...pairs.map((p) => this.key(p.section, p.iin, 'r')), ...pairs.map((p) => this.key(p.section, p.iin, 'g'))];
    const [index, wait] = (await this.redis.eval(REFRESH, keys.length, ...keys, pairs.length, minIntervalMs, GENERATION_TTL_MS)) as [number, number];
    return index === 0 ? { ok: true } : { ok: false, section: pairs[index - 1]!.section, retryAfterMs: wait };
  }

  async close(): Promise<void> {
    this.closing = true;
    this.redis.disconnect();
  }
}
