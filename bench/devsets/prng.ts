/**
 * A small seeded random generator, so that a development set is the same on every machine for a given
 * seed. mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, good enough to pick which
 * sentences to merge or drop, and it has no dependencies.
 */

/** A source of uniform numbers in [0, 1) with a few conveniences built on it. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** Returns a generator whose sequence depends only on `seed` (any integer; fractions are truncated). */
export function createRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('createRandom: pick() from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/**
 * Derives an independent seed for one document from the run's seed and the document's id, so that adding
 * a pair or a source does not change the documents that were already there.
 */
export function deriveSeed(seed: number, key: string): number {
  // FNV-1a over the key, mixed with the seed.
  let hash = (0x811c9dc5 ^ (Math.trunc(seed) >>> 0)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
