/**
 * `POST /api/claims/:id/decision`: records an adjuster's decision, enforced by the shared
 * adjudication module recomputed from current data (the policy's real paid-in-period total), so a
 * stale screen can never pay more than the terms allow.
 *
 * Body: `{ decision: 'approve', payout: yen, note? }` or `{ decision: 'deny' | 'refer' | 'pend', note? }`.
 * - 200: the updated claim (status approved / denied / referred / awaiting_documents, `decision`
 *   `{ decision, payout, decidedBy, decidedAt, note? }`, `version` + 1, the adjudication stored).
 * - 400 `{ message, errors }`: malformed body. 404 `{ message }`: no such claim.
 * - 409 `{ message }`: the claim is already approved, paid, denied, referred or withdrawn.
 * - 422 `{ message, reasons, adjudication }`: an approval the module does not give, or whose payout
 *   differs from the module's.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { ClaimStatus } from '../src/domain/records';
import { yenSchema } from '../src/domain/money';
import { getMockDb } from './db';
import { adjudicateIn } from './dbData';
import { HttpError, notFound, readJsonBody, respond } from './http/errors';
import { API_PREFIX } from './rest';
import { DECIDED_STATUSES, presentClaim } from './resources/claims';
import { parseBody } from './resources/resource';
import { DEMO_ADJUSTER } from './seed';

/** The decision request body. */
export const decisionRequestSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), payout: yenSchema, note: z.string().optional() }),
  z.object({ decision: z.enum(['deny', 'refer', 'pend']), note: z.string().optional() }),
]);
/** A decision request: an approval names the payout (yen) the adjuster saw. */
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

const STATUS_AFTER: Readonly<Record<DecisionRequest['decision'], ClaimStatus>> = {
  approve: 'approved',
  deny: 'denied',
  refer: 'referred',
  pend: 'awaiting_documents',
};

function decide(claimId: string, body: unknown): Response {
  const db = getMockDb();
  const claim = db.claims.get(claimId);
  if (!claim) throw notFound('claims', claimId);
  const request = parseBody(decisionRequestSchema, body, 'decision');
  if (DECIDED_STATUSES.includes(claim.status)) {
    throw new HttpError(409, `Claim ${claim.claimNumber} is already ${claim.status}`);
  }
  const adjudication = adjudicateIn(db, claim);
  if (request.decision === 'approve') {
    if (adjudication.decision !== 'approve') {
      throw new HttpError(422, `The terms do not allow approving this claim (the module says ${adjudication.decision})`, { reasons: adjudication.reasons, adjudication });
    }
    if (adjudication.payout !== request.payout) {
      throw new HttpError(422, `Payout ${request.payout} differs from the ${adjudication.payout} the terms allow`, { reasons: adjudication.reasons, adjudication });
    }
  }
  const decided = db.claims.replace({
    ...claim,
    status: STATUS_AFTER[request.decision],
    decision: {
      decision: request.decision,
      payout: request.decision === 'approve' ? request.payout : 0,
      decidedBy: DEMO_ADJUSTER,
      decidedAt: db.clock.now().toISOString(),
      ...(request.note === undefined ? {} : { note: request.note }),
    },
    adjudication,
    version: claim.version + 1,
  });
  return HttpResponse.json(presentClaim(db, decided));
}

/** The decision handler. */
export const decisionHandlers: HttpHandler[] = [
  http.post<{ id: string }>(`${API_PREFIX}/claims/:id/decision`, ({ request, params }) =>
    respond(async () => decide(params.id, await readJsonBody(request))),
  ),
];
