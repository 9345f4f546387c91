/**
 * The adjuster's workflow actions on claims (issue 4; shared/spec/product.md, "Claim lifecycle" and
 * "Users and roles"):
 *
 * - `POST /api/claims/:id/document-request` `{ missing: DocumentKind[] (1..5, distinct), message
 *   (trimmed, 1..2,000 characters), version? }` (adjuster, supervisor): asks the customer for the
 *   missing documents. The claim (received, in_review or awaiting_documents) becomes
 *   awaiting_documents and keeps `documentRequest { missing, message, requestedBy, requestedByName,
 *   requestedAt }` → 200 the claim; version + 1; audited `document.request`. 400 invalid body;
 *   404; 409 stale `version` (`VERSION_CONFLICT`), decided (`ALREADY_DECIDED`), waiting for a
 *   supervisor (`PENDING_APPROVAL`: only the supervisor's decision moves it), locked by another
 *   (`CLAIM_LOCKED`).
 * - `POST /api/claims/document-requests` `{ ids (1..100) }`: the same for each claim, with the
 *   documents the adjudication module finds missing now and the letter of
 *   src/domain/documentRequest.ts → 200 `{ requested, skipped: { id, code, message }[] }`
 *   (skipped: NOT_FOUND, ALREADY_DECIDED, PENDING_APPROVAL, CLAIM_LOCKED, NOTHING_MISSING).
 * - `POST /api/claims/assign` `{ ids (1..100), assigneeId: string | null }`: an adjuster assigns
 *   claims to themself (not one another user holds: `ASSIGNED_TO_OTHER`) or unassigns their own
 *   (`NOT_YOURS` otherwise); another assignee → 403. A supervisor assigns to any adjuster or
 *   supervisor, or unassigns. An unknown assignee, or a manager, → 400. → 200 `{ updated, skipped }`
 *   (also NOT_FOUND, ALREADY_DECIDED, CLAIM_LOCKED, UNCHANGED); each updated claim version + 1,
 *   audited `claim.assign`.
 * All: 401; 403 managers. Nothing awaits between reading a claim and writing it.
 */
import { HttpResponse } from 'msw';
import { z } from 'zod';
import { documentKindSchema, type DocumentKind } from '../src/domain/adjudication/schemas';
import { documentRequestTemplate } from '../src/domain/documentRequest';
import type { Claim, User } from '../src/domain/records';
import { audited } from './audit';
import { assertWritable, findClaim, forEachClaim } from './claimGuards';
import type { MockDb } from './db';
import { adjudicateIn } from './dbData';
import { badRequest, forbidden, HttpError, readJsonBody } from './http/errors';
import { TEXT_LIMITS } from './http/limits';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { presentClaim } from './resources/claims';
import { checkVersion, parseBody } from './resources/resource';
import { displayNameOf } from './userNames';
import { MOCK_USERS } from './users';

/** The most claims one bulk request may name. */
export const MAX_BULK_IDS = 100;

const bulkIds = z
  .array(z.string().min(1).max(TEXT_LIMITS.id, `At most ${TEXT_LIMITS.id} characters`))
  .min(1, 'Name at least one claim')
  .max(MAX_BULK_IDS, `At most ${MAX_BULK_IDS} claims at once`);

/** `POST /api/claims/:id/document-request` body. */
export const documentRequestRequestSchema = z
  .object({
    missing: z
      .array(documentKindSchema)
      .min(1, 'Name at least one missing document')
      .max(documentKindSchema.options.length, `At most ${documentKindSchema.options.length} documents`)
      .refine((kinds) => new Set(kinds).size === kinds.length, 'Each document at most once'),
    message: z.string().trim().min(1, 'Write the message to the customer').max(TEXT_LIMITS.note, `At most ${TEXT_LIMITS.note.toLocaleString('en-US')} characters`),
    version: z.number().int().nonnegative().optional(),
  })
  .strict();

/** `POST /api/claims/document-requests` body. */
export const bulkDocumentRequestRequestSchema = z.object({ ids: bulkIds }).strict();

/** `POST /api/claims/assign` body: `assigneeId` null unassigns. */
export const bulkAssignRequestSchema = z.object({ ids: bulkIds, assigneeId: z.string().min(1).max(TEXT_LIMITS.id).nullable() }).strict();

/** A 409 `PENDING_APPROVAL`: a recommended claim waits for the supervisor's decision. */
function assertNotPending(claim: Claim): void {
  if (claim.status === 'pending_approval') {
    throw new HttpError(409, `Claim ${claim.claimNumber} waits for a supervisor's approval: ask for documents through the decision (pend)`, { code: 'PENDING_APPROVAL' });
  }
}

/** Records the request on `claim` (checked), audited; returns the stored claim. */
function requestDocuments(db: MockDb, user: User, claim: Claim, missing: DocumentKind[], message: string): Claim {
  const documentRequest = { missing, message, requestedBy: user.id, requestedByName: user.name, requestedAt: db.clock.now().toISOString() };
  return audited(db, user, 'document.request', () =>
    db.claims.replace({ ...claim, status: 'awaiting_documents', documentRequest, version: claim.version + 1 }),
  );
}

/** The request the bulk endpoint sends for `claim`: the module's missing documents and the peril's letter. */
function bulkRequest(db: MockDb, user: User, claim: Claim): void {
  assertWritable(claim, user);
  assertNotPending(claim);
  const { missingDocuments } = adjudicateIn(db, claim);
  if (missingDocuments.length === 0) throw new HttpError(422, `Claim ${claim.claimNumber} has every required document`, { code: 'NOTHING_MISSING' });
  const holderName = db.policy(claim.policyId)?.holder.name ?? '';
  const message = documentRequestTemplate({ peril: claim.peril, missing: missingDocuments, claimNumber: claim.claimNumber, holderName });
  requestDocuments(db, user, claim, missingDocuments, message);
}

/** Users a claim may be assigned to: adjusters and supervisors. */
function assignable(db: MockDb, id: string): boolean {
  const user = db.users.size > 0 ? db.users.get(id) : MOCK_USERS.find((u) => u.id === id);
  return user !== undefined && user.role !== 'manager';
}

/** Assigns `claim` to `assigneeId` for `user` (checked), audited. */
function assign(db: MockDb, user: User, claim: Claim, assigneeId: string | null): void {
  assertWritable(claim, user);
  if (claim.assigneeId === assigneeId) {
    const who = assigneeId === null ? 'nobody' : displayNameOf(db, assigneeId);
    throw new HttpError(409, `Claim ${claim.claimNumber} is already assigned to ${who}`, { code: 'UNCHANGED' });
  }
  if (user.role === 'adjuster' && claim.assigneeId !== null && claim.assigneeId !== user.id) {
    const code = assigneeId === null ? 'NOT_YOURS' : 'ASSIGNED_TO_OTHER';
    throw new HttpError(403, `Claim ${claim.claimNumber} is assigned to ${displayNameOf(db, claim.assigneeId)}: a supervisor reassigns it`, { code });
  }
  audited(db, user, 'claim.assign', () => db.claims.replace({ ...claim, assigneeId, version: claim.version + 1 }));
}

/** The workflow routes. */
export const claimWorkflowHandlers = [
  route('post', `${API_PREFIX}/claims/document-requests`, { action: 'claims.requestDocuments' }, async ({ request, user, db }) => {
    const { ids } = parseBody(bulkDocumentRequestRequestSchema, await readJsonBody(request), 'document requests');
    const { done, skipped } = forEachClaim(db, ids, (claim) => bulkRequest(db, user, claim));
    return HttpResponse.json({ requested: done, skipped });
  }),
  route('post', `${API_PREFIX}/claims/assign`, { action: 'claims.assign' }, async ({ request, user, db }) => {
    const { ids, assigneeId } = parseBody(bulkAssignRequestSchema, await readJsonBody(request), 'assignment');
    if (assigneeId !== null && !assignable(db, assigneeId)) throw badRequest('Invalid assignment', { assigneeId: `No adjuster or supervisor ${assigneeId}` });
    if (user.role === 'adjuster' && assigneeId !== null && assigneeId !== user.id) {
      throw forbidden('An adjuster may assign claims only to themself (a supervisor assigns them to others)', 'FORBIDDEN', { action: 'claims.assign' });
    }
    const { done, skipped } = forEachClaim(db, ids, (claim) => assign(db, user, claim, assigneeId));
    return HttpResponse.json({ updated: done, skipped });
  }),
  route('post', `${API_PREFIX}/claims/:id/document-request`, { action: 'claims.requestDocuments' }, async ({ request, params, user, db }) => {
    const body = await readJsonBody(request);
    const claim = findClaim(db, params.id);
    const input = parseBody(documentRequestRequestSchema, body, 'document request');
    checkVersion(claim.version, input.version, () => presentClaim(db, claim));
    assertWritable(claim, user);
    assertNotPending(claim);
    const requested = requestDocuments(db, user, claim, input.missing, input.message);
    return HttpResponse.json(presentClaim(db, requested));
  }),
];
