/**
 * The mock database's data as plain records, and the one way the mock finds what adjudicating a
 * stored claim needs. Adjudication itself is src/domain's `adjudicateClaim`: the mock never decides
 * anything on its own.
 */
import { adjudicateClaim, type ClaimContext } from '../src/domain/claimAdjudication';
import type { Adjudication } from '../src/domain/adjudication';
import type { AuditEvent, Claim, ClaimDocument, Payment, Policy, Survey, User } from '../src/domain/records';

/** Every record of the mock database, as plain JSON-safe objects (a seed, or a snapshot). */
export interface DbData {
  policies: Policy[];
  claims: Claim[];
  documents: ClaimDocument[];
  payments: Payment[];
  surveys: Survey[];
  users: User[];
  auditEvents: AuditEvent[];
}

/** Read access to related records: implemented by the database and, while seeding, by plain arrays. */
export interface DataReader {
  /** The policy with `id`, or undefined. */
  policy(id: string): Policy | undefined;
  /** Every claim of the policy `policyId`. */
  claimsOfPolicy(policyId: string): Claim[];
  /** Every document attached to the claim `claimId`. */
  documentsOfClaim(claimId: string): ClaimDocument[];
}

/** A {@link DataReader} over plain arrays (used by the seed before a database exists). */
export function arrayReader(data: DbData): DataReader {
  return {
    policy: (id) => data.policies.find((p) => p.id === id),
    claimsOfPolicy: (policyId) => data.claims.filter((c) => c.policyId === policyId),
    documentsOfClaim: (claimId) => data.documents.filter((d) => d.claimId === claimId),
  };
}

/** Thrown when a claim's policy is not in the data (the database keeps this from happening). */
export class MissingPolicyError extends Error {
  constructor(claim: Pick<Claim, 'id' | 'policyId'>) {
    super(`Claim ${claim.id} refers to unknown policy ${claim.policyId}`);
    this.name = 'MissingPolicyError';
  }
}

/**
 * What `adjudicateClaim` needs for `claim`: its policy, its documents and the policy's claims, as
 * `reader` has them now (the stored version of `claim` is replaced by `claim` itself).
 * Throws MissingPolicyError when the policy is unknown.
 */
export function claimContext(reader: DataReader, claim: Claim): ClaimContext {
  const policy = reader.policy(claim.policyId);
  if (!policy) throw new MissingPolicyError(claim);
  const others = reader.claimsOfPolicy(claim.policyId).filter((c) => c.id !== claim.id);
  return { claim, policy, documents: reader.documentsOfClaim(claim.id), policyClaims: [...others, claim] };
}

/**
 * Adjudicates `claim` from current data with src/domain's `adjudicateClaim` (paid-in-period counts
 * the policy's other approved and paid claims). Throws MissingPolicyError, or ZodError on invalid records.
 */
export function adjudicateIn(reader: DataReader, claim: Claim): Adjudication {
  return adjudicateClaim(claimContext(reader, claim));
}
