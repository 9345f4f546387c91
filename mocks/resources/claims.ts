/**
 * `claims`: stored as src/domain's Claim. Every answer carries `adjudication` recomputed from
 * current data by src/domain's `adjudicateClaim` (documents, other payouts), so it is never stale.
 *
 * The lifecycle (product.md, "Claim lifecycle"; src/domain/lifecycle.ts) is enforced:
 * - A decided claim (approved, paid, denied, referred, withdrawn) is closed: every PUT and DELETE
 *   answers 409 `ALREADY_DECIDED`, whoever asks (its payout counts against the policy period's
 *   aggregate, so neither its facts nor its existence may move). Only the payment run turns
 *   approved into paid.
 * - A PUT may change `status` only along an `edit` transition of src/domain/lifecycle.ts
 *   (received → awaiting_documents | in_review, awaiting_documents ⇄ in_review, in_review →
 *   withdrawn); any other → 422 `{ message, errors: { status } }` (decisions go through
 *   `POST /api/claims/:id/decision`, `paid` through `POST /api/payments/run`); out of
 *   pending_approval → 409 `PENDING_APPROVAL`.
 * - `completedDate` and `dueDate` are the server's: set when the last required document arrives
 *   (`completedDate` = that day, `dueDate` = + PAYMENT_DEADLINE_DAYS), and `dueDate` moved only by
 *   `POST /api/claims/:id/deadline-extension`. A POST or PUT body carrying other values than the
 *   stored ones → 422 `{ code: 'SERVER_MANAGED', errors: { completedDate | dueDate } }` (the same
 *   values, as an edit form sends back the whole record, are accepted).
 * - `decision`, `adjudication`, `recommendation`, `lock` and `deadlineExtension` in a PUT body are
 *   ignored (their own endpoints set them).
 * - The intake facts that change what the module pays (peril, policyId, incidentDate, repairCost,
 *   investigationCost, repairable, cause) follow four eyes (mocks/resources/claimIntake.ts): frozen
 *   while the claim waits for approval (409 `PENDING_APPROVAL`); an adjuster may change them on a
 *   received, awaiting or in-review claim but never away from theft_loss (403 `SUPERVISOR_REQUIRED`).
 * - Every PUT carries the `version` read (400 `{ errors: { version } }` without it, mocks/rest.ts).
 * - Answers mask `estimateImei` and add `plan`, `holderName`, `imeiCheck` (mocks/resources/claimPresentation.ts);
 *   a PUT sending the masked IMEI back keeps the stored one. `q` searches claim and policy numbers,
 *   holder name and kana, model, shop and the last four IMEI digits (mocks/resources/claimSearch.ts).
 * - An incident after today (JST) or after the claim's `receivedDate` → 422 `{ code:
 *   'INVALID_INCIDENT_DATE', errors: { incidentDate } }` on POST and PUT (src/domain/claimDates.ts).
 * An open claim may move to another policy or incident date (its documents move with it); its
 * adjudication is recomputed, and again when a decision is recorded. A claim locked by another user
 * answers 409 `CLAIM_LOCKED` to PUT and DELETE; a stale `version` answers 409 `VERSION_CONFLICT`.
 */
import { PAYMENT_DEADLINE_DAYS } from '../../src/domain/adjudication';
import { incidentDateMessage, incidentDateProblem } from '../../src/domain/claimDates';
import { addDays, type IsoDate } from '../../src/domain/dates';
import { canTransitionBy, DECIDED_STATUSES, isDecided, nextStatuses, transitionChannels } from '../../src/domain/lifecycle';
import type { Claim, ClaimStatus } from '../../src/domain/records';
import type { MockDb } from '../db';
import { adjudicateIn } from '../dbData';
import { badRequest, HttpError } from '../http/errors';
import { assertNotLockedByOther } from '../claimLock';
import { checkIntakeChange } from './claimIntake';
import { CLAIM_DERIVED_FIELDS, presentClaim } from './claimPresentation';
import { claimSearcher, searchAllClaims } from './claimSearch';
import { unmaskClaimBody } from './masking';
import { claimBodySchema } from './requestSchemas';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';

export { presentClaim } from './claimPresentation';

/** Statuses of a claim that was decided or closed (src/domain/lifecycle.ts): nothing about it changes any more. */
export { DECIDED_STATUSES };

/** Statuses a new claim may start in. */
const CREATE_STATUSES: readonly ClaimStatus[] = ['received', 'awaiting_documents', 'in_review'];

/** POST body: the claim's own facts; number, dates, status and the rest are set by the server or defaulted. */
const createClaimSchema = claimBodySchema
  .omit({ id: true, version: true, claimNumber: true, adjudication: true, decision: true, completedDate: true, dueDate: true })
  .partial({ description: true, cause: true, repairable: true, status: true, assigneeId: true, receivedDate: true, flags: true });

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

/** A 409 `ALREADY_DECIDED` for any write to a decided claim. */
function closed(claim: Claim, what: string): HttpError {
  return new HttpError(409, `Claim ${claim.claimNumber} is already ${claim.status}: a decided claim cannot be ${what}`, { code: 'ALREADY_DECIDED', status: claim.status });
}

/**
 * Refuses a status change a PUT may not make (see the module comment): 409 out of
 * pending_approval, 422 `{ errors: { status } }` for one the lifecycle does not allow or that
 * belongs to the decision endpoint or the payment run.
 */
function checkStatusChange(from: ClaimStatus, to: ClaimStatus): void {
  if (from === to || canTransitionBy(from, to, 'edit')) return;
  const channels = transitionChannels(from, to);
  if (from === 'pending_approval') {
    throw new HttpError(409, 'The claim waits for a supervisor: decide it with POST /api/claims/:id/decision', {
      code: 'PENDING_APPROVAL',
      errors: { status: 'A claim waiting for approval changes status only through a decision' },
    });
  }
  if (channels.includes('payment')) throw new HttpError(422, 'Status paid is set by POST /api/payments/run', { code: 'INVALID_TRANSITION', errors: { status: 'Run the payments instead' } });
  if (channels.includes('decision')) {
    throw new HttpError(422, `Status ${from} → ${to} is a decision: record it with POST /api/claims/:id/decision`, {
      code: 'INVALID_TRANSITION',
      errors: { status: 'Record a decision instead' },
    });
  }
  const allowed = nextStatuses(from).filter((next) => canTransitionBy(from, next, 'edit'));
  throw new HttpError(422, `The claim lifecycle does not allow ${from} → ${to} (product.md, "Claim lifecycle")`, {
    code: 'INVALID_TRANSITION',
    errors: { status: allowed.length > 0 ? `From ${from} an edit may set: ${allowed.join(', ')}` : `A ${from} claim changes status only through a decision` },
  });
}

/** Fields the server alone sets (see the module comment). */
const SERVER_DATES = ['completedDate', 'dueDate'] as const;

/** Fields only the answer carries (derived from the policy and the assignee): dropped from a PUT body, never stored. */
const CLAIM_ANSWER_ONLY = ['plan', 'holderName', 'imeiCheck', 'deviceModel', 'assigneeName'] as const;

const isJsonObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A 422 `SERVER_MANAGED` when `body` sets `completedDate` or `dueDate` to anything but `current`'s
 * (null for a new claim).
 */
function checkServerDates(body: unknown, current: Pick<Claim, 'completedDate' | 'dueDate'>): void {
  if (typeof body !== 'object' || body === null) return;
  const errors: Record<string, string> = {};
  for (const field of SERVER_DATES) {
    if (!(field in body)) continue;
    const sent = (body as Record<string, unknown>)[field];
    if (sent === undefined || sent === current[field]) continue;
    errors[field] =
      field === 'completedDate'
        ? 'Set by the server when the last required document arrives'
        : `Set by the server (completedDate + ${PAYMENT_DEADLINE_DAYS} days); extend it with POST /api/claims/:id/deadline-extension`;
  }
  if (Object.keys(errors).length > 0) {
    throw new HttpError(422, `${Object.keys(errors).join(' and ')} cannot be set: the server manages the payment deadline`, { code: 'SERVER_MANAGED', errors });
  }
}

/**
 * A 422 `{ message, errors: { incidentDate } }` when the incident is after `today` (JST) or after
 * the claim's `receivedDate` (src/domain/claimDates.ts: a future incident cannot be insured).
 */
function checkIncidentDate(claim: Pick<Claim, 'incidentDate' | 'receivedDate'>, today: IsoDate): void {
  const problem = incidentDateProblem(claim, today);
  if (problem === null) return;
  const message = incidentDateMessage(problem, claim, today);
  throw new HttpError(422, `Invalid incident date: ${message}`, { code: 'INVALID_INCIDENT_DATE', errors: { incidentDate: message } });
}

/** Moves the claim's documents to its new policy (a document's claim belongs to the document's policy). */
function moveDocuments(db: MockDb, claimId: string, policyId: string): void {
  for (const document of db.documentsOfClaim(claimId)) {
    if (document.policyId !== policyId) db.documents.replace({ ...document, policyId });
  }
}

/** The `claims` resource. */
export const claimsResource: Resource<Claim> = {
  name: 'claims',
  actions: { read: 'claims.read', create: 'claims.create', update: 'claims.update', delete: 'claims.delete' },
  source: (db) => db.claims,
  present: presentClaim,
  derived: CLAIM_DERIVED_FIELDS,
  versionOf: (claim) => claim.version,
  // q: claim number, shop; the policy's number, holder name and kana, model; IMEI last 4 digits (mocks/resources/claimSearch.ts).
  searcher: claimSearcher,
  searchAll: searchAllClaims,
  create(db, body) {
    checkServerDates(body, { completedDate: null, dueDate: null });
    const input = parseBody(createClaimSchema, isJsonObject(body) ? unmaskClaimBody(body, undefined) : body, 'claim');
    requirePolicy(db, input.policyId);
    const status = input.status ?? 'received';
    if (!CREATE_STATUSES.includes(status)) {
      throw new HttpError(422, `A new claim cannot be ${status}`, { errors: { status: `Expected one of ${CREATE_STATUSES.join(', ')}` } });
    }
    const id = db.claims.nextId('c');
    const receivedDate = input.receivedDate ?? db.clock.today();
    checkIncidentDate({ incidentDate: input.incidentDate, receivedDate }, db.clock.today());
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
      documentRequest: null,
      version: 0,
    };
    db.claims.insert({ ...draft, adjudication: adjudicateIn(db, draft) });
    refreshCompleteness(db, id);
    return db.claims.get(id) ?? draft;
  },
  update(db, stored, body, user) {
    if (isDecided(stored.status)) throw closed(stored, 'changed');
    assertNotLockedByOther(stored, user);
    checkServerDates(body, stored);
    const merged = mergeUpdate(stored, unmaskClaimBody(body, stored), ['version', 'decision', 'adjudication', 'recommendation', 'lock', 'deadlineExtension', 'documentRequest', ...SERVER_DATES]);
    for (const field of CLAIM_ANSWER_ONLY) delete merged[field];
    const claim = parseBody(claimBodySchema, merged, 'claim');
    requirePolicy(db, claim.policyId);
    checkStatusChange(stored.status, claim.status);
    checkIntakeChange(stored, claim, user);
    checkIncidentDate(claim, db.clock.today());
    const next: Claim = { ...claim, version: stored.version + 1 };
    if (next.policyId !== stored.policyId) moveDocuments(db, stored.id, next.policyId);
    const saved = db.claims.replace({ ...next, adjudication: adjudicateIn(db, next) });
    refreshCompleteness(db, saved.id);
    return db.claims.get(saved.id) ?? saved;
  },
  remove(db, stored, user) {
    if (isDecided(stored.status)) throw closed(stored, 'deleted');
    assertNotLockedByOther(stored, user);
    for (const document of db.documentsOfClaim(stored.id)) db.documents.remove(document.id);
    db.claims.remove(stored.id);
  },
};
