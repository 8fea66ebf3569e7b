/** How long cached answers stay fresh, and how long they are kept to be served stale. */
import { config } from '../../runtime/config.js';
import { CACHE_TTL_SECONDS, type Section } from '../../schema/sections.js';

/** What the cache stores per person and section (sealed in Redis). */
export interface Stored {
  value: unknown;
  fetchedAt: number;
  generation: number;
}

/** How long answers stay fresh, and how long they are kept to be served stale. */
export class CachePolicy {
  constructor(
    private readonly ttlSeconds: Partial<Record<Section, number>> = {},
    private readonly maxStaleSeconds = config().MAX_STALE_SECONDS,
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
