/**
 * The zod schema of a JST calendar date `YYYY-MM-DD`, kept apart from ./dates.ts so that code
 * using only the date arithmetic (the claims list, the first page: issue 6, item 3) loads no zod.
 */
import { z } from 'zod';
import { EARLIEST_BUSINESS_DATE, isIsoDate, LATEST_BUSINESS_DATE } from './dates';

/**
 * zod schema of a real calendar date `YYYY-MM-DD` (rejects 2026-02-30) within the business range
 * EARLIEST_BUSINESS_DATE–LATEST_BUSINESS_DATE (./dates.ts).
 */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Expected a calendar date YYYY-MM-DD' })
  .refine((date) => date >= EARLIEST_BUSINESS_DATE && date <= LATEST_BUSINESS_DATE, {
    message: `Expected a date between ${EARLIEST_BUSINESS_DATE} and ${LATEST_BUSINESS_DATE}`,
  });
