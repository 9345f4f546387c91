/**
 * The live metrics index (liveIndex.ts, liveChanges.ts) on the hand-computed example of testing.ts:
 * after writes given as before/after, it answers what computeDashboard answers over the records as
 * they are then, including what a write changes in other records' facts (a policy's plan and
 * status for its claims, payments and surveys; a payment for its claim's payment day).
 */
import { describe, expect, test } from 'vitest';
import { computeDashboard, dashboardFromIndex } from './dashboard';
import { applyMetricsChanges, type MetricsChanges, type RecordWrite } from './liveChanges';
import { buildLiveMetrics, type LiveMetricsInput } from './liveBuild';
import type { LivePayment, LiveSurvey } from './liveIndex';
import type { MetricsQuery } from './query';
import type { MetricsClaim, MetricsPolicyRow } from './scope';
import { EXAMPLE_CLAIMS, EXAMPLE_INPUT, EXAMPLE_PAYMENTS, EXAMPLE_POLICIES, EXAMPLE_RANGE, EXAMPLE_SURVEYS } from './testing';

const QUERIES: MetricsQuery[] = [EXAMPLE_RANGE, { ...EXAMPLE_RANGE, plan: 'light' }, { ...EXAMPLE_RANGE, plan: 'standard' }, { from: '2025-07-01', to: '2026-06-30' }];

/** The record of each kind of write. */
interface Records {
  policies: MetricsPolicyRow;
  claims: MetricsClaim;
  payments: LivePayment;
  surveys: LiveSurvey;
}
type Log = { [K in keyof Records]: RecordWrite<Records[K]>[] };
const emptyLog = (): Log => ({ policies: [], claims: [], payments: [], surveys: [] });

/** The example held in maps (current records), with a log of the writes made to it. */
class Store {
  readonly policies = new Map<string, MetricsPolicyRow>(EXAMPLE_POLICIES.map((p) => [p.id, p]));
  readonly claims = new Map<string, MetricsClaim>(EXAMPLE_CLAIMS.map((c) => [c.id, c]));
  readonly payments = new Map<string, LivePayment>(EXAMPLE_PAYMENTS.map((p, i) => [`pay-${i}`, { ...p, id: `pay-${i}` }]));
  readonly surveys = new Map<string, LiveSurvey>(EXAMPLE_SURVEYS.map((s, i) => [`s-${i}`, { ...s, id: `s-${i}` }]));
  changes: Log = emptyLog();

  input(): LiveMetricsInput {
    return { ...EXAMPLE_INPUT, policies: [...this.policies.values()], claims: [...this.claims.values()], payments: [...this.payments.values()], surveys: [...this.surveys.values()], policyById: (id) => this.policies.get(id) };
  }

  write<K extends keyof Records>(kind: K, id: string, after: Records[K] | undefined): void {
    const records = this[kind] as Map<string, Records[K]>;
    const before = records.get(id);
    if (after) records.set(id, after);
    else records.delete(id);
    (this.changes[kind] as RecordWrite<Records[K]>[]).push({ before, after });
  }

  /** The writes since the last call. */
  drain(): MetricsChanges {
    const changes = this.changes;
    this.changes = emptyLog();
    return changes;
  }
}

function expectLikeFromScratch(store: Store, index: ReturnType<typeof buildLiveMetrics>['index']): void {
  for (const query of QUERIES) expect(dashboardFromIndex(index, query), JSON.stringify(query)).toEqual(computeDashboard(store.input(), query));
}

const claim = (id: string) => EXAMPLE_CLAIMS.find((c) => c.id === id) as MetricsClaim;
const policy = (id: string) => EXAMPLE_POLICIES.find((p) => p.id === id) as MetricsPolicyRow;

describe('the live metrics index', () => {
  test('built from every record, it answers like computeDashboard', () => {
    const store = new Store();
    expectLikeFromScratch(store, buildLiveMetrics(store.input()).index);
  });

  test('a policy switched to light moves its claims, payments, surveys and active count; cancelling one drops its use of the limit', () => {
    const store = new Store();
    const live = buildLiveMetrics(store.input());
    const before = dashboardFromIndex(live.index, { ...EXAMPLE_RANGE, plan: 'light' });
    store.write('policies', 'p1', { ...policy('p1'), plan: 'light' });
    applyMetricsChanges(live, store.drain());
    expectLikeFromScratch(store, live.index);
    // p1's March payment (¥30,000) and May payment (¥50,000) now count under light.
    expect(dashboardFromIndex(live.index, { ...EXAMPLE_RANGE, plan: 'light' }).kpis.lossRatio.payouts).toBe(before.kpis.lossRatio.payouts + 80_000);
    store.write('policies', 'p1', { ...policy('p1'), status: 'cancelled' });
    store.write('policies', 'p3', undefined);
    applyMetricsChanges(live, store.drain());
    expectLikeFromScratch(store, live.index);
  });

  test('a payment made, a decision, a claim removed and one added, a survey answered: each other record follows', () => {
    const store = new Store();
    const live = buildLiveMetrics(store.input());
    // c7's scheduled payment is paid: c7 becomes a paid claim (cycle time, deadline share).
    store.write('payments', 'pay-3', { ...(store.payments.get('pay-3') as LivePayment), status: 'paid', paidDate: '2026-06-10' });
    store.write('claims', 'c7', { ...claim('c7'), status: 'paid' });
    applyMetricsChanges(live, store.drain());
    expectLikeFromScratch(store, live.index);
    // c4 approved; c1 removed (its payment is left with no claim: no peril, no paid claim); c9 added on p2.
    store.write('claims', 'c4', { ...claim('c4'), status: 'approved', decision: { decision: 'approve', payout: 38_000, decidedBy: 'sato', decidedAt: '2026-06-12T10:00:00+09:00' } });
    store.write('claims', 'c1', undefined);
    store.write('claims', 'c9', { ...claim('c5'), id: 'c9', policyId: 'p2' });
    store.write('surveys', 's-3', { ...(store.surveys.get('s-3') as LiveSurvey), answer: 'dissatisfied' });
    applyMetricsChanges(live, store.drain());
    expectLikeFromScratch(store, live.index);
    // c1 back, moved to p3: its payment (still on p1's id) gets its peril again.
    store.write('claims', 'c1', { ...claim('c1'), policyId: 'p3' });
    store.write('payments', 'pay-1', undefined);
    applyMetricsChanges(live, store.drain());
    expectLikeFromScratch(store, live.index);
  });

  test('refuses writes that do not follow from what it holds (the caller rebuilds)', () => {
    const store = new Store();
    const live = buildLiveMetrics(store.input());
    // p5 is lapsed: the index never counted it as active.
    expect(() => applyMetricsChanges(live, { policies: [{ before: { ...policy('p5'), status: 'active' }, after: policy('p5') }] })).toThrow(/p5/);
  });
});
