/**
 * From stored records to the adjudication module's input: the one place where a claim, its policy,
 * its documents and the policy's other claims become `adjudicate`'s contract. The UI (preview) and
 * the mock backend (enforcement) both call it, so both decide from the same figures.
 */
import { adjudicate } from './adjudication';
import type { Adjudication, AdjudicationInput } from './adjudication/schemas';
import { paidInPeriod, policyPeriodOn } from './policyPeriod';
import type { Claim, ClaimDocument, Policy } from './records';

/** What adjudicating one claim needs: the claim, its policy, its documents, the policy's claims. */
export interface ClaimContext {
  claim: Claim;
  policy: Policy;
  /** Documents attached to the claim (those of other claims are ignored). */
  documents: readonly Pick<ClaimDocument, 'claimId' | 'kind'>[];
  /** Every claim of the policy (the claim itself may be among them; it is not counted as paid). */
  policyClaims: readonly Claim[];
}

/**
 * Builds `adjudicate`'s input: the period is the policy period of the incident date; paidInPeriod
 * counts the policy's approved and paid claims of that period, this claim left out.
 */
export function buildAdjudicationInput({ claim, policy, documents, policyClaims }: ClaimContext): AdjudicationInput {
  const period = policyPeriodOn(policy.inceptionDate, claim.incidentDate);
  const kinds = [...new Set(documents.filter((d) => d.claimId === claim.id).map((d) => d.kind))];
  return {
    plan: policy.plan,
    period,
    paidInPeriod: paidInPeriod(policyClaims, period, claim.id),
    enrollmentPhotoOnFile: policy.enrollmentPhotoOnFile,
    device: {
      imei: policy.device.imei,
      carrier: policy.device.carrier,
      gitekiCertified: policy.device.gitekiCertified,
      purchasePrice: policy.device.purchasePrice,
      replacementCost: policy.device.replacementCost,
      purchaseDate: policy.device.purchaseDate,
    },
    claim: {
      peril: claim.peril,
      incidentDate: claim.incidentDate,
      cause: claim.cause,
      repairable: claim.repairable,
      repairCost: claim.repairCost,
      investigationCost: claim.investigationCost,
      estimateImei: claim.estimateImei,
      documents: kinds,
    },
  };
}

/** Adjudicates a stored claim in its context. Throws (ZodError) when the records are invalid. */
export function adjudicateClaim(context: ClaimContext): Adjudication {
  return adjudicate(buildAdjudicationInput(context));
}
