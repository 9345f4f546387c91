/**
 * IMEIs for seeded phones: 15 digits with a Luhn check digit (adjudication.md, "Eligibility"), or a
 * deliberately wrong check digit to exercise IMEI_INVALID.
 */
import { completeImei, imeiCheckDigit } from '../../src/domain/adjudication';
import type { Random } from '../random';

/** A 15-digit IMEI (type allocation code starting `35`) with a valid Luhn check digit, or (when `invalid`) a wrong one. */
export function makeImei(random: Random, invalid = false): string {
  const body = `35${random.digits(12)}`;
  return invalid ? `${body}${(imeiCheckDigit(body) + 1) % 10}` : completeImei(body);
}

/**
 * A valid IMEI of another phone than `imei`: one whose last four digits differ from it, so the two
 * stay distinguishable when masked (`***********1234`, src/domain/personalData.ts).
 */
export function makeOtherImei(random: Random, imei: string): string {
  for (;;) {
    const other = makeImei(random);
    if (other.slice(-4) !== imei.slice(-4)) return other;
  }
}
