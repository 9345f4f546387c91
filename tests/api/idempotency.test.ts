/**
 * Idempotency-Key on decisions and payment runs: required, a replay answers the first response
 * without acting again, another body with the same key is 422, keys are per user.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { canonicalJson } from '../../mocks/idempotency';
import type { Claim } from '../../src/domain/records';
import { decide, sendIdempotent, setupMockApi, USERS } from './helpers';

setupMockApi();

type ErrorBody = { message: string; code?: string; errors?: Record<string, string> };

describe('Idempotency-Key', () => {
  it.each([
    ['/claims/c-0016/decision', { decision: 'approve', payout: 5_500 }],
    ['/payments/run', {}],
  ])('is required on %s (400 naming the header)', async (path, body) => {
    const { status, body: answer } = await sendIdempotent<ErrorBody>(path, body, { as: USERS.supervisor, key: null });
    expect(status).toBe(400);
    expect(answer.errors).toHaveProperty('Idempotency-Key');
    const blank = await sendIdempotent<ErrorBody>(path, body, { as: USERS.supervisor, key: '   ' });
    expect(blank.status).toBe(400);
  });

  it('replays the first response of a decision without deciding again', async () => {
    const first = await decide<Claim>('c-0016', { decision: 'approve', payout: 5_500 }, { key: 'k-1' });
    expect(first.status).toBe(200);
    const events = getMockDb().auditEvents.size;
    const replay = await decide<Claim>('c-0016', { payout: 5_500, decision: 'approve' }, { key: 'k-1' });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('Idempotency-Replayed')).toBe('true');
    expect(getMockDb().auditEvents.size).toBe(events);
    expect(getMockDb().claims.get('c-0016')?.version).toBe(1);
    // A new key is a new request: the claim is decided now (409).
    expect((await decide('c-0016', { decision: 'approve', payout: 5_500 }, { key: 'k-2' })).status).toBe(409);
  });

  it('replays an error response too (same status and body)', async () => {
    const first = await decide<ErrorBody>('c-0016', { decision: 'approve', payout: 1 }, { key: 'k-err' });
    expect(first.status).toBe(422);
    const replay = await decide<ErrorBody>('c-0016', { decision: 'approve', payout: 1 }, { key: 'k-err' });
    expect(replay).toMatchObject({ status: 422, body: first.body });
  });

  it('answers 422 when the same key comes with another body or path', async () => {
    await decide('c-0016', { decision: 'approve', payout: 5_500 }, { key: 'k-3' });
    const other = await decide<ErrorBody>('c-0016', { decision: 'deny' }, { key: 'k-3' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherPath = await decide<ErrorBody>('c-0006', { decision: 'approve', payout: 5_500 }, { key: 'k-3' });
    expect(otherPath.status).toBe(422);
  });

  it('scopes keys per user', async () => {
    const first = await decide('c-0016', { decision: 'approve', payout: 5_500 }, { key: 'shared', as: USERS.adjuster });
    expect(first.status).toBe(200);
    const other = await decide('c-0016', { decision: 'approve', payout: 5_500 }, { key: 'shared', as: USERS.adjuster2 });
    expect(other.status).toBe(409);
  });

  it('does the work once when the same request arrives twice at the same time', async () => {
    const body = { decision: 'approve', payout: 5_500 };
    const answers = await Promise.all([1, 2, 3].map(() => decide<Claim>('c-0016', body, { key: 'k-race' })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(getMockDb().auditEvents.filter((e) => e.recordId === 'c-0016')).toHaveLength(1);
  });

  it('replays a payment run without paying twice', async () => {
    const first = await sendIdempotent<{ payments: unknown[] }>('/payments/run', {}, { as: USERS.supervisor, key: 'run-1' });
    expect(first.status).toBe(200);
    const payments = getMockDb().payments.size;
    const replay = await sendIdempotent('/payments/run', {}, { as: USERS.supervisor, key: 'run-1' });
    expect(replay.body).toEqual(first.body);
    expect(getMockDb().payments.size).toBe(payments);
  });

  it('compares bodies whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });
});
