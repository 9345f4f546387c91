/**
 * Money is an integer number of yen everywhere: no decimals, no floats (adjudication.md, "Terms").
 */
import { z } from 'zod';

/** An amount of money in integer yen. */
export type Yen = number;

/**
 * zod schema of an amount in integer yen, zero or more; rejects fractions, negatives, NaN.
 * A negative zero (which JSON can carry as `-0`) is read as 0.
 */
export const yenSchema = z
  .number()
  .int()
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .overwrite((amount) => (amount === 0 ? 0 : amount));
