/**
 * `claims`: stored as src/domain's Claim. Every answer carries `adjudication` recomputed from
 * current data by src/domain's `adjudicateClaim` (documents, other payouts), so it is never stale.
 * Decisions go through `POST /api/claims/:id/decision` only: a PUT cannot record one, nor move a
 * claim into approved/denied/referred, nor change a decided claim (except approved → paid).
 */
import { PAYMENT_DEADLINE_DAYS } from '../../src/domain/adjudication';
import { addDays } from '../../src/domain/dates';
import { claimSchema, type Claim, type ClaimStatus } from '../../src/domain/records';
import type { MockDb } from '../db';
import { adjudicateIn } from '../dbData';
import { badRequest, HttpError } from '../http/errors';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';

/** Statuses of a claim that was decided or closed: no further decision may be recorded. */
export const DECIDED_STATUSES: readonly ClaimStatus[] = ['approved', 'paid', 'denied', 'referred', 'withdrawn'];

/** Statuses only the decision endpoint may set. */
const DECISION_STATUSES: readonly ClaimStatus[] = ['approved', 'denied', 'referred'];

/** Statuses a new claim may start in. */
const CREATE_STATUSES: readonly ClaimStatus[] = ['received', 'awaiting_documents', 'in_review'];

/** POST body: the claim's own facts; number, dates, status and the rest are set by the server or defaulted. */
const createClaimSchema = claimSchema
  .omit({ id: true, version: true, claimNumber: true, adjudication: true, decision: true, completedDate: true, dueDate: true })
  .partial({ description: true, cause: true, repairable: true, status: true, assigneeId: true, receivedDate: true, flags: true });

/** The claim as the API answers it: stored fields with a fresh `adjudication`. */
export function presentClaim(db: MockDb, claim: Claim): JsonObject {
  return { ...claim, adjudication: adjudicateIn(db, claim) };
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
  if (from === 'approved' && to === 'paid') return;
  if (DECIDED_STATUSES.includes(from)) throw new HttpError(409, `The claim is already ${from}; its status cannot change`);
  if (DECISION_STATUSES.includes(to) || to === 'paid') {
    throw new HttpError(422, `Status ${to} is set by POST /api/claims/:id/decision`, { errors: { status: 'Record a decision instead' } });
  }
}

/** The `claims` resource. */
export const claimsResource: Resource<Claim> = {
  name: 'claims',
  collection: (db) => db.claims,
  present: presentClaim,
  searchText: (db, claim) => {
    const policy = db.policy(claim.policyId);
    return [claim.id, claim.claimNumber, claim.description, claim.repairShop ?? '', policy?.policyNumber ?? '', policy?.holder.name ?? '', policy?.holder.kana ?? ''];
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
      version: 0,
    };
    db.claims.insert({ ...draft, adjudication: adjudicateIn(db, draft) });
    refreshCompleteness(db, id);
    return db.claims.get(id) ?? draft;
  },
  update(db, stored, body) {
    const merged = mergeUpdate(stored, body, ['version', 'decision', 'adjudication']);
    const claim = parseBody(claimSchema, merged, 'claim');
    requirePolicy(db, claim.policyId);
    checkStatusChange(stored.status, claim.status);
    const next: Claim = { ...claim, version: stored.version + 1 };
    return db.claims.replace({ ...next, adjudication: adjudicateIn(db, next) });
  },
  remove(db, stored) {
    for (const document of db.documentsOfClaim(stored.id)) db.documents.remove(document.id);
    db.claims.remove(stored.id);
  },
};
