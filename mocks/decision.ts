/**
 * `POST /api/claims/:id/decision` (header `Idempotency-Key` required): records a decision, enforced
 * by the shared adjudication module recomputed from current data (the policy's real paid-in-period
 * total), the adjuster's authority and the four-eyes rule (src/domain/authority.ts; product.md,
 * "Users and roles"). `decidedBy` / `recommendedBy` is the signed-in user.
 *
 * Body (`version`, optional, is the claim version the screen shows; a stale one → 409):
 * - `{ decision: 'approve', payout, note?, version? }`: within the authority (¥30,000, never
 *   theft/loss: `approvalRoute`) → 200 approved. Above it → 403 `{ code: 'AUTHORITY_EXCEEDED' }`:
 *   recommend instead. A claim in pending_approval is approved only by a supervisor who did not
 *   recommend it (403 `NOT_A_SUPERVISOR` / `FOUR_EYES`), for exactly the recommended payout.
 * - `{ decision: 'recommend', payout, note?, version? }` → 200 pending_approval with
 *   `recommendation { payout, recommendedBy, recommendedAt, note? }` (supervisors too: a payout above
 *   the authority always needs a second supervisor).
 * - `{ decision: 'deny' | 'refer' | 'pend', note?, version? }` → 200 denied / referred /
 *   awaiting_documents (payout 0). On a claim in pending_approval: supervisors only.
 *
 * Every approval and recommendation must name exactly the payout the module computes now: else
 * 422 `{ message, code: 'NOT_APPROVABLE' | 'PAYOUT_MISMATCH' | 'RECOMMENDATION_MISMATCH', reasons, adjudication }`.
 * Decisions are recorded only on a claim in review or waiting for approval (src/domain/lifecycle.ts,
 * DECIDABLE_STATUSES): a received or awaiting_documents claim answers 422 `{ code: 'NOT_DECIDABLE',
 * status, reasons, adjudication }` (put it in review first), and so does a claim whose incident
 * date is after today (JST), with `errors: { incidentDate }` (src/domain/claimDates.ts).
 * Other answers: 400 `{ message, errors }` malformed body or missing Idempotency-Key; 401; 403
 * managers (`FORBIDDEN`); 404 no claim; 409 `{ code: 'VERSION_CONFLICT', current }`, already decided
 * (`ALREADY_DECIDED`), or locked by another user (`CLAIM_LOCKED`); 422 Idempotency-Key reused.
 *
 * From reading the claim to writing it nothing awaits, so simultaneous decisions on one policy are
 * decided one after the other and the aggregate limit holds (adjudication.md, Amount rules 6).
 */
import { z } from 'zod';
import { approvalRoute, recommendationRefusal } from '../src/domain/authority';
import { incidentDateMessage, incidentDateProblem } from '../src/domain/claimDates';
import { canTransitionBy, isDecidable } from '../src/domain/lifecycle';
import { yenSchema } from '../src/domain/money';
import type { Adjudication } from '../src/domain/adjudication';
import type { Claim, ClaimStatus, User } from '../src/domain/records';
import { audited } from './audit';
import { assertNotLockedByOther } from './claimLock';
import type { MockDb } from './db';
import { adjudicateIn } from './dbData';
import { forbidden, HttpError, notFound, readJsonBody, toResponse, type ApiResult } from './http/errors';
import { TEXT_LIMITS } from './http/limits';
import { API_PREFIX } from './http/prefix';
import { requireAction, route } from './http/route';
import { idempotencyKeyOf, idempotent } from './idempotency';
import { DECIDED_STATUSES, presentClaim } from './resources/claims';
import { checkVersion, parseBody } from './resources/resource';

const note = z.string().max(TEXT_LIMITS.note, `At most ${TEXT_LIMITS.note.toLocaleString('en-US')} characters`).optional();
const version = z.number().int().nonnegative().optional();

/** The decision request body. Payouts are integer yen. */
export const decisionRequestSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.enum(['approve', 'recommend']), payout: yenSchema, note, version }),
  z.object({ decision: z.enum(['deny', 'refer', 'pend']), note, version }),
]);
/** A decision request: an approval or recommendation names the payout (yen) the adjuster saw. */
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

type Verdict = 'deny' | 'refer' | 'pend';

const STATUS_AFTER: Readonly<Record<Verdict | 'approve', ClaimStatus>> = {
  approve: 'approved',
  deny: 'denied',
  refer: 'referred',
  pend: 'awaiting_documents',
};

/** 422 unless the module approves exactly `payout` now. */
function requireModulePayout(adjudication: Adjudication, payout: number): void {
  const details = { reasons: adjudication.reasons, adjudication };
  if (adjudication.decision !== 'approve') {
    throw new HttpError(422, `The terms do not allow approving this claim (the module says ${adjudication.decision})`, { code: 'NOT_APPROVABLE', ...details });
  }
  if (adjudication.payout !== payout) {
    throw new HttpError(422, `Payout ${payout} differs from the ${adjudication.payout} the terms allow`, { code: 'PAYOUT_MISMATCH', ...details });
  }
}

function record(db: MockDb, user: User, claim: Claim, request: DecisionRequest, adjudication: Adjudication): Claim {
  const to = request.decision === 'recommend' ? 'pending_approval' : STATUS_AFTER[request.decision];
  if (!canTransitionBy(claim.status, to, 'decision')) {
    throw new HttpError(409, `The claim lifecycle does not allow ${claim.status} → ${to}`, { code: 'INVALID_TRANSITION', errors: { status: `Not from ${claim.status}` } });
  }
  const now = db.clock.now().toISOString();
  const withNote = request.note === undefined ? {} : { note: request.note };
  if (request.decision === 'recommend') {
    return db.claims.replace({
      ...claim,
      status: 'pending_approval',
      recommendation: { payout: request.payout, recommendedBy: user.id, recommendedAt: now, ...withNote },
      lock: null,
      adjudication,
      version: claim.version + 1,
    });
  }
  const approve = request.decision === 'approve';
  return db.claims.replace({
    ...claim,
    status: STATUS_AFTER[request.decision],
    decision: { decision: request.decision, payout: approve ? request.payout : 0, decidedBy: user.id, decidedAt: now, ...withNote },
    // Kept after an approval as the record of the four-eyes check; dropped when turned down.
    recommendation: approve ? claim.recommendation : null,
    lock: null,
    adjudication,
    version: claim.version + 1,
  });
}

/**
 * A 422 `NOT_DECIDABLE` for a claim not in review nor waiting for approval (src/domain/lifecycle.ts's
 * DECIDABLE_STATUSES), with the module's reasons: a received claim is put in review first, one
 * awaiting documents returns to review when they arrive (or by an edit).
 */
function notDecidable(claim: Claim, adjudication: Adjudication): HttpError {
  const next =
    claim.status === 'received'
      ? 'put it in review first (PUT status in_review, or awaiting_documents to ask for documents)'
      : 'it returns to review when the missing documents arrive (or PUT status in_review)';
  return new HttpError(422, `Claim ${claim.claimNumber} is ${claim.status}: a decision is recorded only in review or waiting for approval; ${next}`, {
    code: 'NOT_DECIDABLE',
    status: claim.status,
    reasons: adjudication.reasons,
    adjudication,
  });
}

/**
 * A 422 `NOT_DECIDABLE` `{ errors: { incidentDate } }` for a claim whose incident is after `today`
 * (JST): defence in depth for seeded or persisted data, since POST and PUT already refuse one
 * (src/domain/claimDates.ts; a future date would open a later policy period's aggregate).
 */
function checkIncidentHappened(claim: Claim, adjudication: Adjudication, today: string): void {
  if (incidentDateProblem(claim, today) !== 'after_today') return;
  const message = incidentDateMessage('after_today', claim, today);
  throw new HttpError(422, `Claim ${claim.claimNumber} cannot be decided: ${message}`, {
    code: 'NOT_DECIDABLE',
    status: claim.status,
    errors: { incidentDate: message },
    reasons: adjudication.reasons,
    adjudication,
  });
}

/** The checks on a claim waiting for a supervisor's approval (four eyes). */
function checkPending(user: User, claim: Claim, request: DecisionRequest, adjudication: Adjudication): void {
  if (request.decision === 'recommend') throw new HttpError(409, `Claim ${claim.claimNumber} is already recommended and waits for approval`, { code: 'ALREADY_RECOMMENDED' });
  const recommendation = claim.recommendation;
  const refusal = recommendation === null ? (user.role === 'supervisor' ? null : 'NOT_A_SUPERVISOR') : recommendationRefusal(user, recommendation.recommendedBy);
  if (refusal === 'NOT_A_SUPERVISOR') throw forbidden('Only a supervisor decides a claim waiting for approval', 'NOT_A_SUPERVISOR');
  if (refusal === 'OWN_RECOMMENDATION' && request.decision === 'approve') {
    throw forbidden('Four eyes: another supervisor must approve your own recommendation', 'FOUR_EYES');
  }
  if (request.decision !== 'approve') return;
  requireAction(user, 'claims.approveRecommendation');
  if (recommendation !== null && recommendation.payout !== request.payout) {
    throw new HttpError(422, `Payout ${request.payout} differs from the recommended ${recommendation.payout}`, {
      code: 'RECOMMENDATION_MISMATCH',
      reasons: adjudication.reasons,
      adjudication,
    });
  }
  requireModulePayout(adjudication, request.payout);
}

/** The checks on a claim in review. */
function checkOpen(user: User, claim: Claim, request: DecisionRequest, adjudication: Adjudication): void {
  if (!('payout' in request)) return requireAction(user, 'claims.decide');
  requireAction(user, request.decision === 'approve' ? 'claims.approve' : 'claims.recommend');
  requireModulePayout(adjudication, request.payout);
  if (request.decision === 'recommend') return;
  const path = approvalRoute(user.role, request.payout, claim.peril);
  if (path === 'forbidden') throw forbidden(`A ${user.role} may not approve payouts`);
  if (path === 'recommend') {
    const why = claim.peril === 'theft_loss' ? 'Theft/loss payouts always need a supervisor' : `¥${request.payout.toLocaleString('en-US')} exceeds the authority limit`;
    throw forbidden(`${why}: recommend it for a supervisor's approval (decision: 'recommend')`, 'AUTHORITY_EXCEEDED', { payout: request.payout });
  }
}

/**
 * Decides claim `claimId` for `user`, synchronously: read, recompute with src/domain, check, write.
 * Returns the updated claim as presented; throws HttpError for every refusal (see the module comment).
 */
export function decide(db: MockDb, user: User, claimId: string, request: DecisionRequest): Record<string, unknown> {
  const claim = db.claims.get(claimId);
  if (!claim) throw notFound('claims', claimId);
  checkVersion(claim.version, request.version, () => presentClaim(db, claim));
  if (DECIDED_STATUSES.includes(claim.status)) throw new HttpError(409, `Claim ${claim.claimNumber} is already ${claim.status}`, { code: 'ALREADY_DECIDED' });
  const adjudication = adjudicateIn(db, claim);
  if (!isDecidable(claim.status)) throw notDecidable(claim, adjudication);
  checkIncidentHappened(claim, adjudication, db.clock.today());
  assertNotLockedByOther(claim, user);
  if (claim.status === 'pending_approval') checkPending(user, claim, request, adjudication);
  else checkOpen(user, claim, request, adjudication);
  const decided = audited(db, user, `decision.${request.decision}`, () => record(db, user, claim, request, adjudication));
  return presentClaim(db, decided);
}

/** The decision route. */
export const decisionHandlers = [
  route('post', `${API_PREFIX}/claims/:id/decision`, { action: 'claims.decide' }, async ({ request, params, user, db }) => {
    const key = idempotencyKeyOf(request);
    const body = await readJsonBody(request);
    // From here on nothing awaits: lookup, decision and store happen in one go.
    const { result, replayed } = idempotent(db, user, key, request, body, (): ApiResult => {
      const parsed = parseBody(decisionRequestSchema, body, 'decision');
      return { status: 200, body: decide(db, user, params.id ?? '', parsed) };
    });
    return toResponse(result, replayed ? { 'Idempotency-Replayed': 'true' } : {});
  }),
];
