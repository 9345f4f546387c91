/**
 * What the claim page reads beyond the stored claim: the fields the backend adds when it presents a
 * claim (contracts of issue 4, item 6: `imeiCheck`, `holderName`), parsed with zod at the
 * boundary so a missing or malformed field reads as absent rather than breaking the page.
 */
import { z } from 'zod';
import type { Claim } from '../../../domain/records';

/** The backend's IMEI comparison, made on the unmasked IMEIs (null when the estimate has none). */
const imeiCheckSchema = z.object({ matchesPolicy: z.boolean(), checkDigitValid: z.boolean() });
/** `{ matchesPolicy, checkDigitValid }` of the estimate's IMEI against the policy's. */
export type ImeiCheck = z.infer<typeof imeiCheckSchema>;

const extrasSchema = z.object({
  imeiCheck: imeiCheckSchema.nullable().optional().catch(undefined),
  holderName: z.string().optional().catch(undefined),
});

/** The presented claim's extra fields; each absent (undefined) when the backend did not send it. */
export interface ClaimExtras {
  imeiCheck?: ImeiCheck | null;
  holderName?: string;
}

/** Reads {@link ClaimExtras} off a presented claim record; never throws. */
export function claimExtras(claim: Claim): ClaimExtras {
  const parsed = extrasSchema.safeParse(claim);
  return parsed.success ? parsed.data : {};
}
