/**
 * Builds the metrics index (scope.ts's {@link MetricsIndex}) from the records: one pass over each
 * collection, the facts every figure reads kept in typed columns (see scope.ts).
 */
import type { IsoDate } from '../dates';
import { PLANS, type Plan } from '../adjudication/schemas';
import { paidWithinDeadline } from './deadlineRule';
import { answerCode, claimStanding, claimedYen, decidedYen, perilCode, policyPlanCode, statusCode, usedYen } from './facts';
import { dayNumber, monthNumber } from './months';
import {
  NO_PLAN,
  scopeIn,
  type ClaimColumns,
  type MetricsClaim,
  type MetricsIndex,
  type MetricsInput,
  type MetricsPayment,
  type MetricsPolicyRow,
  type MetricsSurvey,
  type PaidClaimColumns,
  type PaymentColumns,
  type Scope,
  type SurveyColumns,
  type UsageColumns,
} from './scope';

function policyLookup(input: MetricsInput): (policyId: string) => MetricsPolicyRow | undefined {
  if (input.policyById) return input.policyById;
  const byId = new Map<string, MetricsPolicyRow>();
  for (const policy of input.policies) byId.set(policy.id, policy);
  return (policyId) => byId.get(policyId);
}

function indexClaims(input: MetricsInput, planOf: (policyId: string) => number, todayDay: number) {
  const n = input.claims.length;
  const claims: ClaimColumns = { count: n, plan: new Int8Array(n), status: new Uint8Array(n), receivedDay: new Int32Array(n), claimed: new Float64Array(n), decided: new Float64Array(n) };
  const openByPlan = new Int32Array(PLANS.length + 1);
  const overdueByPlan = new Int32Array(PLANS.length + 1);
  const slotOf = new Map<string, number>();
  const counting = new Map<string, number[]>();
  for (let slot = 0; slot < n; slot += 1) {
    const claim = input.claims[slot] as MetricsClaim;
    const plan = planOf(claim.policyId);
    slotOf.set(claim.id, slot);
    claims.plan[slot] = plan;
    claims.status[slot] = statusCode(claim.status);
    claims.receivedDay[slot] = dayNumber(claim.receivedDate);
    claims.claimed[slot] = claimedYen(claim);
    claims.decided[slot] = decidedYen(claim);
    const standing = claimStanding(claim, todayDay);
    if (standing === 'open' || standing === 'overdue') {
      openByPlan[plan + 1] = (openByPlan[plan + 1] ?? 0) + 1;
      if (standing === 'overdue') overdueByPlan[plan + 1] = (overdueByPlan[plan + 1] ?? 0) + 1;
    } else if (standing === 'counting') {
      const list = counting.get(claim.policyId);
      if (list) list.push(slot);
      else counting.set(claim.policyId, [slot]);
    }
  }
  return { claims, openByPlan, overdueByPlan, slotOf, counting };
}

function indexPayments(input: MetricsInput, planOf: (policyId: string) => number, slotOf: ReadonlyMap<string, number>) {
  const paid = input.payments.filter((payment): payment is MetricsPayment & { paidDate: IsoDate } => payment.status === 'paid' && payment.paidDate !== null);
  const n = paid.length;
  const payments: PaymentColumns = { count: n, plan: new Int8Array(n), peril: new Int8Array(n), day: new Int32Array(n), month: new Int32Array(n), amount: new Float64Array(n) };
  /** The last paid date of each paid claim, by claim slot. */
  const lastPaid = new Map<number, IsoDate>();
  for (let slot = 0; slot < n; slot += 1) {
    const payment = paid[slot] as MetricsPayment & { paidDate: IsoDate };
    const claimSlot = slotOf.get(payment.claimId);
    const claim = claimSlot === undefined ? undefined : input.claims[claimSlot];
    const day = dayNumber(payment.paidDate);
    payments.plan[slot] = planOf(payment.policyId);
    payments.peril[slot] = claim === undefined ? -1 : perilCode(claim.peril);
    payments.day[slot] = day;
    payments.month[slot] = monthNumber(payment.paidDate);
    payments.amount[slot] = payment.amount;
    if (claimSlot !== undefined) {
      const seen = lastPaid.get(claimSlot);
      if (seen === undefined || payment.paidDate > seen) lastPaid.set(claimSlot, payment.paidDate);
    }
  }
  return { payments, lastPaid };
}

function indexPaidClaims(input: MetricsInput, claims: ClaimColumns, lastPaid: ReadonlyMap<number, IsoDate>): PaidClaimColumns {
  const n = lastPaid.size;
  const paidClaims: PaidClaimColumns = { count: n, plan: new Int8Array(n), day: new Int32Array(n), month: new Int32Array(n), cycleDays: new Int32Array(n), within: new Uint8Array(n) };
  let slot = 0;
  for (const [claimSlot, paidDate] of lastPaid) {
    const claim = input.claims[claimSlot] as MetricsClaim;
    const day = dayNumber(paidDate);
    paidClaims.plan[slot] = claims.plan[claimSlot] ?? NO_PLAN;
    paidClaims.day[slot] = day;
    paidClaims.month[slot] = monthNumber(paidDate);
    paidClaims.cycleDays[slot] = Math.max(0, day - (claims.receivedDay[claimSlot] ?? day));
    paidClaims.within[slot] = paidWithinDeadline(claim, paidDate) ? 1 : 0;
    slot += 1;
  }
  return paidClaims;
}

function indexSurveys(input: MetricsInput, planOf: (policyId: string) => number): { surveys: SurveyColumns; adjusters: (string | null)[] } {
  const n = input.surveys.length;
  const surveys: SurveyColumns = { count: n, plan: new Int8Array(n), peril: new Int8Array(n), adjuster: new Int32Array(n), answer: new Int8Array(n), day: new Int32Array(n), month: new Int32Array(n) };
  const adjusterCodes = new Map<string | null, number>();
  const adjusters: (string | null)[] = [];
  for (let slot = 0; slot < n; slot += 1) {
    const survey = input.surveys[slot] as MetricsSurvey;
    let adjuster = adjusterCodes.get(survey.adjusterId);
    if (adjuster === undefined) {
      adjuster = adjusters.push(survey.adjusterId) - 1;
      adjusterCodes.set(survey.adjusterId, adjuster);
    }
    surveys.plan[slot] = planOf(survey.policyId);
    surveys.peril[slot] = perilCode(survey.peril);
    surveys.adjuster[slot] = adjuster;
    surveys.answer[slot] = answerCode(survey.answer);
    surveys.day[slot] = dayNumber(survey.sentDate);
    surveys.month[slot] = monthNumber(survey.sentDate);
  }
  return { surveys, adjusters };
}

function indexPolicies(input: MetricsInput, policyOf: (policyId: string) => MetricsPolicyRow | undefined, counting: ReadonlyMap<string, readonly number[]>) {
  const inceptions: Record<Plan, number[]> = { standard: [], light: [] };
  for (const policy of input.policies) if (policy.status === 'active') inceptions[policy.plan].push(dayNumber(policy.inceptionDate));
  const activeInceptions = { standard: Int32Array.from(inceptions.standard).sort(), light: Int32Array.from(inceptions.light).sort() };
  const used: { plan: number; inceptionDate: IsoDate; claims: readonly number[] }[] = [];
  for (const [policyId, claims] of counting) {
    const policy = policyOf(policyId);
    if (policy?.status === 'active') used.push({ plan: policyPlanCode(policy), inceptionDate: policy.inceptionDate, claims });
  }
  const n = used.reduce((sum, row) => sum + row.claims.length, 0);
  const usage: UsageColumns = { count: n, policy: new Int32Array(n), policies: used.length, plan: new Int8Array(n), inceptionDate: [], inceptionDay: new Int32Array(n), incidentDay: new Int32Array(n), payout: new Float64Array(n) };
  let next = 0;
  used.forEach((row, code) => {
    const inceptionDay = dayNumber(row.inceptionDate);
    for (const claimSlot of row.claims) {
      const claim = input.claims[claimSlot] as MetricsClaim;
      usage.policy[next] = code;
      usage.plan[next] = row.plan;
      usage.inceptionDate.push(row.inceptionDate);
      usage.inceptionDay[next] = inceptionDay;
      usage.payout[next] = usedYen(claim);
      usage.incidentDay[next] = dayNumber(claim.incidentDate);
      next += 1;
    }
  });
  return { activeInceptions, usage };
}

/**
 * The index of `input` (see the module's docstring): one pass over each collection. Dates are
 * assumed valid (records are validated when stored). A payment counts under the plan of its policy
 * and the peril of its claim; a claim is paid on the last of its paid payments' dates.
 */
export function indexMetrics(input: MetricsInput): MetricsIndex {
  const policyOf = policyLookup(input);
  const planOf = (policyId: string) => policyPlanCode(policyOf(policyId));
  const { claims, openByPlan, overdueByPlan, slotOf, counting } = indexClaims(input, planOf, dayNumber(input.today));
  const { payments, lastPaid } = indexPayments(input, planOf, slotOf);
  const { surveys, adjusters } = indexSurveys(input, planOf);
  const { activeInceptions, usage } = indexPolicies(input, policyOf, counting);
  return {
    today: input.today,
    claims,
    openByPlan,
    overdueByPlan,
    payments,
    paidClaims: indexPaidClaims(input, claims, lastPaid),
    surveys,
    adjusters,
    activeInceptions,
    usage,
    users: new Map((input.users ?? []).map((user) => [user.id, user.name])),
  };
}

/** The scope of `input` for `plan`: {@link indexMetrics} then {@link scopeIn}. */
export function scopeOf(input: MetricsInput, plan?: Plan): Scope {
  return scopeIn(indexMetrics(input), plan);
}

