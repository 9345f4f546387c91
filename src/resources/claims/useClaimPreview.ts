/**
 * Loads what adjudicating a claim needs (its policy, its documents, the policy's other claims) and
 * previews the decision with the shared adjudication module — the very code the backend enforces.
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

  const computed = useMemo(() => {
    if (!policy || !documents || !policyClaims) return {};
    try {
      return { adjudication: adjudicateClaim({ claim, policy, documents, policyClaims }) };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  }, [claim, policy, documents, policyClaims]);

  return {
    policy,
    documents: documents ?? [],
    adjudication: computed.adjudication,
    error: loadError ?? computed.error,
    isPending: !loadError && !computed.adjudication && !computed.error,
  };
}
