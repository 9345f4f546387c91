import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type ClaimStatus } from './records';
import { canTransition, canTransitionBy, CLAIM_TRANSITIONS, DECIDABLE_STATUSES, DECIDED_STATUSES, isDecidable, isDecided, TRANSITION_CHANNELS, transitionChannels } from './lifecycle';

describe('the claim lifecycle (product.md, "Claim lifecycle")', () => {
  it.each([
    ['received', 'awaiting_documents'],
    ['received', 'in_review'],
    ['awaiting_documents', 'in_review'],
    ['in_review', 'awaiting_documents'],
    ['in_review', 'pending_approval'],
    ['in_review', 'approved'],
    ['in_review', 'denied'],
    ['in_review', 'referred'],
    ['in_review', 'withdrawn'],
    ['pending_approval', 'approved'],
    ['approved', 'paid'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ['received', 'withdrawn'],
    ['received', 'approved'],
    ['received', 'pending_approval'],
    ['awaiting_documents', 'pending_approval'],
    ['awaiting_documents', 'approved'],
    ['in_review', 'received'],
    ['in_review', 'paid'],
    ['pending_approval', 'in_review'],
    ['approved', 'in_review'],
    ['paid', 'approved'],
    ['denied', 'in_review'],
    ['withdrawn', 'in_review'],
    ['in_review', 'in_review'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('ends in the decided statuses: nothing leaves them but approved → paid', () => {
    for (const from of DECIDED_STATUSES) {
      expect(CLAIM_TRANSITIONS[from]).toEqual(from === 'approved' ? ['paid'] : []);
      expect(isDecided(from)).toBe(true);
      expect(isDecidable(from)).toBe(false);
    }
  });

  it('decides only claims in review or waiting for approval', () => {
    expect(DECIDABLE_STATUSES).toEqual(['in_review', 'pending_approval']);
    for (const status of ['received', 'awaiting_documents'] as const) expect(isDecidable(status)).toBe(false);
  });

  it('names the channels of every allowed transition, and only of those', () => {
    const allowed: string[] = [];
    for (const from of CLAIM_STATUSES) for (const to of CLAIM_STATUSES) if (canTransition(from, to)) allowed.push(`${from}→${to}`);
    expect(Object.keys(TRANSITION_CHANNELS).sort()).toEqual(allowed.sort());
    for (const channels of Object.values(TRANSITION_CHANNELS)) expect(channels.length).toBeGreaterThan(0);
    expect(transitionChannels('approved', 'paid')).toEqual(['payment']);
    expect(transitionChannels('in_review', 'withdrawn')).toEqual(['edit']);
    expect(transitionChannels('in_review', 'approved')).toEqual(['decision']);
    expect(canTransitionBy('in_review', 'awaiting_documents', 'edit')).toBe(true);
    expect(canTransitionBy('in_review', 'awaiting_documents', 'decision')).toBe(true);
    expect(canTransitionBy('received', 'in_review', 'decision')).toBe(false);
    expect(transitionChannels('received', 'withdrawn')).toEqual([]);
  });

  it('decides only from the decidable statuses, and edits never reach a decided status but withdrawn', () => {
    for (const from of CLAIM_STATUSES) {
      for (const to of CLAIM_STATUSES) {
        if (canTransitionBy(from, to, 'decision')) expect(isDecidable(from), `${from}→${to}`).toBe(true);
        if (canTransitionBy(from, to, 'edit') && isDecided(to)) expect(to).toBe('withdrawn');
      }
    }
  });

  it('reaches paid from received, and every status from received', () => {
    const reached = new Set<ClaimStatus>(['received']);
    let frontier: ClaimStatus[] = ['received'];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((s) => CLAIM_TRANSITIONS[s]).filter((s) => !reached.has(s));
      for (const s of frontier) reached.add(s);
    }
    expect([...reached].sort()).toEqual([...CLAIM_STATUSES].sort());
  });
});
