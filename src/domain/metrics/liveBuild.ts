/**
 * Builds the live metrics index (liveIndex.ts) from every record, as indexMetrics (metricsIndex.ts)
 * reads them: what a backend does once, then keeps it up to date with applyMetricsChanges
 * (liveChanges.ts).
 */
import { PLANS } from '../adjudication/schemas';
import { LiveMetrics, type LivePayment, type LiveSurvey } from './liveIndex';
import { dayNumber } from './months';
import type { MetricsInput, MetricsPolicyRow } from './scope';

/**
 * The records of {@link MetricsInput} with the ids of payments and surveys, and `policyById`
 * required: it must answer the *current* policies whenever the index is updated (a backend passes
 * its store's lookup, e.g. `(id) => db.policies.get(id)`).
 */
export interface LiveMetricsInput extends MetricsInput {
  payments: readonly LivePayment[];
  surveys: readonly LiveSurvey[];
  policyById: (policyId: string) => MetricsPolicyRow | undefined;
}

/**
 * The live index of `input`: every policy, claim, payment and survey added once (as indexMetrics
 * reads them), then kept up to date with applyMetricsChanges (liveChanges.ts).
 */
export function buildLiveMetrics(input: LiveMetricsInput): LiveMetrics {
  const live = new LiveMetrics(input.today, input.policyById);
  for (const plan of PLANS) {
    const days = input.policies.filter((policy) => policy.status === 'active' && policy.plan === plan).map((policy) => dayNumber(policy.inceptionDate));
    live.setInceptions(plan, Int32Array.from(days).sort());
  }
  for (const claim of input.claims) live.addClaim(claim);
  const paidClaims = new Set<string>();
  for (const payment of input.payments) {
    live.addPayment(payment);
    if (payment.status === 'paid') paidClaims.add(payment.claimId);
  }
  for (const [claimId, paidDate] of live.lastPaidDates(paidClaims)) live.setPaid(claimId, paidDate);
  for (const survey of input.surveys) live.addSurvey(survey);
  live.setUsers(input.users ?? []);
  return live;
}
