/**
 * Loads what reviewing a claim needs (its policy, its documents, the policy's other claims) and the
 * adjudication the shared module gives it — the very code the backend enforces.
 *
 * decision: the API masks IMEIs (contracts of issue 4, item 6), so the module run here on masked
 * records would see an invalid IMEI. The backend presents every claim with a fresh `adjudication`
 * computed by the same module on the full records; the preview uses it, and computes its own only
 * for a claim presented without one.
 */
import { useMemo } from 'react';
import { useGetList, useGetOne } from 'react-admin';
import { adjudicateClaim } from '../../domain/claimAdjudication';
import type { Adjudication } from '../../domain/adjudication';
import type { Claim, ClaimDocument, Policy } from '../../domain/records';

/** The preview's state: loading, failed (with the error), or ready with the adjudication. */
export interface ClaimPreview {
  policy?: Policy;
  documents: ClaimDocument[];
  /** The policy's claims (this one included), for the flags' explanations. */
  policyClaims: Claim[];
  adjudication?: Adjudication;
  error?: Error;
  isPending: boolean;
}

const ALL = { page: 1, perPage: 1000 };

/** Previews `claim`'s adjudication; recomputes whenever the claim, policy or documents change. */
export function useClaimPreview(claim: Claim): ClaimPreview {
  const policyQuery = useGetOne<Policy>('policies', { id: claim.policyId });
  const documentsQuery = useGetList<ClaimDocument>('documents', {
    filter: { claimId: claim.id },
    pagination: ALL,
    sort: { field: 'uploadedAt', order: 'ASC' },
  });
  const claimsQuery = useGetList<Claim>('claims', {
    filter: { policyId: claim.policyId },
    pagination: ALL,
    sort: { field: 'incidentDate', order: 'ASC' },
  });
  const policy = policyQuery.data;
  const documents = documentsQuery.data;
  const policyClaims = claimsQuery.data;
  const loadError = policyQuery.error ?? documentsQuery.error ?? claimsQuery.error ?? undefined;

  const presented = claim.adjudication;
  const computed = useMemo(() => {
    if (presented) return { adjudication: presented };
    if (!policy || !documents || !policyClaims) return {};
    try {
      return { adjudication: adjudicateClaim({ claim, policy, documents, policyClaims }) };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  }, [presented, claim, policy, documents, policyClaims]);

  return {
    policy,
    documents: documents ?? [],
    policyClaims: policyClaims ?? [],
    adjudication: computed.adjudication,
    error: loadError ?? computed.error,
    isPending: !loadError && !computed.adjudication && !computed.error,
  };
}
