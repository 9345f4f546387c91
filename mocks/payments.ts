/**
 * `POST /api/payments/run` (supervisor; header `Idempotency-Key` required): the payment run turns
 * approved claims into paid ones (shared/spec/product.md, "Claim lifecycle" and "After payment the
 * customer gets the satisfaction survey").
 *
 * Body (optional; an empty body is `{}`): `{ claimIds?: string[] }`: only these claims (each must be
 * approved), else every approved claim. For each claim, in one synchronous step:
 * - its Payment `{ amount: decision.payout (yen), status: 'paid', paidDate: today (JST),
 *   idempotencyKey }` (a `scheduled` payment of the claim is completed, else one is created);
 * - the claim's status becomes `paid` (version + 1);
 * - a Survey `{ sentDate: today, answer: null, comment: null, answeredDate: null }` is sent (the
 *   claim's decider as `adjusterId`), unless the claim already has one.
 * Every change is audited as `payments.run`.
 *
 * 200 `{ paidDate, total, claimIds, payments, surveys }` (total in yen; an empty run is 200 too);
 * 400 malformed body or missing key; 401; 403 not a supervisor; 422 a listed claim that is not
 * approved (`{ errors: { claimIds } }`) or the key reused with another body.
 */
import { z } from 'zod';
import type { Claim, Payment, Survey, User } from '../src/domain/records';
import { audited } from './audit';
import type { MockDb } from './db';
import { HttpError, readOptionalJsonBody, toResponse, type ApiResult } from './http/errors';
import { TEXT_LIMITS } from './http/limits';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { idempotencyKeyOf, idempotent } from './idempotency';
import { parseBody } from './resources/resource';

/** The payment run's request body. */
export const paymentRunRequestSchema = z.object({ claimIds: z.array(z.string().min(1).max(TEXT_LIMITS.id)).max(10_000).optional() }).strict();

/** What a payment run answers. */
export interface PaymentRunResult {
  /** JST date of the run. */
  paidDate: string;
  /** Sum of the payments made, yen. */
  total: number;
  claimIds: string[];
  payments: Payment[];
  surveys: Survey[];
}

function claimsToPay(db: MockDb, claimIds: readonly string[] | undefined): Claim[] {
  if (claimIds === undefined) return db.claims.filter((claim) => claim.status === 'approved');
  const claims: Claim[] = [];
  const refused: string[] = [];
  for (const id of new Set(claimIds)) {
    const claim = db.claims.get(id);
    if (claim?.status === 'approved') claims.push(claim);
    else refused.push(`${id} (${claim ? claim.status : 'not found'})`);
  }
  if (refused.length > 0) {
    throw new HttpError(422, `Only approved claims can be paid: ${refused.join(', ')}`, { code: 'NOT_APPROVED', errors: { claimIds: `Not approved: ${refused.join(', ')}` } });
  }
  return claims;
}

/** What a run needs to know once: scheduled payments by claim, claims already surveyed, next ids. */
interface RunContext {
  key: string;
  today: string;
  scheduled: Map<string, Payment>;
  surveyed: Set<string>;
  nextPaymentId: () => string;
  nextSurveyId: () => string;
}

function runContext(db: MockDb, key: string): RunContext {
  const scheduled = new Map<string, Payment>();
  for (const payment of db.payments.filter((p) => p.status === 'scheduled')) scheduled.set(payment.claimId, payment);
  const surveyed = new Set<string>();
  db.surveys.filter((survey) => {
    surveyed.add(survey.claimId);
    return false;
  });
  return { key, today: db.clock.today(), scheduled, surveyed, nextPaymentId: counter(db, 'payments', 'pay'), nextSurveyId: counter(db, 'surveys', 'sv') };
}

function pay(db: MockDb, claim: Claim, run: RunContext): { payment: Payment; survey?: Survey } {
  const { key, today } = run;
  const amount = claim.decision?.payout ?? 0;
  const scheduled = run.scheduled.get(claim.id);
  const payment = scheduled
    ? db.payments.replace({ ...scheduled, amount, status: 'paid', idempotencyKey: key, paidDate: today })
    : db.payments.insert({ id: run.nextPaymentId(), claimId: claim.id, policyId: claim.policyId, amount, status: 'paid', idempotencyKey: key, scheduledDate: today, paidDate: today });
  db.claims.replace({ ...claim, status: 'paid', lock: null, version: claim.version + 1 });
  if (run.surveyed.has(claim.id)) return { payment };
  run.surveyed.add(claim.id);
  const survey = db.surveys.insert({
    id: run.nextSurveyId(),
    claimId: claim.id,
    policyId: claim.policyId,
    peril: claim.peril,
    adjusterId: claim.decision?.decidedBy ?? claim.assigneeId,
    sentDate: today,
    answer: null,
    comment: null,
    answeredDate: null,
  });
  return { payment, survey };
}

function counter(db: MockDb, collection: 'payments' | 'surveys', prefix: string): () => string {
  let next = Number(db[collection].nextId(prefix, 6).slice(prefix.length + 1));
  return () => `${prefix}-${String(next++).padStart(6, '0')}`;
}

/** Runs the payments synchronously for `user` (see the module comment). Throws HttpError when refused. */
export function runPayments(db: MockDb, user: User, key: string, claimIds: readonly string[] | undefined): PaymentRunResult {
  const claims = claimsToPay(db, claimIds);
  const run = runContext(db, key);
  const done = audited(db, user, 'payments.run', () => claims.map((claim) => pay(db, claim, run)));
  return {
    paidDate: run.today,
    total: done.reduce((sum, { payment }) => sum + payment.amount, 0),
    claimIds: claims.map((c) => c.id),
    payments: done.map(({ payment }) => payment),
    surveys: done.flatMap(({ survey }) => (survey ? [survey] : [])),
  };
}

/** The payment-run route. */
export const paymentHandlers = [
  route('post', `${API_PREFIX}/payments/run`, { action: 'payments.run' }, async ({ request, user, db }) => {
    const key = idempotencyKeyOf(request);
    const body = await readOptionalJsonBody(request);
    const { result, replayed } = idempotent(db, user, key, request, body, (): ApiResult => {
      const { claimIds } = parseBody(paymentRunRequestSchema, body, 'payment run');
      return { status: 200, body: runPayments(db, user, key, claimIds) };
    });
    return toResponse(result, replayed ? { 'Idempotency-Replayed': 'true' } : {});
  }),
];
