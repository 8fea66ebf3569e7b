/** The cache in this process only: the same behaviour as Redis, for one process (`npm start`, tests). */
import { LRUCache } from 'lru-cache';
import { pseudonym } from '../../runtime/log.js';
import type { Section } from '../../schema/sections.js';
import type { CacheRead, CacheWrite, ClaimKey, RefreshOutcome, SectionCache } from './cache.js';
import { CachePolicy, type Stored } from './cache-policy.js';
import { config } from '../../runtime/config.js';

export class MemoryCache implements SectionCache {
  readonly kind = 'memory';
  /**
   * Bounded: answers by their size (MEMORY_CACHE_MAX_BYTES, default 64 MiB of JSON), least
   * recently used out first, each gone after its section's keep time; generations and refresh
   * marks by count. A generation forgotten takes its answer with it.
   */
  private readonly answers: LRUCache<string, { json: string; expiresAt: number }>;
  private readonly generations = new LRUCache<string, number>({
    max: 200_000,
    dispose: (_generation, key, reason) => void (reason === 'evict' && this.answers.delete(key)),
  });
  private readonly refreshedUntil = new LRUCache<string, number>({ max: 200_000 });

  constructor(
    private readonly policy = new CachePolicy(),
    maxBytes = config().MEMORY_CACHE_MAX_BYTES,
  ) {
    this.answers = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => entry.json.length + key.length });
  }

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
      this.answers.set(key, { json: JSON.stringify(stored), expiresAt }, { ttl: Math.max(1, expiresAt - Date.now()) });
    }
  }

  /** One process: its `Flights` already collapse concurrent requests, so every claim is granted. */
  async claim(_section: Section, keys: readonly ClaimKey[]): Promise<boolean[]> {
    return keys.map(() => true);
  }

  async release(): Promise<void> {}

  async refresh(sections: readonly Section[], iin: string, minIntervalMs: number): Promise<RefreshOutcome> {
    const now = Date.now();
    const keys = sections.map((section) => ({ section, key: this.key(section, iin) }));
    for (const { section, key } of keys) {
      const until = this.refreshedUntil.get(key) ?? 0;
      if (until > now) return { ok: false, section, retryAfterMs: until - now };
    }
    for (const { key } of keys) {
      if (minIntervalMs > 0) this.refreshedUntil.set(key, now + minIntervalMs, { ttl: minIntervalMs });
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
