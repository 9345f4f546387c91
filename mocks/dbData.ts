/**
 * The mock database's data as plain records, and the one way the mock finds what adjudicating (and
 * flagging) a stored claim needs. Adjudication itself is src/domain's `adjudicateClaim`, the review
 * flags src/domain/triage's `reviewFlags`: the mock never decides anything on its own.
 */
import { adjudicateClaim } from '../src/domain/claimAdjudication';
import type { Adjudication } from '../src/domain/adjudication';
import type { AuditEvent, Claim, ClaimDocument, Note, Payment, Policy, Survey, User } from '../src/domain/records';
import type { StoredFile } from './fileStore';
import { flagCodes, reviewFlags, type FlagCode, type ReviewFlag } from '../src/domain/triage';
import { deepFreeze } from './collection';

/** Every record of the mock database, as plain JSON-safe objects (a seed, or a snapshot). */
export interface DbData {
  policies: Policy[];
  claims: Claim[];
  documents: ClaimDocument[];
  payments: Payment[];
  surveys: Survey[];
  users: User[];
  auditEvents: AuditEvent[];
  /** Notes on claims, append-only (absent in a seed: none). */
  notes?: Note[];
  /** Uploaded documents' bytes (mocks/fileStore.ts; absent in a seed: none). */
  files?: StoredFile[];
}

/** Read access to related records: implemented by the database (indexed) and, while seeding, by {@link RecordIndex}. */
export interface DataReader {
  /** The policy with `id`, or undefined. */
  policy(id: string): Policy | undefined;
  /** Every claim of the policy `policyId` (in no guaranteed order). */
  claimsOfPolicy(policyId: string): Claim[];
  /** Every document attached to the claim `claimId` (in no guaranteed order). */
  documentsOfClaim(claimId: string): ClaimDocument[];
}

/** A {@link DataReader} over plain arrays, scanning them on each call (for tests over small data). */
export function arrayReader(data: Pick<DbData, 'policies' | 'claims' | 'documents'>): DataReader {
  return {
    policy: (id) => data.policies.find((p) => p.id === id),
    claimsOfPolicy: (policyId) => data.claims.filter((c) => c.policyId === policyId),
    documentsOfClaim: (claimId) => data.documents.filter((d) => d.claimId === claimId),
  };
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * A {@link DataReader} that indexes records as they are added (policies by id, claims by policy,
 * documents by claim): what the seed uses to adjudicate 100,000 claims without scanning arrays.
 * `replaceClaim` swaps a claim already added (same id) for its newer version.
 */
export class RecordIndex implements DataReader {
  private readonly policies = new Map<string, Policy>();
  private readonly claimsByPolicy = new Map<string, Claim[]>();
  private readonly documentsByClaim = new Map<string, ClaimDocument[]>();

  /** Indexes `policy`. */
  addPolicy(policy: Policy): void {
    this.policies.set(policy.id, policy);
  }

  /** Indexes `claim` under its policy. */
  addClaim(claim: Claim): void {
    push(this.claimsByPolicy, claim.policyId, claim);
  }

  /** Replaces the indexed claim with `claim.id` by `claim` (adds it when absent). */
  replaceClaim(claim: Claim): void {
    const list = this.claimsByPolicy.get(claim.policyId) ?? [];
    const at = list.findIndex((c) => c.id === claim.id);
    if (at >= 0) list[at] = claim;
    else this.addClaim(claim);
  }

  /** Indexes `document` under its claim (policy-level documents, `claimId` null, are not indexed). */
  addDocument(document: ClaimDocument): void {
    if (document.claimId !== null) push(this.documentsByClaim, document.claimId, document);
  }

  policy(id: string): Policy | undefined {
    return this.policies.get(id);
  }

  claimsOfPolicy(policyId: string): Claim[] {
    return [...(this.claimsByPolicy.get(policyId) ?? [])];
  }

  documentsOfClaim(claimId: string): ClaimDocument[] {
    return [...(this.documentsByClaim.get(claimId) ?? [])];
  }
}

/** Thrown when a claim's policy is not in the data (the database keeps this from happening). */
export class MissingPolicyError extends Error {
  constructor(claim: Pick<Claim, 'id' | 'policyId'>) {
    super(`Claim ${claim.id} refers to unknown policy ${claim.policyId}`);
    this.name = 'MissingPolicyError';
  }
}

/**
 * Everything about one stored claim that adjudication (src/domain's ClaimContext) and the review
 * flags (src/domain/triage's FlagContext) read: the claim, its policy, its documents, the policy's claims.
 */
export interface StoredClaimContext {
  claim: Claim;
  policy: Policy;
  documents: readonly ClaimDocument[];
  /** The policy's claims, `claim` itself in place of its stored version. */
  policyClaims: readonly Claim[];
}

/**
 * The context of `claim` as `reader` has it now (the stored version of `claim` is replaced by
 * `claim` itself). Throws MissingPolicyError when the policy is unknown.
 */
export function claimContext(reader: DataReader, claim: Claim): StoredClaimContext {
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

/** The review flags of `claim` from current data (src/domain/triage's `reviewFlags`). Throws MissingPolicyError. */
export function reviewFlagsIn(reader: DataReader, claim: Claim): ReviewFlag[] {
  return reviewFlags(claimContext(reader, claim));
}

/** What the API derives afresh from a stored claim: its adjudication and its review flag codes. */
export interface ClaimDerivation {
  adjudication: Adjudication;
  /** Codes of src/domain/triage's FLAG_CODES, in that order. */
  flags: FlagCode[];
}

/**
 * The fresh adjudication and review flags of `claim` from current data (one context for both),
 * deep-frozen so that it can be cached and shared. Throws MissingPolicyError, or ZodError on invalid records.
 */
export function deriveClaim(reader: DataReader, claim: Claim): ClaimDerivation {
  const context = claimContext(reader, claim);
  return deepFreeze({ adjudication: adjudicateClaim(context), flags: flagCodes(reviewFlags(context)) });
}
