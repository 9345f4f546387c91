/**
 * `claims`: stored as src/domain's Claim. Every answer carries `adjudication` recomputed from
 * current data by src/domain's `adjudicateClaim` (documents, other payouts), so it is never stale.
 * Decisions go through `POST /api/claims/:id/decision` only: a PUT cannot record one, nor move a
 * claim into pending_approval/approved/denied/referred, nor out of pending_approval, nor change a
 * decided claim; `paid` is set by `POST /api/payments/run`. `recommendation`, `lock` and
 * `deadlineExtension` are server-managed (their own endpoints); a claim locked by another user
 * answers 409 `CLAIM_LOCKED` to PUT and DELETE. A PUT with a stale `version` answers 409.
 */
import { PAYMENT_DEADLINE_DAYS } from '../../src/domain/adjudication';
import { addDays } from '../../src/domain/dates';
import { claimSchema, type Claim, type ClaimStatus, type Policy } from '../../src/domain/records';
import type { MockDb } from '../db';
import { adjudicateIn, deriveClaim } from '../dbData';
import { badRequest, HttpError } from '../http/errors';
import { assertNotLockedByOther } from '../claimLock';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';
import { imeiSuffix, textSearch } from './search';

/** Statuses of a claim that was decided or closed: no further decision may be recorded. */
export const DECIDED_STATUSES: readonly ClaimStatus[] = ['approved', 'paid', 'denied', 'referred', 'withdrawn'];

/** Statuses only the decision endpoint (and, for paid, the payment run) may set. */
const DECISION_STATUSES: readonly ClaimStatus[] = ['pending_approval', 'approved', 'denied', 'referred', 'paid'];

/** Statuses a new claim may start in. */
const CREATE_STATUSES: readonly ClaimStatus[] = ['received', 'awaiting_documents', 'in_review'];

/** POST body: the claim's own facts; number, dates, status and the rest are set by the server or defaulted. */
const createClaimSchema = claimSchema
  .omit({ id: true, version: true, claimNumber: true, adjudication: true, decision: true, completedDate: true, dueDate: true })
  .partial({ description: true, cause: true, repairable: true, status: true, assigneeId: true, receivedDate: true, flags: true });

/**
 * The claim as the API answers it: stored fields with a fresh `adjudication` and fresh review
 * `flags` (codes of src/domain/triage's FLAG_CODES), both computed by src/domain from current data.
 * Cached per stored record until anything of its policy changes (MockDb.memoForClaim), so a list
 * filtering on `flags` or `adjudication.*` over 100,000 claims recomputes only what changed. The
 * answer is shared with later calls: serialize it or copy it, never change it.
 */
export function presentClaim(db: MockDb, claim: Claim): JsonObject {
  return db.memoForClaim(claim, 'presented', (): JsonObject => ({ ...claim, ...deriveClaim(db, claim) }));
}

/**
 * Marks the claim complete (請求完了) once the adjudication module reports no missing document:
 * `completedDate` = today, `dueDate` = today + PAYMENT_DEADLINE_DAYS, and a claim awaiting documents
 * returns to review. Does nothing to a claim already complete, decided, or absent.
 */
export function refreshCompleteness(db: MockDb, claimId: string | null): void {
  const claim = claimId === null ? undefined : db.claims.get(claimId);
  if (!claim || claim.completedDate !== null || DECIDED_STATUSES.includes(claim.status)) return;
  const adjudication = adjudicateIn(db, claim);
  if (adjudication.missingDocuments.length > 0) return;
  const today = db.clock.today();
  db.claims.replace({
    ...claim,
    completedDate: today,
    dueDate: addDays(today, PAYMENT_DEADLINE_DAYS),
    status: claim.status === 'awaiting_documents' ? 'in_review' : claim.status,
    adjudication,
    version: claim.version + 1,
  });
}

function requirePolicy(db: MockDb, policyId: string): void {
  if (!db.policies.has(policyId)) throw badRequest('Invalid claim', { policyId: `Unknown policy ${policyId}` });
}

function checkStatusChange(from: ClaimStatus, to: ClaimStatus): void {
  if (from === to) return;
  if (DECIDED_STATUSES.includes(from)) throw new HttpError(409, `The claim is already ${from}; its status cannot change`, { code: 'ALREADY_DECIDED' });
  if (from === 'pending_approval') {
    throw new HttpError(409, 'The claim waits for a supervisor: decide it with POST /api/claims/:id/decision', { code: 'PENDING_APPROVAL' });
  }
  if (to === 'paid') throw new HttpError(422, 'Status paid is set by POST /api/payments/run', { errors: { status: 'Run the payments instead' } });
  if (DECISION_STATUSES.includes(to)) {
    throw new HttpError(422, `Status ${to} is set by POST /api/claims/:id/decision`, { errors: { status: 'Record a decision instead' } });
  }
}

const claimText = textSearch((claim: Claim) => [claim.claimNumber, claim.description, claim.repairShop]);
const policyText = textSearch((policy: Policy) => [policy.policyNumber, policy.holder.name, policy.holder.kana, policy.device.model]);

/** The `claims` resource. */
export const claimsResource: Resource<Claim> = {
  name: 'claims',
  actions: { read: 'claims.read', create: 'claims.create', update: 'claims.update', delete: 'claims.delete' },
  source: (db) => db.claims,
  present: presentClaim,
  derived: ['adjudication', 'flags'],
  versionOf: (claim) => claim.version,
  // q: claim number, description, shop; the policy's number, holder name and kana, model; IMEI last digits.
  searcher(db, needle) {
    const imei = imeiSuffix(needle);
    return (claim) => {
      const policy = db.policy(claim.policyId);
      return claimText(claim, needle) || (policy !== undefined && (policyText(policy, needle) || imei(policy.device.imei))) || imei(claim.estimateImei);
    };
  },
  create(db, body) {
    const input = parseBody(createClaimSchema, body, 'claim');
    requirePolicy(db, input.policyId);
    const status = input.status ?? 'received';
    if (!CREATE_STATUSES.includes(status)) {
      throw new HttpError(422, `A new claim cannot be ${status}`, { errors: { status: `Expected one of ${CREATE_STATUSES.join(', ')}` } });
    }
    const id = db.claims.nextId('c');
    const receivedDate = input.receivedDate ?? db.clock.today();
    const draft: Claim = {
      ...input,
      id,
      claimNumber: `CLM-${receivedDate.slice(0, 4)}-${id.slice(2)}`,
      description: input.description ?? '',
      cause: input.cause ?? 'accident',
      repairable: input.repairable ?? true,
      status,
      assigneeId: input.assigneeId ?? null,
      receivedDate,
      completedDate: null,
      dueDate: null,
      flags: input.flags ?? [],
      adjudication: null,
      decision: null,
      recommendation: null,
      lock: null,
      deadlineExtension: null,
      version: 0,
    };
    db.claims.insert({ ...draft, adjudication: adjudicateIn(db, draft) });
    refreshCompleteness(db, id);
    return db.claims.get(id) ?? draft;
  },
  update(db, stored, body, user) {
    assertNotLockedByOther(stored, user);
    const merged = mergeUpdate(stored, body, ['version', 'decision', 'adjudication', 'recommendation', 'lock', 'deadlineExtension']);
    const claim = parseBody(claimSchema, merged, 'claim');
    requirePolicy(db, claim.policyId);
    checkStatusChange(stored.status, claim.status);
    const next: Claim = { ...claim, version: stored.version + 1 };
    return db.claims.replace({ ...next, adjudication: adjudicateIn(db, next) });
  },
  remove(db, stored, user) {
    assertNotLockedByOther(stored, user);
    for (const document of db.documentsOfClaim(stored.id)) db.documents.remove(document.id);
    db.claims.remove(stored.id);
  },
};
