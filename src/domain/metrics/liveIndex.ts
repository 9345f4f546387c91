/**
 * The metrics index (scope.ts's {@link MetricsIndex}) kept up to date record by record, for a
 * backend whose data change between dashboards (product.md, "Figures managers read"): built once
 * from every record like indexMetrics, then each changed record's facts are taken out of the
 * columns and its new facts put in (liveChanges.ts works out which records a write touches), so the
 * first dashboard after a decision costs a few records, not a pass over 100,000 claims.
 *
 * Each slot remembers the record it was derived from: what it added is taken out by the same rules
 * (facts.ts) from that record and the plan stored beside it, whatever the record looks like now.
 * "Today" is fixed at the build: open and overdue counts are as of it (rebuild when the day changes).
 * liveBuild.ts builds one from every record.
 */
import type { IsoDate } from '../dates';
import { PLANS, type Plan } from '../adjudication/schemas';
import { paidWithinDeadline } from './deadlineRule';
import { answerCode, claimStanding, claimedYen, decidedYen, perilCode, policyPlanCode, statusCode, usedYen } from './facts';
import { dayNumber, monthNumber } from './months';
import { Keys, SlotTable, insertSorted, removeSorted } from './slotTable';
import type { ClaimColumns, MetricsClaim, MetricsIndex, MetricsPayment, MetricsPolicyRow, MetricsSurvey, PaidClaimColumns, PaymentColumns, SurveyColumns, UsageColumns } from './scope';

/** A payment as the live index reads it: with its id, to find its slot again. */
export type LivePayment = MetricsPayment & { id: string };
/** A survey as the live index reads it: with its id. */
export type LiveSurvey = MetricsSurvey & { id: string };

const NONE = -1;

/** The live metrics index: `index` is read by the figures; the methods change it in place. */
export class LiveMetrics {
  readonly index: MetricsIndex;
  readonly todayDay: number;
  readonly policyById: (policyId: string) => MetricsPolicyRow | undefined;
  readonly claimKeys = new Keys<MetricsClaim>();
  readonly paymentKeys = new Keys<LivePayment>();
  readonly surveyKeys = new Keys<LiveSurvey>();
  /** Per claim slot: its usage slot and its paid-claim slot, or NONE. */
  private readonly claimUsage: number[] = [];
  private readonly claimPaid: number[] = [];
  /** Per usage slot and per paid-claim slot: the claim slot it belongs to. */
  private readonly usageOwner: number[] = [];
  private readonly paidOwner: number[] = [];
  private readonly claims: SlotTable<'plan' | 'status' | 'receivedDay' | 'claimed' | 'decided', ClaimColumns>;
  private readonly usage: SlotTable<'policy' | 'plan' | 'inceptionDay' | 'incidentDay' | 'payout', UsageColumns>;
  private readonly paid: SlotTable<'plan' | 'day' | 'month' | 'cycleDays' | 'within', PaidClaimColumns>;
  private readonly payments: SlotTable<'plan' | 'peril' | 'day' | 'month' | 'amount', PaymentColumns>;
  private readonly surveys: SlotTable<'plan' | 'peril' | 'adjuster' | 'answer' | 'day' | 'month', SurveyColumns>;
  private readonly adjusterCodes = new Map<string | null, number>();
  private readonly adjusters: (string | null)[] = [];
  private readonly policyCodes = new Map<string, number>();
  /** Per plan: the active policies' inception days, ascending, in the first `length` values of a buffer. */
  private readonly inceptions: Record<Plan, { buffer: Int32Array; length: number }> = { standard: { buffer: new Int32Array(0), length: 0 }, light: { buffer: new Int32Array(0), length: 0 } };

  constructor(today: IsoDate, policyById: (policyId: string) => MetricsPolicyRow | undefined) {
    this.todayDay = dayNumber(today);
    this.policyById = policyById;
    const i8 = () => new Int8Array(0);
    const i32 = () => new Int32Array(0);
    const f64 = () => new Float64Array(0);
    this.index = {
      today,
      claims: { count: 0, plan: i8(), status: new Uint8Array(0), receivedDay: i32(), claimed: f64(), decided: f64() },
      openByPlan: new Int32Array(PLANS.length + 1),
      overdueByPlan: new Int32Array(PLANS.length + 1),
      payments: { count: 0, plan: i8(), peril: i8(), day: i32(), month: i32(), amount: f64() },
      paidClaims: { count: 0, plan: i8(), day: i32(), month: i32(), cycleDays: i32(), within: new Uint8Array(0) },
      surveys: { count: 0, plan: i8(), peril: i8(), adjuster: i32(), answer: i8(), day: i32(), month: i32() },
      adjusters: this.adjusters,
      activeInceptions: { standard: i32(), light: i32() },
      usage: { count: 0, policy: i32(), policies: 0, plan: i8(), inceptionDate: [], inceptionDay: i32(), incidentDay: i32(), payout: f64() },
      users: new Map(),
    };
    const { index } = this;
    this.claims = new SlotTable(index.claims, ['plan', 'status', 'receivedDay', 'claimed', 'decided'], (from, to) => {
      this.claimKeys.move(from, to);
      const usage = (this.claimUsage[to] = this.claimUsage[from] ?? NONE);
      const paid = (this.claimPaid[to] = this.claimPaid[from] ?? NONE);
      if (usage !== NONE) this.usageOwner[usage] = to;
      if (paid !== NONE) this.paidOwner[paid] = to;
    });
    this.usage = new SlotTable(index.usage, ['policy', 'plan', 'inceptionDay', 'incidentDay', 'payout'], (from, to) => {
      index.usage.inceptionDate[to] = index.usage.inceptionDate[from] ?? index.today;
      const owner = (this.usageOwner[to] = this.usageOwner[from] ?? NONE);
      this.claimUsage[owner] = to;
    });
    this.paid = new SlotTable(index.paidClaims, ['plan', 'day', 'month', 'cycleDays', 'within'], (from, to) => {
      const owner = (this.paidOwner[to] = this.paidOwner[from] ?? NONE);
      this.claimPaid[owner] = to;
    });
    this.payments = new SlotTable(index.payments, ['plan', 'peril', 'day', 'month', 'amount'], (from, to) => this.paymentKeys.move(from, to));
    this.surveys = new SlotTable(index.surveys, ['plan', 'peril', 'adjuster', 'answer', 'day', 'month'], (from, to) => this.surveyKeys.move(from, to));
  }

  /** Plan code of the (current) policy `policyId`. */
  planOf(policyId: string): number {
    return policyPlanCode(this.policyById(policyId));
  }

  /** Replaces the adjusters' names (the users collection changed). */
  setUsers(users: readonly { id: string; name: string }[]): void {
    this.index.users = new Map(users.map((user) => [user.id, user.name]));
  }

  /** Counts `policy` (a state it was in, or is in now) among the active inceptions: `sign` +1 adds, −1 takes out. Throws when taking out one not counted. */
  countPolicy(policy: MetricsPolicyRow, sign: 1 | -1): void {
    if (policy.status !== 'active') return;
    const day = dayNumber(policy.inceptionDate);
    const days = this.inceptions[policy.plan];
    if (sign === 1) days.buffer = insertSorted(days.buffer, days.length, day);
    else if (!removeSorted(days.buffer, days.length, day)) throw new Error(`Policy ${policy.id} was not counted as active`);
    days.length += sign;
    this.index.activeInceptions = { ...this.index.activeInceptions, [policy.plan]: days.buffer.subarray(0, days.length) };
  }

  /** Sets the active policies' inception days of `plan` (day numbers, ascending) at once: the build's. */
  setInceptions(plan: Plan, ascending: Int32Array): void {
    this.inceptions[plan] = { buffer: ascending, length: ascending.length };
    this.index.activeInceptions = { ...this.index.activeInceptions, [plan]: ascending };
  }

  /** Adds `claim`'s facts under its current policy (its paid-claim slot comes with {@link setPaid}). Throws on a claim already indexed. */
  addClaim(claim: MetricsClaim): void {
    if (this.claimKeys.slotOf.has(claim.id)) throw new Error(`Claim ${claim.id} is indexed already`);
    const columns = this.index.claims;
    const slot = this.claims.add();
    this.claimKeys.set(slot, claim);
    const policy = this.policyById(claim.policyId);
    const plan = policyPlanCode(policy);
    columns.plan[slot] = plan;
    columns.status[slot] = statusCode(claim.status);
    columns.receivedDay[slot] = dayNumber(claim.receivedDate);
    columns.claimed[slot] = claimedYen(claim);
    columns.decided[slot] = decidedYen(claim);
    this.countStanding(claim, plan, 1);
    this.claimPaid[slot] = NONE;
    this.claimUsage[slot] = NONE;
    if (claimStanding(claim, this.todayDay) === 'counting' && policy?.status === 'active') {
      const usage = this.index.usage;
      const at = this.usage.add();
      let code = this.policyCodes.get(policy.id);
      if (code === undefined) {
        code = this.policyCodes.size;
        this.policyCodes.set(policy.id, code);
        usage.policies = this.policyCodes.size;
      }
      usage.policy[at] = code;
      usage.plan[at] = plan;
      usage.inceptionDate[at] = policy.inceptionDate;
      usage.inceptionDay[at] = dayNumber(policy.inceptionDate);
      usage.incidentDay[at] = dayNumber(claim.incidentDate);
      usage.payout[at] = usedYen(claim);
      this.usageOwner[at] = slot;
      this.claimUsage[slot] = at;
    }
  }

  /** Takes out the facts of claim `id` (its usage and paid-claim slots too); returns the record they came from, or undefined when not indexed. */
  removeClaim(id: string): MetricsClaim | undefined {
    const slot = this.claimKeys.slotOf.get(id);
    if (slot === undefined) return undefined;
    const claim = this.claimKeys.records[slot] as MetricsClaim;
    this.countStanding(claim, this.index.claims.plan[slot] ?? 0, -1);
    this.setPaid(id, null);
    const usage = this.claimUsage[slot] ?? NONE;
    if (usage !== NONE) {
      this.usage.remove(usage);
      this.usageOwner.length = this.index.usage.count;
      this.index.usage.inceptionDate.length = this.index.usage.count;
    }
    const moved = this.claims.columns.count - 1;
    this.claims.remove(slot);
    this.claimKeys.drop(id, moved);
    this.claimUsage.length = moved;
    this.claimPaid.length = moved;
    return claim;
  }

  private countStanding(claim: MetricsClaim, plan: number, sign: 1 | -1): void {
    const standing = claimStanding(claim, this.todayDay);
    const { openByPlan, overdueByPlan } = this.index;
    if (standing === 'open' || standing === 'overdue') openByPlan[plan + 1] = (openByPlan[plan + 1] ?? 0) + sign;
    if (standing === 'overdue') overdueByPlan[plan + 1] = (overdueByPlan[plan + 1] ?? 0) + sign;
  }

  /** Records claim `id` as paid on `paidDate` (the last of its paid payments), or not paid (null). No-op for a claim not indexed. */
  setPaid(id: string, paidDate: IsoDate | null): void {
    const slot = this.claimKeys.slotOf.get(id);
    if (slot === undefined) return;
    const current = this.claimPaid[slot] ?? NONE;
    if (current !== NONE) {
      this.paid.remove(current);
      this.paidOwner.length = this.index.paidClaims.count;
      this.claimPaid[slot] = NONE;
    }
    if (paidDate === null) return;
    const columns = this.index.paidClaims;
    const at = this.paid.add();
    const day = dayNumber(paidDate);
    const received = this.index.claims.receivedDay[slot] ?? day;
    columns.plan[at] = this.index.claims.plan[slot] ?? 0;
    columns.day[at] = day;
    columns.month[at] = monthNumber(paidDate);
    columns.cycleDays[at] = Math.max(0, day - received);
    columns.within[at] = paidWithinDeadline(this.claimKeys.records[slot] as MetricsClaim, paidDate) ? 1 : 0;
    this.paidOwner[at] = slot;
    this.claimPaid[slot] = at;
  }

  /** Adds a payment's facts when it is paid (others have none): plan of its policy, peril of its claim as indexed now. */
  addPayment(payment: LivePayment): void {
    if (payment.status !== 'paid' || payment.paidDate === null) return;
    if (this.paymentKeys.slotOf.has(payment.id)) throw new Error(`Payment ${payment.id} is indexed already`);
    const columns = this.index.payments;
    const slot = this.payments.add();
    this.paymentKeys.set(slot, payment);
    const claimSlot = this.claimKeys.slotOf.get(payment.claimId);
    const claim = claimSlot === undefined ? undefined : this.claimKeys.records[claimSlot];
    columns.plan[slot] = this.planOf(payment.policyId);
    columns.peril[slot] = claim === undefined ? -1 : perilCode(claim.peril);
    columns.day[slot] = dayNumber(payment.paidDate);
    columns.month[slot] = monthNumber(payment.paidDate);
    columns.amount[slot] = payment.amount;
  }

  /** Takes out payment `id`'s facts; returns the record they came from (undefined: none indexed). */
  removePayment(id: string): LivePayment | undefined {
    const slot = this.paymentKeys.slotOf.get(id);
    if (slot === undefined) return undefined;
    const payment = this.paymentKeys.records[slot] as LivePayment;
    this.payments.remove(slot);
    this.paymentKeys.drop(id, this.index.payments.count);
    return payment;
  }

  /** Adds a survey's facts: plan of its policy, peril, adjuster, answer, sent day. */
  addSurvey(survey: LiveSurvey): void {
    if (this.surveyKeys.slotOf.has(survey.id)) throw new Error(`Survey ${survey.id} is indexed already`);
    const columns = this.index.surveys;
    const slot = this.surveys.add();
    this.surveyKeys.set(slot, survey);
    let adjuster = this.adjusterCodes.get(survey.adjusterId);
    if (adjuster === undefined) {
      adjuster = this.adjusters.push(survey.adjusterId) - 1;
      this.adjusterCodes.set(survey.adjusterId, adjuster);
    }
    columns.plan[slot] = this.planOf(survey.policyId);
    columns.peril[slot] = perilCode(survey.peril);
    columns.adjuster[slot] = adjuster;
    columns.answer[slot] = answerCode(survey.answer);
    columns.day[slot] = dayNumber(survey.sentDate);
    columns.month[slot] = monthNumber(survey.sentDate);
  }

  /** Takes out survey `id`'s facts; returns the record they came from (undefined: none indexed). */
  removeSurvey(id: string): LiveSurvey | undefined {
    const slot = this.surveyKeys.slotOf.get(id);
    if (slot === undefined) return undefined;
    const survey = this.surveyKeys.records[slot] as LiveSurvey;
    this.surveys.remove(slot);
    this.surveyKeys.drop(id, this.index.surveys.count);
    return survey;
  }

  /** The last paid date of each indexed claim in `claimIds` among the indexed (paid) payments: one pass over them. */
  lastPaidDates(claimIds: ReadonlySet<string>): Map<string, IsoDate> {
    const last = new Map<string, IsoDate>();
    for (const payment of this.paymentKeys.records) {
      if (!claimIds.has(payment.claimId) || payment.paidDate === null || !this.claimKeys.slotOf.has(payment.claimId)) continue;
      const seen = last.get(payment.claimId);
      if (seen === undefined || payment.paidDate > seen) last.set(payment.claimId, payment.paidDate);
    }
    return last;
  }
}
