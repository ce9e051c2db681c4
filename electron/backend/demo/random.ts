/**
 * A small seeded PRNG (sfc32) with the pickers the generators need. Every number in a demo
 * or a synthetic book comes from here, so the same seed always gives the same rows; never
 * use Math.random or the wall clock in the generators.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; `items` and `weights` have the same length and weights sum above 0. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Standard normal (mean 0, deviation 1). */
  normal(): number;
  /** Log-normal value with the given median and log-deviation, redrawn until inside [min, max]. */
  logNormal(median: number, sigma: number, min: number, max: number): number;
  /** A new array in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream derived from this one (so adding draws in one place does not shift another). */
  fork(salt: number): Random;
}

export function createRandom(seed: number): Random {
  // Spread the seed over four 32-bit words, then warm the generator up.
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed ^ (seed >>> 16), 0xc2b2ae35);
  let d = 0x6a09e667 ^ (seed >>> 0);

  const nextUint32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 15; i++) nextUint32();

  const next = (): number => nextUint32() / 4294967296;
  let spareNormal: number | null = null;

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick: the list is empty');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(items: readonly T[], weights: readonly number[]): T => {
      let total = 0;
      for (const w of weights) total += w;
      let roll = next() * total;
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i] ?? 0;
        if (roll < 0) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
    normal: () => {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return value;
      }
      // Box-Muller; 1 - next() keeps the logarithm away from 0.
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    logNormal: (median, sigma, min, max) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const value = median * Math.exp(sigma * random.normal());
        if (value >= min && value <= max) return value;
      }
      return Math.min(max, Math.max(min, median));
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const held = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = held;
      }
      return copy;
    },
    fork: (salt) => createRandom((nextUint32() ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0),
  };
  return random;
}
