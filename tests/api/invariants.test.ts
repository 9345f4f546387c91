/**
 * Invariants whatever the clients do: simultaneous decisions at one policy never push its payouts
 * past the aggregate limit (adjudication.md, Amount rules 6), and every write appends an audit event.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { paidInPeriod } from '../../src/domain/policyPeriod';
import type { AuditEvent, Claim } from '../../src/domain/records';
import { seedContestedPolicy } from './fixtures';
import { call, decide, listQuery, send, sendIdempotent, setupMockApi, USERS } from './helpers';

setupMockApi();

const AGGREGATE = 200_000;
const PERIOD = { start: '2025-10-01', end: '2026-09-30' };
const paidOnRacePolicy = () => paidInPeriod(getMockDb().claimsOfPolicy('p-race'), PERIOD);

describe('the aggregate limit under simultaneous decisions', () => {
  it('holds when seven ¥30,000 approvals by adjusters arrive together (six fit)', async () => {
    const ids = seedContestedPolicy(7, 33_000);
    const answers = await Promise.all(
      ids.map((id, i) => decide<{ code?: string }>(id, { decision: 'approve', payout: 30_000 }, { as: i % 2 === 0 ? USERS.adjuster : USERS.adjuster2 })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(6);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.map((a) => [a.status, a.body.code])).toEqual([[422, 'PAYOUT_MISMATCH']]);
    expect(paidOnRacePolicy()).toBe(180_000);
  });

  it('holds when three recommendations, then their approvals by a supervisor, arrive together (two fit)', async () => {
    const ids = seedContestedPolicy(3, 99_000);
    const recommended = await Promise.all(ids.map((id) => decide(id, { decision: 'recommend', payout: 96_000 })));
    expect(recommended.map((a) => a.status)).toEqual([200, 200, 200]);
    const approved = await Promise.all(ids.map((id) => decide(id, { decision: 'approve', payout: 96_000 }, { as: USERS.supervisor })));
    expect(approved.filter((a) => a.status === 200)).toHaveLength(2);
    expect(approved.filter((a) => a.status === 422)).toHaveLength(1);
    expect(paidOnRacePolicy()).toBe(192_000);
    expect(paidOnRacePolicy()).toBeLessThanOrEqual(AGGREGATE);
  });

  it('holds when approvals and recommendations of one claim race each other', async () => {
    const [id = ''] = seedContestedPolicy(1, 33_000);
    const answers = await Promise.all([
      decide(id, { decision: 'approve', payout: 30_000 }, { as: USERS.adjuster }),
      decide(id, { decision: 'approve', payout: 30_000 }, { as: USERS.adjuster2 }),
      decide(id, { decision: 'recommend', payout: 30_000 }, { as: USERS.supervisor }),
    ]);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(paidOnRacePolicy()).toBeLessThanOrEqual(30_000);
  });
});

describe('audit events', () => {
  const eventsOf = async (recordId: string) =>
    (await call<AuditEvent[]>(`/audit-events${listQuery({ filter: { recordId }, sort: ['id', 'ASC'] })}`, { as: USERS.manager })).body;

  it('records every write through the API: who, when, what, before and after', async () => {
    const created = await send<Claim>('POST', '/claims', { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', repairCost: 20_000 }, { as: USERS.adjuster });
    await send('PUT', `/claims/${created.body.id}`, { description: '画面が割れた' }, { as: USERS.adjuster2 });
    await call(`/claims/${created.body.id}`, { method: 'DELETE', as: USERS.supervisor });
    const events = await eventsOf(created.body.id);
    expect(events.map((e) => [e.action, e.actorId, e.resource])).toEqual([
      ['create', USERS.adjuster, 'claims'],
      ['update', USERS.adjuster2, 'claims'],
      ['delete', USERS.supervisor, 'claims'],
    ]);
    const [create, update, remove] = events;
    expect(create?.before).toBeNull();
    expect(create?.after).toMatchObject({ id: created.body.id, repairCost: 20_000 });
    expect(update?.before).toMatchObject({ description: '' });
    expect(update?.after).toMatchObject({ description: '画面が割れた' });
    expect(remove?.after).toBeNull();
    expect(Number.isNaN(Date.parse(create?.at ?? ''))).toBe(false);
  });

  it('names decisions, recommendations, locks, lookups, reveals and payment runs', async () => {
    await send('POST', '/claims/c-0001/lock', {}, { as: USERS.adjuster });
    await decide('c-0001', { decision: 'recommend', payout: 96_000 });
    await decide('c-0001', { decision: 'approve', payout: 96_000 }, { as: USERS.supervisor });
    await sendIdempotent('/payments/run', { claimIds: ['c-0001'] }, { as: USERS.supervisor });
    expect((await eventsOf('c-0001')).map((e) => [e.action, e.actorId])).toEqual([
      ['lock.take', USERS.adjuster],
      ['decision.recommend', USERS.adjuster],
      ['decision.approve', USERS.supervisor],
      ['payments.run', USERS.supervisor],
    ]);
    await call('/policies/p-0001/network-restriction', { as: USERS.adjuster });
    await send('POST', '/policies/p-0001/reveal', { field: 'phone' }, { as: USERS.adjuster });
    const policyEvents = await eventsOf('p-0001');
    expect(policyEvents.map((e) => e.action)).toEqual(['networkRestriction.lookup', 'personalData.reveal']);
    expect(JSON.stringify(policyEvents[1])).not.toContain(getMockDb().policy('p-0001')?.holder.phone ?? '?');
  });

  it('does not record reads or refused writes', async () => {
    await call('/claims/c-0001');
    await decide('c-0001', { decision: 'approve', payout: 1 });
    await send('PUT', '/claims/c-0001', { repairCost: -1 });
    expect(getMockDb().auditEvents.size).toBe(0);
  });

  it('are append-only: no role may change or delete one (405)', async () => {
    await send('PUT', '/claims/c-0004', { description: 'x' });
    const [event] = await eventsOf('c-0004');
    for (const as of [USERS.adjuster, USERS.supervisor, USERS.manager]) {
      expect((await send('PUT', `/audit-events/${event?.id}`, { action: 'nothing' }, { as })).status).toBe(405);
      expect((await call(`/audit-events/${event?.id}`, { method: 'DELETE', as })).status).toBe(405);
    }
    expect((await eventsOf('c-0004'))[0]).toEqual(event);
  });
});
