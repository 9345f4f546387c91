/**
 * Actions on a claim beyond CRUD and decisions (shared/spec/product.md, "Claim lifecycle"):
 *
 * - `POST /api/claims/:id/lock` `{ takeOver?: boolean }` (body optional; adjuster, supervisor):
 *   takes the visible lock `{ userId, userName, lockedAt }` → 200 the claim. Held by another user:
 *   409 `{ code: 'CLAIM_LOCKED', lock }`, unless a supervisor sends `takeOver: true` (an adjuster
 *   doing so gets 403). A decided claim cannot be locked (409 `ALREADY_DECIDED`).
 * - `DELETE /api/claims/:id/lock`: releases it (the holder, or a supervisor) → 200 the claim;
 *   another adjuster → 409 `CLAIM_LOCKED`. Releasing a free claim is a no-op 200.
 *   Taking and releasing do not change `version` (the lock is not the claim's content).
 * - `POST /api/claims/:id/deadline-extension` `{ until, reason: 'police_inquiry' | 'expert_inquiry',
 *   note, customerNotified: true, version? }` (adjuster, supervisor): extends the payment deadline
 *   (Insurance Act art. 21: only with a recorded reason and a notice to the customer). The claim
 *   keeps `deadlineExtension { until, reason, note, extendedBy, extendedAt }` and its `dueDate`
 *   becomes `until` (the original is `completedDate` + 30 days). 400 invalid body, `until` not
 *   after the current due date, or `until` beyond `completedDate` + 180 days (police_inquiry) / 90
 *   days (expert_inquiry) (src/domain/deadline.ts, MAX_EXTENSION_DAYS); 409 stale version,
 *   decided, or locked by another; 422 a claim not complete yet (no deadline to extend).
 * - `POST /api/claims/:id/reveal` `{ field: 'estimateImei' }` (adjuster, supervisor): the estimate
 *   IMEI in full (APPI: answers show it masked, mocks/resources/masking.ts) → 200
 *   `{ claimId, field, value }` (value null when the claim has none), audited as
 *   `personalData.reveal` with `after: { field }`, never the value itself.
 * All: 401; 403 managers; 404 no claim; 400 a malformed body. Audited as `lock.take`, `lock.takeOver`,
 * `lock.release`, `deadline.extend`, `personalData.reveal`.
 */
import { HttpResponse } from 'msw';
import { z } from 'zod';
import { isoDateSchema } from '../src/domain/dateSchema';
import { latestExtensionDate, MAX_EXTENSION_DAYS } from '../src/domain/deadline';
import { can } from '../src/domain/permissions';
import type { Claim } from '../src/domain/records';
import { appendAudit, audited } from './audit';
import { assertNotLockedByOther } from './claimLock';
import type { MockDb } from './db';
import { badRequest, HttpError, notFound, readJsonBody, readOptionalJsonBody } from './http/errors';
import { TEXT_LIMITS } from './http/limits';
import { API_PREFIX } from './http/prefix';
import { requireAction, route } from './http/route';
import { DECIDED_STATUSES, presentClaim } from './resources/claims';
import { checkVersion, parseBody } from './resources/resource';

/** The lock request body. */
export const lockRequestSchema = z.object({ takeOver: z.boolean().optional() }).strict();

/** The claim reveal request body: which personal-data field of the claim to show in full. */
export const claimRevealRequestSchema = z.object({ field: z.enum(['estimateImei']) }).strict();

/** The deadline extension request body. */
export const deadlineExtensionRequestSchema = z
  .object({
    until: isoDateSchema,
    reason: z.enum(['police_inquiry', 'expert_inquiry']),
    note: z.string().trim().min(1, 'Record why the deadline is extended').max(TEXT_LIMITS.note, `At most ${TEXT_LIMITS.note.toLocaleString('en-US')} characters`),
    customerNotified: z.literal(true, { error: 'The customer must be notified of the extension' }),
    version: z.number().int().nonnegative().optional(),
  })
  .strict();

function findClaim(db: MockDb, id: string | undefined): Claim {
  const claim = id === undefined ? undefined : db.claims.get(id);
  if (!claim) throw notFound('claims', id ?? '');
  return claim;
}

function requireOpen(claim: Claim): void {
  if (DECIDED_STATUSES.includes(claim.status)) throw new HttpError(409, `Claim ${claim.claimNumber} is already ${claim.status}`, { code: 'ALREADY_DECIDED' });
}

/** The claim action routes. */
export const claimActionHandlers = [
  route('post', `${API_PREFIX}/claims/:id/lock`, { action: 'claims.lock' }, async ({ request, params, user, db }) => {
    const { takeOver = false } = parseBody(lockRequestSchema, await readOptionalJsonBody(request), 'lock request');
    const claim = findClaim(db, params.id);
    requireOpen(claim);
    const heldByOther = claim.lock !== null && claim.lock.userId !== user.id;
    if (heldByOther && takeOver) requireAction(user, 'claims.takeOverLock');
    else assertNotLockedByOther(claim, user);
    const lock = { userId: user.id, userName: user.name, lockedAt: db.clock.now().toISOString() };
    const locked = audited(db, user, heldByOther ? 'lock.takeOver' : 'lock.take', () => db.claims.replace({ ...claim, lock }));
    return HttpResponse.json(presentClaim(db, locked));
  }),
  route('delete', `${API_PREFIX}/claims/:id/lock`, { action: 'claims.lock' }, ({ params, user, db }) => {
    const claim = findClaim(db, params.id);
    if (claim.lock === null) return HttpResponse.json(presentClaim(db, claim));
    if (!can(user.role, 'claims.takeOverLock')) assertNotLockedByOther(claim, user);
    const released = audited(db, user, 'lock.release', () => db.claims.replace({ ...claim, lock: null }));
    return HttpResponse.json(presentClaim(db, released));
  }),
  route('post', `${API_PREFIX}/claims/:id/reveal`, { action: 'personalData.reveal' }, async ({ request, params, user, db }) => {
    const body = await readJsonBody(request);
    const claim = findClaim(db, params.id);
    const { field } = parseBody(claimRevealRequestSchema, body, 'reveal request');
    appendAudit(db, user, [{ action: 'personalData.reveal', resource: 'claims', recordId: claim.id, before: null, after: { field } }]);
    return HttpResponse.json({ claimId: claim.id, field, value: claim[field] ?? null });
  }),
  route('post', `${API_PREFIX}/claims/:id/deadline-extension`, { action: 'claims.extendDeadline' }, async ({ request, params, user, db }) => {
    const body = await readJsonBody(request);
    const claim = findClaim(db, params.id);
    const input = parseBody(deadlineExtensionRequestSchema, body, 'deadline extension');
    checkVersion(claim.version, input.version, () => presentClaim(db, claim));
    requireOpen(claim);
    assertNotLockedByOther(claim, user);
    if (claim.dueDate === null) throw new HttpError(422, 'The claim is not complete yet: its payment deadline has not started', { code: 'NO_DEADLINE' });
    if (input.until <= claim.dueDate) throw badRequest('Invalid deadline extension', { until: `Must be after the current due date ${claim.dueDate}` });
    const latest = claim.completedDate === null ? null : latestExtensionDate(claim.completedDate, input.reason);
    if (latest !== null && input.until > latest) {
      throw badRequest('Invalid deadline extension', { until: `At most ${latest}: ${MAX_EXTENSION_DAYS[input.reason]} days after completion (${claim.completedDate}) for ${input.reason}` });
    }
    const deadlineExtension = { until: input.until, reason: input.reason, note: input.note, extendedBy: user.id, extendedAt: db.clock.now().toISOString() };
    const extended = audited(db, user, 'deadline.extend', () =>
      db.claims.replace({ ...claim, deadlineExtension, dueDate: input.until, version: claim.version + 1 }),
    );
    return HttpResponse.json(presentClaim(db, extended));
  }),
];
