/**
 * The generation of a caller's civil-registry section in the shared cache (runtime/cache-keys.ts):
 * the counter a refresh of that section moves, in whichever replica it runs. The gateway's wards
 * are derived from that section, so a gateway replica that remembers them with the generation
 * they were read at knows, from one GET, whether any replica has refreshed them since.
 */
import { cachePrefix, sectionKey } from '../runtime/cache-keys.js';
import { isReady, type RedisClient } from '../runtime/redis.js';

export class CivilRegistryGenerations {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix = cachePrefix(),
  ) {}

  /** The caller's current generation ('0' before any refresh); null when Redis cannot say. */
  async of(iin: string): Promise<string | null> {
    if (!isReady(this.redis)) return null;
    try {
      return (await this.redis.get(sectionKey(this.prefix, 'CIVIL_REGISTRY', iin, 'g'))) ?? '0';
    } catch {
      return null;
    }
  }
}
