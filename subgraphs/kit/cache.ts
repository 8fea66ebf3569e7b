/**
 * The cache of state-system answers, shared by every subgraph replica: Redis when REDIS_URL is
 * set, else an in-process cache with the same behaviour (one per process: `npm start` runs every
 * subgraph in one process, so they share it).
 *
 * Per person and section it keeps two keys, both named by a keyed hash of the IIN:
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
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createLogger, describeError, pseudonym } from '../../runtime/log.js';
import { redisErrors } from '../../runtime/metrics.js';
import { CACHE_TTL_SECONDS, MAX_STALE_SECONDS, type Section } from '../../schema/sections.js';
import { secretFrom } from '../../runtime/secrets.js';

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
   * Moves the generation of every (section, person) pair, unless one of them was refreshed less
   * than `minIntervalMs` ago: then nothing is changed and the wait is returned. All or nothing.
   */
  refresh(sections: readonly Section[], iins: readonly string[], minIntervalMs: number): Promise<RefreshOutcome>;
  /** Resolves once the cache is usable, or after a short wait (the dossier is then served live until it is). */
  connect(): Promise<void>;
  close(): Promise<void>;
}

const log = createLogger('cache');
const GENERATION_TTL_MS = (MAX_STALE_SECONDS + 30 * 24 * 3600) * 1000;

/** How long answers stay fresh, and how long they are kept to be served stale. */
export class CachePolicy {
  constructor(
    private readonly ttlSeconds: Partial<Record<Section, number>> = {},
    private readonly maxStaleSeconds = Number(process.env.MAX_STALE_SECONDS ?? MAX_STALE_SECONDS),
  ) {}

  ttlMs(section: Section): number {
    return (this.ttlSeconds[section] ?? CACHE_TTL_SECONDS[section]) * 1000;
  }

  keepMs(section: Section): number {
    return this.ttlMs(section) + this.maxStaleSeconds * 1000;
  }

  isFresh(section: Section, stored: Stored, generation: number, now: number): boolean {
    return stored.generation === generation && now - stored.fetchedAt < this.ttlMs(section);
  }
}

interface Stored {
  value: unknown;
  fetchedAt: number;
  generation: number;
}


// ---------------------------------------------------------------------------------------------
// Encryption of values

export class Sealer {
  constructor(private readonly key: Uint8Array) {
    if (key.length !== 32) throw new Error('the cache key must be 32 bytes (AES-256)');
  }

  seal(plain: string, boundTo: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(boundTo));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** The plain text, or null when the value was tampered with, moved from another key, or sealed under another key. */
  open(sealed: string, boundTo: string): string | null {
    try {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
      decipher.setAAD(Buffer.from(boundTo));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}

let warnedDevKey = false;

/** The cache key from CACHE_KEY, or the development one (said once in the log). */
export function cacheSealer(): Sealer {
  if (!process.env.CACHE_KEY && !warnedDevKey) {
    warnedDevKey = true;
    log.warn('cache_dev_key', { message: 'CACHE_KEY is not set: cached values are encrypted with the development key' });
  }
  return new Sealer(secretFrom('CACHE_KEY', 'cacheKey').subarray(0, 32));
}

// ---------------------------------------------------------------------------------------------
// Redis

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
  readonly prefix: string;
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
    redisErrors.inc({ component: 'cache' });
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

// ---------------------------------------------------------------------------------------------
// In-process

export class MemoryCache implements SectionCache {
  readonly kind = 'memory';
  private readonly generations = new Map<string, number>();
  private readonly answers = new Map<string, { json: string; expiresAt: number }>();
  private readonly refreshedUntil = new Map<string, number>();

  constructor(private readonly policy = new CachePolicy()) {}

  private key = (section: Section, iin: string): string => `${section}:${pseudonym(iin)}`;

  async read(section: Section, iins: readonly string[]): Promise<CacheRead[]> {
    const now = Date.now();
    return iins.map((iin) => {
      const key = this.key(section, iin);
      const generation = this.generations.get(key) ?? 0;
      const entry = this.answers.get(key);
      if (!entry || entry.expiresAt <= now) return { generation };
      const stored = JSON.parse(entry.json) as Stored;
      return { generation, answer: { value: stored.value, fetchedAt: stored.fetchedAt, fresh: this.policy.isFresh(section, stored, generation, now) } };
    });
  }

  async write(section: Section, writes: readonly CacheWrite[]): Promise<void> {
    const expiresAt = Date.now() + this.policy.keepMs(section);
    for (const w of writes) {
      const key = this.key(section, w.iin);
      if ((this.generations.get(key) ?? 0) !== w.generation) continue;
      const stored: Stored = { value: w.value, fetchedAt: w.fetchedAt, generation: w.generation };
      this.answers.set(key, { json: JSON.stringify(stored), expiresAt });
    }
  }

  /** One process: its `Flights` already collapse concurrent requests, so every claim is granted. */
  async claim(_section: Section, keys: readonly ClaimKey[]): Promise<boolean[]> {
    return keys.map(() => true);
  }

  async release(): Promise<void> {}

  async refresh(sections: readonly Section[], iins: readonly string[], minIntervalMs: number): Promise<RefreshOutcome> {
    const now = Date.now();
    const keys = sections.flatMap((section) => iins.map((iin) => ({ section, key: this.key(section, iin) })));
    for (const { section, key } of keys) {
      const until = this.refreshedUntil.get(key) ?? 0;
      if (until > now) return { ok: false, section, retryAfterMs: until - now };
    }
    for (const { key } of keys) {
      if (minIntervalMs > 0) this.refreshedUntil.set(key, now + minIntervalMs);
      this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    }
    return { ok: true };
  }

  async connect(): Promise<void> {}

  /** Forgets everything (tests that count state-system requests start each case cold). */
  clear(): void {
    this.generations.clear();
    this.answers.clear();
    this.refreshedUntil.clear();
  }

  async close(): Promise<void> {}
}

// ---------------------------------------------------------------------------------------------

let processCache: SectionCache | undefined;

/** The process's cache: Redis at REDIS_URL, else in-process (said once, at first use). */
export function sharedCache(): SectionCache {
  if (processCache) return processCache;
  if (process.env.REDIS_URL) {
    processCache = new RedisCache({ url: process.env.REDIS_URL, prefix: process.env.CACHE_PREFIX });
    log.info('cache', { kind: 'redis', message: 'caching state-system answers in Redis' });
  } else {
    processCache = new MemoryCache();
    log.info('cache', { kind: 'memory', message: 'REDIS_URL is not set: caching state-system answers in this process only' });
  }
  return processCache;
}
