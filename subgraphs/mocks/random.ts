/** A small seeded PRNG (mulberry32) and helpers: the synthetic world is the same for the same seed. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A date (YYYY-MM-DD) between two dates, inclusive. */
  date(from: string, to: string): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    date: (from, to) => {
      const a = Date.parse(`${from}T00:00:00Z`);
      const b = Date.parse(`${to}T00:00:00Z`);
      const day = 86_400_000;
      return new Date(a + int(0, Math.max(0, Math.floor((b - a) / day))) * day).toISOString().slice(0, 10);
    },
  };
}

/**
 * A PRNG derived from a string (an IIN, say) and a salt, so a state system can derive a person's
 * records from the person alone, identically on every run and in every process.
 */
export function randomFor(key: string, salt: string, seed = 0): Random {
  let h = 2166136261 ^ seed;
  for (const ch of `${salt}:${key}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return createRandom(h >>> 0);
}
