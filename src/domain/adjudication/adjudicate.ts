/**
 * `adjudicate`: the decision on a claim (adjudication.md, "The contract" and "Decision order").
 *
 * Decision order; the first tier with a reason decides and `reasons` lists every reason of that tier,
 * in REASON_CODES order:
 *   1. deny   CARRIER_INELIGIBLE, NOT_GITEKI_CERTIFIED, OUTSIDE_PERIOD, PERIL_NOT_COVERED, AGEING_EXCLUDED
 *   2. refer  WARRANTY_REFERRAL
 *   3. pend   MISSING_DOCUMENTS, IMEI_INVALID, IMEI_MISMATCH, AMOUNT_MISSING          (./rules.ts)
 *   4. deny   BELOW_DEDUCTIBLE, NO_COVERED_COST, AGGREGATE_EXHAUSTED                   (./settlement.ts)
 *   5. approve, with CAPPED_PER_INCIDENT, CAPPED_BY_AGGREGATE, INVESTIGATION_COST_ONLY,
 *      THEFT_LOSS_HALF_DEVICE_PRICE when they apply
 *
 * decision (lines of a non-approve decision): tiers 1–3 return no lines, since no amount should be
 * read as payable before eligibility, documents and IMEI are settled; a tier 4 denial returns the
 * arithmetic that leads to zero (e.g. REPAIR_COST 2,500, DEDUCTIBLE −2,500, PAYOUT 0), so the adjuster
 * sees why. Either way the lines before PAYOUT add up to the payout.
 */
import type { Yen } from '../money';
import { missingDocuments } from './documents';
import { screen } from './rules';
import { adjudicationInputSchema, type Adjudication, type AdjudicationInput, type ParsedAdjudicationInput } from './schemas';
import { costBasis, settle } from './settlement';
import { PLAN_TERMS } from './terms';

type Verdict = Pick<Adjudication, 'decision' | 'payout' | 'reasons' | 'lines'>;

/** Walks the decision order over validated input. */
function decide(input: ParsedAdjudicationInput): Verdict {
  const screened = screen(input);
  if (screened) return { ...screened, payout: 0, lines: [] };

  const basis = costBasis(input);
  // The pend tier raised AMOUNT_MISSING had the basis been null.
  if (!basis) throw new Error('Unreachable: AMOUNT_MISSING passed screening');
  const settlement = settle(basis, input.plan, input.paidInPeriod);
  if (settlement.denials.length > 0) {
    return { decision: 'deny', payout: 0, reasons: settlement.denials, lines: settlement.lines };
  }
  return { decision: 'approve', payout: settlement.amount, reasons: settlement.notes, lines: settlement.lines };
}

/** The aggregate figures of the period: `remainingAfter = max(0, limit − paidBefore − payout)`. */
function aggregateAfter(input: ParsedAdjudicationInput, payout: Yen): Adjudication['aggregate'] {
  const limit = PLAN_TERMS[input.plan].aggregateLimit;
  return { limit, paidBefore: input.paidInPeriod, remainingAfter: Math.max(0, limit - input.paidInPeriod - payout) };
}

/**
 * Adjudicates a claim. Validates `input` with `adjudicationInputSchema` first: invalid input (a
 * negative or fractional amount, an impossible date, an unknown enum value, a period that starts
 * after it ends) throws a ZodError and never returns a decision. `missingDocuments` is reported
 * whatever the decision; `payout` is 0 unless the decision is 'approve'.
 */
export function adjudicate(input: AdjudicationInput): Adjudication {
  const parsed = adjudicationInputSchema.parse(input);
  const verdict = decide(parsed);
  return {
    ...verdict,
    missingDocuments: missingDocuments(parsed.claim.peril, parsed.claim.documents, parsed.enrollmentPhotoOnFile),
    aggregate: aggregateAfter(parsed, verdict.payout),
  };
}
