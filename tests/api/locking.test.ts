/**
 * Optimistic locking (`version`: a stale write gets 409 with the current record), the visible lock
 * on a claim, and the payment deadline extension.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Policy } from '../../src/domain/records';
import { call, decide, send, setupMockApi, USERS } from './helpers';

setupMockApi();

type Conflict = { message: string; code?: string; current?: Claim & Policy; lock?: Claim['lock']; errors?: Record<string, string> };

describe('optimistic locking', () => {
  it.each([
    ['/claims/c-0004', { description: '更新' }],
    ['/policies/p-0004', { status: 'lapsed' }],
  ])('PUT %s: the version read is accepted once, then 409 with the current record', async (path, change) => {
    const read = (await call<{ version: number }>(path)).body;
    const first = await send<{ version: number }>('PUT', path, { ...read, ...change });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(read.version + 1);
    const stale = await send<Conflict>('PUT', path, { ...read, ...change });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', message: expect.any(String), current: { version: read.version + 1 } });
  });

  it('accepts a PUT without version (partial updates, updateMany): last write wins', async () => {
    await send('PUT', '/claims/c-0004', { description: 'a' });
    const { status, body } = await send<Claim>('PUT', '/claims/c-0004', { description: 'b' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ description: 'b', version: 2 });
  });

  it('answers 400 for a version that is not a non-negative integer', async () => {
    const { status, body } = await send<Conflict>('PUT', '/claims/c-0004', { version: 'x' });
    expect(status).toBe(400);
    expect(body.errors).toHaveProperty('version');
  });

  it('checks the version a decision names', async () => {
    await send('PUT', '/claims/c-0016', { description: '別の画面で更新' });
    const stale = await decide<Conflict>('c-0016', { decision: 'approve', payout: 5_500, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: 'c-0016', version: 1, description: '別の画面で更新' });
    expect((await decide('c-0016', { decision: 'approve', payout: 5_500, version: 1 })).status).toBe(200);
  });
});

describe('the claim lock', () => {
  it('shows who holds a claim; others read only until it is released', async () => {
    const taken = await send<Claim>('POST', '/claims/c-0004/lock', {}, { as: USERS.adjuster });
    expect(taken.status).toBe(200);
    expect(taken.body.lock).toMatchObject({ userId: USERS.adjuster, userName: '佐藤 美咲' });
    expect(taken.body.version).toBe(0);

    expect((await call<Claim>('/claims/c-0004', { as: USERS.adjuster2 })).status).toBe(200);
    for (const attempt of [
      () => send<Conflict>('PUT', '/claims/c-0004', { description: 'x' }, { as: USERS.adjuster2 }),
      () => decide<Conflict>('c-0004', { decision: 'deny' }, { as: USERS.adjuster2 }),
      () => send<Conflict>('POST', '/documents', { policyId: 'p-0004', claimId: 'c-0004', kind: 'damage_photo' }, { as: USERS.adjuster2 }),
      () => send<Conflict>('POST', '/claims/c-0004/lock', {}, { as: USERS.adjuster2 }),
    ]) {
      const { status, body } = await attempt();
      expect(status).toBe(409);
      expect(body).toMatchObject({ code: 'CLAIM_LOCKED', lock: { userId: USERS.adjuster } });
    }
    expect((await send('PUT', '/claims/c-0004', { description: 'mine' }, { as: USERS.adjuster })).status).toBe(200);
    expect((await call<Claim>('/claims/c-0004/lock', { as: USERS.adjuster2, method: 'DELETE' })).status).toBe(409);
    const released = await call<Claim>('/claims/c-0004/lock', { as: USERS.adjuster, method: 'DELETE' });
    expect(released.body.lock).toBeNull();
    expect((await send('PUT', '/claims/c-0004', { description: 'theirs' }, { as: USERS.adjuster2 })).status).toBe(200);
  });

  it('lets a supervisor take it over, and only a supervisor', async () => {
    await send('POST', '/claims/c-0004/lock', {}, { as: USERS.adjuster });
    expect((await send<Conflict>('POST', '/claims/c-0004/lock', { takeOver: true }, { as: USERS.adjuster2 })).body.code).toBe('FORBIDDEN');
    expect((await send<Conflict>('POST', '/claims/c-0004/lock', {}, { as: USERS.supervisor })).status).toBe(409);
    const over = await send<Claim>('POST', '/claims/c-0004/lock', { takeOver: true }, { as: USERS.supervisor });
    expect(over.body.lock?.userId).toBe(USERS.supervisor);
  });

  it('is released by a decision, and a decided claim cannot be locked', async () => {
    await send('POST', '/claims/c-0016/lock', {}, { as: USERS.adjuster });
    const decided = await decide<Claim>('c-0016', { decision: 'approve', payout: 5_500 });
    expect(decided.body.lock).toBeNull();
    expect((await send<Conflict>('POST', '/claims/c-0016/lock', {})).body.code).toBe('ALREADY_DECIDED');
  });

  it('cannot be set through PUT', async () => {
    const lock = { userId: 'x', userName: 'x', lockedAt: '2026-06-01T00:00:00Z' };
    expect((await send<Claim>('PUT', '/claims/c-0004', { lock })).body.lock).toBeNull();
  });
});

describe('payment deadline extension', () => {
  const extension = { until: '2026-08-31', reason: 'police_inquiry', note: '警察署へ照会中', customerNotified: true };

  it('records the reason, who and when, and moves the due date', async () => {
    const { status, body } = await send<Claim>('POST', '/claims/c-0002/deadline-extension', extension, { as: USERS.adjuster });
    expect(status).toBe(200);
    expect(body).toMatchObject({ dueDate: '2026-08-31', version: 1, deadlineExtension: { until: '2026-08-31', reason: 'police_inquiry', note: '警察署へ照会中', extendedBy: USERS.adjuster } });
  });

  it.each([
    [{ ...extension, note: ' ' }, 'note'],
    [{ ...extension, reason: 'busy' }, 'reason'],
    [{ ...extension, customerNotified: false }, 'customerNotified'],
    [{ ...extension, until: '2026-07-01' }, 'until'],
    [{ ...extension, until: '2026-02-30' }, 'until'],
  ])('answers 400 for %j', async (body, field) => {
    const { status, body: answer } = await send<Conflict>('POST', '/claims/c-0002/deadline-extension', body);
    expect(status).toBe(400);
    expect(answer.errors).toHaveProperty(field);
  });

  it('answers 422 for a claim without a deadline yet, 409 for a decided one', async () => {
    expect((await send('POST', '/claims/c-0007/deadline-extension', extension)).status).toBe(422);
    expect((await send('POST', '/claims/c-0019/deadline-extension', extension)).status).toBe(409);
  });
});
