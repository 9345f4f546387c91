/**
 * What the claim page offers each role on a claim (product.md, "Users and roles"; authority.ts;
 * lifecycle.ts): nothing a role may not do, nothing on a claim someone else holds.
 */
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../domain/records';
import { offeredDecisions, type OfferInput } from './offers';

const sato = { id: 'sato', role: 'adjuster' } as const;
const suzuki = { id: 'suzuki', role: 'supervisor' } as const;
const takahashi = { id: 'takahashi', role: 'manager' } as const;

const inReview: OfferInput['claim'] = { status: 'in_review', peril: 'damage', recommendation: null, dueDate: '2026-07-01', lock: null };
const approve = (payout: number) => ({ decision: 'approve' as const, payout });

function offers(user: OfferInput['user'], claim: Partial<OfferInput['claim']> = {}, adjudication: OfferInput['adjudication'] = approve(20_000)) {
  return offeredDecisions({ user, claim: { ...inReview, lock: lock(user.id), ...claim }, adjudication });
}

function lock(userId: string): Claim['lock'] {
  return { userId, userName: userId, lockedAt: '2026-06-15T01:00:00.000Z' };
}

const recommendation = (by: string): Claim['recommendation'] => ({ payout: 60_000, recommendedBy: by, recommendedAt: '2026-06-15T01:00:00.000Z' });

describe('offered decisions', () => {
  test('an adjuster approves within the ¥30,000 authority, and may also deny, refer, request documents and extend', () => {
    const result = offers(sato);
    expect(result.actions).toEqual(['approve', 'refer', 'request_documents', 'deny', 'extend_deadline']);
    expect(result.suggested).toBe('approve');
  });

  test('above the authority, and for any theft/loss, an adjuster is offered recommend, never approve', () => {
    expect(offers(sato, {}, approve(30_001)).actions).toContain('recommend');
    expect(offers(sato, {}, approve(30_001)).actions).not.toContain('approve');
    expect(offers(sato, { peril: 'theft_loss' }, approve(10_000)).actions).not.toContain('approve');
    expect(offers(sato, { peril: 'theft_loss' }, approve(10_000)).suggested).toBe('recommend');
  });

  test('a payout the module does not approve offers neither approve nor recommend; its proposal is suggested', () => {
    const denied = offers(sato, {}, { decision: 'deny', payout: 0 });
    expect(denied.actions).not.toContain('approve');
    expect(denied.actions).not.toContain('recommend');
    expect(denied.suggested).toBe('deny');
    expect(offers(sato, {}, { decision: 'pend', payout: 0 }).suggested).toBe('request_documents');
    expect(offers(sato, {}, { decision: 'refer', payout: 0 }).suggested).toBe('refer');
  });

  test('a manager is offered nothing', () => {
    expect(offers(takahashi).actions).toEqual([]);
  });

  test('nothing is offered on a claim another user holds, nor on a free claim; the holder keeps every action', () => {
    expect(offers(sato, { lock: null }).actions).toEqual([]);
    expect(offers(suzuki, { lock: null }).actions).toEqual([]);
    expect(offers(sato, { lock: lock('tanaka') }).actions).toEqual([]);
    expect(offers(suzuki, { lock: lock('tanaka') }).actions).toEqual([]);
    expect(offers(sato, { lock: lock('sato') }).actions).toContain('approve');
  });

  test('a recommendation is approved by a supervisor other than the recommender (four eyes)', () => {
    const pending = { status: 'pending_approval' as const, recommendation: recommendation('sato') };
    expect(offers(suzuki, pending, approve(60_000)).actions).toContain('approve_recommendation');
    const own = offers(suzuki, { ...pending, recommendation: recommendation('suzuki') }, approve(60_000));
    expect(own.actions).not.toContain('approve_recommendation');
    expect(own.refusal).toBe('OWN_RECOMMENDATION');
    const adjuster = offers(sato, pending, approve(60_000));
    expect(adjuster.actions).not.toContain('approve_recommendation');
    expect(adjuster.actions).not.toContain('deny');
    expect(adjuster.refusal).toBe('NOT_A_SUPERVISOR');
  });

  test('a claim waiting for approval without a recorded recommendation is a supervisor\'s to approve', () => {
    const pending = { status: 'pending_approval' as const, recommendation: null };
    expect(offers(suzuki, pending, approve(60_000)).actions).toContain('approve_recommendation');
    expect(offers(sato, pending, approve(60_000)).refusal).toBe('NOT_A_SUPERVISOR');
  });

  test('decided claims offer nothing; received and awaiting claims offer the document request only', () => {
    for (const status of ['approved', 'paid', 'denied', 'referred', 'withdrawn'] as const) {
      expect(offers(suzuki, { status }).actions).toEqual([]);
    }
    expect(offers(sato, { status: 'awaiting_documents', dueDate: null }).actions).toEqual(['request_documents']);
    expect(offers(sato, { status: 'received', dueDate: null }).actions).toEqual(['request_documents']);
  });

  test('a theft/loss claim is never referred to the device warranty', () => {
    expect(offers(sato, { peril: 'theft_loss' }, { decision: 'refer', payout: 0 }).actions).not.toContain('refer');
    expect(offers(suzuki, { peril: 'theft_loss', status: 'pending_approval', recommendation: recommendation('sato') }, approve(60_000)).actions).not.toContain('refer');
    expect(offers(sato, { peril: 'damage' }).actions).toContain('refer');
  });

  test('the deadline is extended only once the claim has a due date', () => {
    expect(offers(sato, { dueDate: null }).actions).not.toContain('extend_deadline');
  });
});
