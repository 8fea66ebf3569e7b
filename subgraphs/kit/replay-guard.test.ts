import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { ReplayGuard } from './replay-guard.js';

const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = `test-replay-${randomUUID()}`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const binding = (rememberUntil = Date.now() + 30_000) => ({ nonce: randomUUID(), rememberUntil });

describe('the replay guard', () => {
  it('serves a nonce once in a process, until it expires', async () => {
    const guard = new ReplayGuard();
    const once = binding(1_000_000);
    expect(await guard.firstUse(once, 0)).toBe(true);
    expect(await guard.firstUse(once, 10)).toBe(false);
    expect(await guard.firstUse(binding(1_000_000), 20)).toBe(true);
    // once expired, it is forgotten (a binding that old is refused before it gets here)
    expect(await guard.firstUse(once, 1_000_001)).toBe(true);
  });

  it('keeps at most its capacity', async () => {
    const guard = new ReplayGuard(undefined, 3);
    for (let i = 0; i < 10; i++) await guard.firstUse(binding());
    expect(guard.size).toBeLessThanOrEqual(3);
  });

  it('serves a nonce once across replicas sharing Redis, and forgets it in Redis when it expires', async () => {
    await redis.ping();
    const [a, b] = [new ReplayGuard({ redis, prefix }), new ReplayGuard({ redis, prefix })];
    const once = binding();
    expect(await a.firstUse(once)).toBe(true);
    expect(await b.firstUse(once)).toBe(false);
    expect(await a.firstUse(once)).toBe(false);
    const ttl = await redis.pttl(`${prefix}:served:${once.nonce}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });
});
