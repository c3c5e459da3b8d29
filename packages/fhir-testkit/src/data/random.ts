/**
 * A source of uniformly distributed numbers in [0, 1), like `Math.random`. Injected so that the
 * same seed always gives the same data.
 */
export type RandomSource = () => number;

/**
 * Creates mulberry32, a tiny 32-bit PRNG: fast, well distributed for test data, and reproducible
 * from one integer seed on every platform (unlike `Math.random`).
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws over a {@link RandomSource}. */
export interface Draw {
  /** The underlying source. */
  readonly random: RandomSource;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A string of `length` decimal digits (leading zeros allowed). */
  digits(length: number): string;
}

/** Wraps a {@link RandomSource} with the draws the generators use. */
export function createDraw(random: RandomSource): Draw {
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  return {
    random,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Draw.pick: cannot pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p) => random() < p,
    digits(length) {
      let out = '';
      for (let i = 0; i < length; i++) out += String(int(0, 9));
      return out;
    },
  };
}
