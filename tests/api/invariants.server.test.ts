/**
 * The aggregate limit under simultaneous decisions, over real HTTP through mocks/server.ts (each
 * request parsed from the socket, answered by the shared handlers): the same invariant as in-process.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getMockDb, resetMockDb } from '../../mocks/db';
import { startMockServer, type RunningMockServer } from '../../mocks/server';
import { paidInPeriod } from '../../src/domain/policyPeriod';
import { seedContestedPolicy } from './fixtures';
import { authHeaders, REFERENCE_DATE, USERS } from './helpers';

let running: RunningMockServer;

beforeAll(async () => {
  running = await startMockServer({ port: 0, host: '127.0.0.1' });
});
beforeEach(() => {
  resetMockDb({ seed: 1, referenceDate: REFERENCE_DATE });
});
afterAll(async () => {
  await running.close();
});

async function decide(claimId: string, as: string, body: unknown): Promise<number> {
  const response = await fetch(`${running.url}/api/claims/${claimId}/decision`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...(await authHeaders(as, `${running.url}/api`)) },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

const paid = () => paidInPeriod(getMockDb().claimsOfPolicy('p-race'), { start: '2025-10-01', end: '2026-09-30' });

describe('simultaneous decisions over HTTP', () => {
  it('seven ¥30,000 approvals at one policy: six pass, the aggregate holds', async () => {
    const ids = seedContestedPolicy(7, 33_000);
    const statuses = await Promise.all(ids.map((id) => decide(id, USERS.adjuster, { decision: 'approve', payout: 30_000 })));
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
    expect(statuses.filter((s) => s === 422)).toHaveLength(1);
    expect(paid()).toBe(180_000);
  });

  it('three recommended ¥96,000 approvals at one policy: two pass, the aggregate holds', async () => {
    const ids = seedContestedPolicy(3, 99_000);
    expect(await Promise.all(ids.map((id) => decide(id, USERS.adjuster, { decision: 'recommend', payout: 96_000 })))).toEqual([200, 200, 200]);
    const statuses = await Promise.all(ids.map((id, i) => decide(id, i % 2 ? USERS.supervisor : USERS.supervisor2, { decision: 'approve', payout: 96_000 })));
    expect([...statuses].sort()).toEqual([200, 200, 422]);
    expect(paid()).toBe(192_000);
  });
});
