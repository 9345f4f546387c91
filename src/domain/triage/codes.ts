/**
 * Review flags of triage (shared/spec/product.md, "Fraud and review flags"): a closed set of codes,
 * each asking an adjuster for a closer look. A flag never decides anything: decisions come from the
 * adjudication module alone.
 */
import { z } from 'zod';
import { FLAG_CODES } from './flagCodes';

// The codes live in ./flagCodes.ts (no zod, for the first page); re-exported here unchanged.
export { FLAG_CODES } from './flagCodes';

/** zod enum of {@link FLAG_CODES} (./flagCodes.ts). */
export const flagCodeSchema = z.enum(FLAG_CODES);
/** One of {@link FLAG_CODES}. */
export type FlagCode = z.infer<typeof flagCodeSchema>;

/**
 * One review flag: its code and, when useful, a short detail made of figures only (dates, yen,
 * claim ids, masked IMEIs), e.g. `receipt 38500, claimed 36300`, so the UI can show it in any language.
 */
export const reviewFlagSchema = z.object({ code: flagCodeSchema, detail: z.string().optional() });
/** A review flag `{ code, detail? }`. */
export type ReviewFlag = z.infer<typeof reviewFlagSchema>;
