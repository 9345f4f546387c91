/**
 * The dashboard right after a write (issue 6: the first `GET /api/dashboard` after a decision is
 * served from the index updated with that write, not rebuilt): through the MSW handlers, a
 * supervisor's approval and then the payment run show in the next answer, which equals the figures
 * computed from scratch over the database as it is then.
 */
import { describe, expect, it } from 'vitest';
import { metricsIndexCounts, metricsInputOf } from '../../mocks/aggregates';
import { getMockDb } from '../../mocks/db';
import { computeDashboard, type DashboardData } from '../../src/domain/metrics';
import { call, recommendAndApprove, REFERENCE_DATE, sendIdempotent, setupMockApi, USERS } from './helpers';

setupMockApi();

const RANGE = { from: '2022-01-01', to: REFERENCE_DATE };

async function dashboard(): Promise<DashboardData> {
  const { status, body } = await call<DashboardData>(`/dashboard?from=${RANGE.from}&to=${RANGE.to}`, { as: USERS.manager });
  expect(status).toBe(200);
  return body;
}

const byStatus = (data: DashboardData, status: string) => data.claimsByStatus.find((row) => row.status === status);

describe('GET /api/dashboard after a write', () => {
  it('counts an approval in the very next answer, then its payment after the payment run', async () => {
    const before = await dashboard();
    const { updates } = metricsIndexCounts();

    const approved = await recommendAndApprove('c-0001', 96_000);
    expect(approved.status).toBe(200);
    const afterDecision = await dashboard();
    expect(afterDecision.kpis.openClaims).toBe(before.kpis.openClaims - 1);
    expect(byStatus(afterDecision, 'approved')?.count).toBe((byStatus(before, 'approved')?.count ?? 0) + 1);
    expect(byStatus(afterDecision, 'approved')?.decidedPayout).toBe((byStatus(before, 'approved')?.decidedPayout ?? 0) + 96_000);
    expect(afterDecision).toEqual(computeDashboard(metricsInputOf(getMockDb()), RANGE));

    const run = await sendIdempotent('/payments/run', { claimIds: ['c-0001'] }, { as: USERS.supervisor });
    expect(run.status).toBe(200);
    const afterPayment = await dashboard();
    expect(afterPayment.kpis.paidThisMonth.amount).toBe(before.kpis.paidThisMonth.amount + 96_000);
    expect(afterPayment.kpis.paidThisMonth.payments).toBe(before.kpis.paidThisMonth.payments + 1);
    expect(afterPayment).toEqual(computeDashboard(metricsInputOf(getMockDb()), RANGE));
    // Both answers came from the index updated with the writes, not from a rebuild.
    expect(metricsIndexCounts().updates).toBe(updates + 2);
  });
});
