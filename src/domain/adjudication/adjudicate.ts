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
import type { Line } from './lines';
import { screen } from './rules';
import {
  adjudicationInputSchema,
  type Adjudication,
  type AdjudicationInput,
  type DocumentKind,
  type ParsedAdjudicationInput,
  type ReasonCode,
} from './schemas';
import { costBasis, settle } from './settlement';
import { PLAN_TERMS } from './terms';
import { wellFormedInput } from './wellFormedInput';

/**
 * The output, with the aggregate figures of the period: `remainingAfter = max(0, limit − paidBefore
 * − payout)`. One object shape for every decision.
 */
function adjudication(
  input: ParsedAdjudicationInput,
  decision: Adjudication['decision'],
  payout: Yen,
  reasons: ReasonCode[],
  lines: Line[],
  missing: DocumentKind[],
): Adjudication {
  const limit = PLAN_TERMS[input.plan].aggregateLimit;
  return {
    decision,
    payout,
    reasons,
    lines,
    missingDocuments: missing,
    aggregate: { limit, paidBefore: input.paidInPeriod, remainingAfter: Math.max(0, limit - input.paidInPeriod - payout) },
  };
}

/**
 * Adjudicates input that `adjudicationInputSchema` has validated (or that `wellFormedInput` accepted,
 * which is the same input: ./wellFormedInput.ts): walks the decision order (tiers 1–3 in ./rules.ts,
 * 4–5 in ./settlement.ts). `adjudicate` is exactly this after validation; tests use it as the
 * reference path `adjudicateValidated(adjudicationInputSchema.parse(x))`. Throws only on a broken
 * invariant (an amount rule missing for a peril).
 */
export function adjudicateValidated(input: ParsedAdjudicationInput): Adjudication {
  const missing = missingDocuments(input.claim.peril, input.claim.documents, input.enrollmentPhotoOnFile);
  const screened = screen(input);
  if (screened) return adjudication(input, screened.decision, 0, screened.reasons, [], missing);

  const basis = costBasis(input);
  // The pend tier raised AMOUNT_MISSING had the basis been null.
  if (!basis) throw new Error('Unreachable: AMOUNT_MISSING passed screening');
  const settlement = settle(basis, input.plan, input.paidInPeriod);
  if (settlement.denials.length > 0) return adjudication(input, 'deny', 0, settlement.denials, settlement.lines, missing);
  return adjudication(input, 'approve', settlement.amount, settlement.notes, settlement.lines, missing);
}

/**
 * Adjudicates a claim (adjudication.md, "The contract"). Validates `input` first: invalid input (a
 * negative or fractional amount, an impossible date, an unknown enum value, a period that starts
 * after it ends) throws a ZodError of `adjudicationInputSchema` and never returns a decision.
 * `missingDocuments` is reported whatever the decision; `payout` is 0 unless the decision is
 * 'approve'; amounts in integer yen, dates JST `YYYY-MM-DD`.
 *
 * Validation: well-formed input is recognised by the fast check `wellFormedInput` (no zod on that
 * path); anything it does not accept is parsed by `adjudicationInputSchema.parse`, which throws the
 * ZodError. Either way the result equals `adjudicateValidated(adjudicationInputSchema.parse(input))`
 * for every input (property-tested in ./wellFormedInput.test.ts).
 */
export function adjudicate(input: AdjudicationInput): Adjudication {
  return adjudicateValidated(wellFormedInput(input) ?? adjudicationInputSchema.parse(input));
}
