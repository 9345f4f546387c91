/**
 * How much data the seed generates. The size is a number of claims; policies follow at four per
 * three claims (the default 1,500 claims come with 2,000 policies). The hand-written scenarios
 * (23 claims on 22 policies) count towards the size; a size at or below 23 gives the scenarios only.
 */

/** Named sizes, in claims: `small` for quick tests, `default` for the app, `large` for the benchmark. */
export const SEED_SIZES = { small: 150, default: 1_500, large: 100_000 } as const;

/** The size the app seeds unless told otherwise (about 2,000 policies and 1,500 claims). */
export const DEFAULT_SEED_SIZE: number = SEED_SIZES.default;

/** The largest size the seed accepts (throws RangeError above it). */
export const MAX_SEED_SIZE: number = SEED_SIZES.large;

/** Policies generated for a size of `claims`: 4 per 3 claims, rounded. */
export function policiesForSize(claims: number): number {
  return Math.round((claims * 4) / 3);
}
