/**
 * Each bound subgraph request is served once (schema/caller-binding.ts): the nonces served are
 * remembered until their binding expires, in this process and, when the cache is Redis, in Redis,
 * so a request captured on an internal hop and sent again, to this replica or another, is refused.
 * The gateway sends every request once (identical in-flight ones are merged before they go out),
 * so a nonce seen twice is a replay.
 *
 * Bounded: the process keeps at most `capacity` nonces (least recently served forgotten first:
 * they expire first), Redis one short-lived key per request. When Redis cannot answer, this process's memory
 * decides alone: a replay to another replica is then not caught, and nothing legitimate is refused.
 */
import { LRUCache } from 'lru-cache';
import type { RedisClient } from '../../runtime/redis.js';
import type { AcceptedBinding } from '../../schema/caller-binding.js';

export class ReplayGuard {
  /** Nonces served, each until its binding expires; at most `capacity` (least recent out first). */
  private readonly served: LRUCache<string, number>;

  constructor(
    private readonly shared?: { redis: RedisClient; prefix: string },
    capacity = 200_000,
  ) {
    this.served = new LRUCache({ max: capacity });
  }

  /** Whether this binding's nonce is served for the first time (and now remembered as served). */
  async firstUse({ nonce, rememberUntil }: AcceptedBinding, now = Date.now()): Promise<boolean> {
    const until = this.served.get(nonce);
    if (until !== undefined && until > now) return false;
    this.served.set(nonce, rememberUntil, { ttl: Math.max(1, rememberUntil - now) });
    const { redis, prefix } = this.shared ?? {};
    if (redis?.status !== 'ready') return true;
    try {
      const set = await redis.set(`${prefix}:served:${nonce}`, '1', 'PX', Math.max(1, rememberUntil - now), 'NX');
      return set === 'OK';
    } catch {
      return true;
    }
  }

  /** How many nonces this process remembers. */
  get size(): number {
    return this.served.size;
  }
}
