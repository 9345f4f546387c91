/**
 * Brings a live metrics index (liveIndex.ts) up to date with the writes made since it was built or
 * last updated: each write's record before and after, per collection, oldest first (what
 * mocks/collection.ts's `writesSince` answers). A record's facts depend on others, so a write
 * touches more than its own record:
 * - a policy (plan, status, inception date): its claims (plan, open counts, use of the limit), its
 *   payments and surveys (plan), and the active inceptions (policies in force);
 * - a claim: its paid payments (peril), and its paid-claim facts (received day, deadline);
 * - a paid payment: the paid-claim facts of the claim it belonged to and of the one it belongs to.
 * Every touched record's facts are taken out, then put back from the record as it is now: the
 * index then answers what indexMetrics over the current records would.
 */
import type { IsoDate } from '../dates';
import type { LiveMetrics, LivePayment, LiveSurvey } from './liveIndex';
import type { MetricsClaim, MetricsPolicyRow } from './scope';

/** One write: `before` undefined for an insert, `after` undefined for a removal. */
export interface RecordWrite<T> {
  before?: T;
  after?: T;
}

/** The writes since the index's last update, per collection, oldest first (a collection left out: none). */
export interface MetricsChanges {
  policies?: readonly RecordWrite<MetricsPolicyRow>[];
  claims?: readonly RecordWrite<MetricsClaim>[];
  payments?: readonly RecordWrite<LivePayment>[];
  surveys?: readonly RecordWrite<LiveSurvey>[];
}

/** Per id, the first `before` and the last `after` of `writes` (undefined: the record did not exist). */
function netWrites<T extends { id: string }>(writes: readonly RecordWrite<T>[] = []): Map<string, { first: T | undefined; last: T | undefined }> {
  const net = new Map<string, { first: T | undefined; last: T | undefined }>();
  for (const { before, after } of writes) {
    const id = (after ?? before)?.id;
    if (id === undefined) continue;
    const seen = net.get(id);
    if (seen) seen.last = after;
    else net.set(id, { first: before, last: after });
  }
  return net;
}

/** What a record of a table is now: its last write's `after` when written, else the record indexed. */
function currentOf<T>(written: ReadonlyMap<string, { last: T | undefined }>, id: string, indexed: T | undefined): T | undefined {
  const write = written.get(id);
  return write === undefined ? indexed : write.last;
}

/**
 * Updates `live` in place with `changes` (see the module's docstring); `live.policyById` must
 * already answer the policies as they are after them. Costs the changed records plus, when a claim
 * or policy changed, one pass over the indexed paid payments (and, for a policy, over the claims and
 * surveys): milliseconds at 100,000 claims. Throws when the changes do not follow from what the
 * index holds (e.g. a policy counted active that it never saw): rebuild it then.
 */
export function applyMetricsChanges(live: LiveMetrics, changes: MetricsChanges): void {
  const policies = netWrites(changes.policies);
  const claims = netWrites(changes.claims);
  const payments = netWrites(changes.payments);
  const surveys = netWrites(changes.surveys);

  for (const { first, last } of policies.values()) {
    if (first) live.countPolicy(first, -1);
    if (last) live.countPolicy(last, 1);
  }

  const dirtyClaims = new Set<string>(claims.keys());
  if (policies.size > 0) {
    for (const claim of live.claimKeys.records) if (policies.has(claim.policyId)) dirtyClaims.add(claim.id);
  }
  for (const [id, { last }] of payments) {
    const indexed = live.paymentKeys.records[live.paymentKeys.slotOf.get(id) ?? -1];
    if (indexed) dirtyClaims.add(indexed.claimId);
    if (last) dirtyClaims.add(last.claimId);
  }
  const dirtyPayments = new Set<string>(payments.keys());
  if (policies.size > 0 || dirtyClaims.size > 0) {
    for (const payment of live.paymentKeys.records) if (policies.has(payment.policyId) || dirtyClaims.has(payment.claimId)) dirtyPayments.add(payment.id);
  }
  const dirtySurveys = new Set<string>(surveys.keys());
  if (policies.size > 0) {
    for (const survey of live.surveyKeys.records) if (policies.has(survey.policyId)) dirtySurveys.add(survey.id);
  }

  // Out with the facts as indexed (payments first: they read their claim's peril when put back)…
  const nextPayments: LivePayment[] = [];
  for (const id of dirtyPayments) {
    const payment = currentOf(payments, id, live.removePayment(id));
    if (payment) nextPayments.push(payment);
  }
  const nextClaims: MetricsClaim[] = [];
  for (const id of dirtyClaims) {
    const claim = currentOf(claims, id, live.removeClaim(id));
    if (claim) nextClaims.push(claim);
  }
  const nextSurveys: LiveSurvey[] = [];
  for (const id of dirtySurveys) {
    const survey = currentOf(surveys, id, live.removeSurvey(id));
    if (survey) nextSurveys.push(survey);
  }
  // …in with the records as they are now.
  for (const claim of nextClaims) live.addClaim(claim);
  for (const payment of nextPayments) live.addPayment(payment);
  const paidOn: ReadonlyMap<string, IsoDate> = dirtyClaims.size > 0 ? live.lastPaidDates(dirtyClaims) : new Map();
  for (const claim of nextClaims) live.setPaid(claim.id, paidOn.get(claim.id) ?? null);
  for (const survey of nextSurveys) live.addSurvey(survey);
}
