/**
 * A small deterministic pseudo-random generator (mulberry32) for seeds: the same seed number gives
 * the same sequence on every machine, in Node and in the browser.
 */

/** A seeded source of random choices. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. Throws RangeError on an empty one. */
  pick<T>(items: readonly T[]): T;
  /** A string of `count` decimal digits. */
  digits(count: number): string;
  /** True with probability `p` (0–1). */
  chance(p: number): boolean;
  /** One value of `entries` (`[value, weight]`, weights ≥ 0, not all 0), drawn in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

/** A {@link Random} seeded with `seed` (any integer; it is reduced to 32 bits). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new RangeError('pick: empty array');
      return item;
    },
    digits: (count) => {
      let text = '';
      for (let i = 0; i < count; i += 1) text += String(int(0, 9));
      return text;
    },
    chance: (p) => next() < p,
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let left = next() * total;
      for (const [value, weight] of entries) {
        left -= weight;
        if (left < 0) return value;
      }
      const last = entries.at(-1);
      if (last === undefined) throw new RangeError('weighted: no entries');
      return last[0];
    },
  };
}
