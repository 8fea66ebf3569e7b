/** The in-process cache is bounded: by the size of what it holds, least recently used out first. */
import { describe, expect, it } from 'vitest';
import { generatePopulation } from '../mocks/population.js';
import { CachePolicy, MemoryCache } from './cache.js';

const iins = generatePopulation({ size: 300 }).people.map((p) => p.iin);
const value = (i: number) => ({ note: 'x'.repeat(1000), i });

describe('MemoryCache bounds', () => {
  it('keeps at most its byte budget, forgetting the least recently used first', async () => {
    const cache = new MemoryCache(new CachePolicy(), 50_000); // about 45 answers of ~1.1 kB
    await cache.write(
      'VEHICLES',
      iins.map((iin, i) => ({ iin, generation: 0, value: value(i), fetchedAt: Date.now() })),
    );
    const read = await cache.read('VEHICLES', iins);
    const kept = read.map((r, i) => (r.answer ? i : -1)).filter((i) => i >= 0);
    expect(kept.length).toBeGreaterThan(30);
    expect(kept.length).toBeLessThan(50);
    // the newest writes are the ones kept
    expect(kept).toEqual(iins.map((_, i) => i).slice(iins.length - kept.length));
    expect(read.at(-1)!.answer!.value).toEqual(value(iins.length - 1));
  });

  it('answers from memory as before while within its budget', async () => {
    const cache = new MemoryCache();
    await cache.write(
      'FINES',
      iins.slice(0, 100).map((iin, i) => ({ iin, generation: 0, value: value(i), fetchedAt: Date.now() })),
    );
    expect((await cache.read('FINES', iins.slice(0, 100))).every((r, i) => (r.answer?.value as { i: number } | undefined)?.i === i)).toBe(true);
  });
});
