import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './dates';
import { aggregateUsageOn, isInPeriod, paidInPeriod, policyPeriodOn } from './policyPeriod';
import type { Claim, ClaimStatus } from './records';

type PaidClaim = Pick<Claim, 'id' | 'status' | 'incidentDate' | 'decision'>;

function aClaim(id: string, status: ClaimStatus, incidentDate: string, payout: number | null): PaidClaim {
  return {
    id,
    status,
    incidentDate,
    decision:
      payout === null
        ? null
        : { decision: 'approve', payout, decidedBy: 'adjuster-1', decidedAt: '2026-01-01T00:00:00.000Z' },
  };
}

describe('policyPeriodOn', () => {
  it.each([
    ['2025-04-10', '2025-04-10', '2025-04-10', '2026-04-09'],
    ['2025-04-10', '2026-04-09', '2025-04-10', '2026-04-09'],
    ['2025-04-10', '2026-04-10', '2026-04-10', '2027-04-09'],
    ['2025-04-10', '2026-01-05', '2025-04-10', '2026-04-09'],
    ['2025-04-10', '2031-12-31', '2031-04-10', '2032-04-09'],
    ['2025-04-10', '2025-01-01', '2025-04-10', '2026-04-09'],
    ['2025-04-10', '2020-06-01', '2025-04-10', '2026-04-09'],
    ['2024-01-01', '2024-12-31', '2024-01-01', '2024-12-31'],
    ['2024-01-01', '2025-01-01', '2025-01-01', '2025-12-31'],
    ['2024-02-29', '2025-02-27', '2024-02-29', '2025-02-27'],
    ['2024-02-29', '2025-02-28', '2025-02-28', '2026-02-27'],
    ['2024-02-29', '2028-02-28', '2027-02-28', '2028-02-28'],
    ['2024-02-29', '2028-02-29', '2028-02-29', '2029-02-27'],
  ])('inception %s, date %s → %s to %s', (inception, date, start, end) => {
    expect(policyPeriodOn(inception, date)).toEqual({ start, end });
  });

  it('throws RangeError on an invalid date', () => {
    expect(() => policyPeriodOn('2025-02-30', '2025-06-01')).toThrow(RangeError);
    expect(() => policyPeriodOn('2025-04-10', '2025-13-01')).toThrow(RangeError);
    expect(() => policyPeriodOn('2025-04-10', 'garbage')).toThrow(RangeError);
  });

  const inceptionArbitrary = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));

  it('contains the date (from inception on), and consecutive periods tile the calendar', () => {
    fc.assert(
      fc.property(inceptionArbitrary, fc.integer({ min: 0, max: 4_000 }), (inception, offset) => {
        const date = addDays(inception, offset);
        const period = policyPeriodOn(inception, date);
        expect(isInPeriod(date, period)).toBe(true);
        expect(policyPeriodOn(inception, period.start)).toEqual(period);
        expect(policyPeriodOn(inception, period.end)).toEqual(period);
        expect(policyPeriodOn(inception, addDays(period.end, 1)).start).toBe(addDays(period.end, 1));
        const length = daysBetween(period.start, period.end) + 1;
        expect(length).toBeGreaterThanOrEqual(364);
        expect(length).toBeLessThanOrEqual(367);
      }),
    );
  });
});

describe('isInPeriod', () => {
  const period = { start: '2025-04-01', end: '2026-03-31' };
  it.each([
    ['2025-03-31', false],
    ['2025-04-01', true],
    ['2025-10-01', true],
    ['2026-03-31', true],
    ['2026-04-01', false],
  ])('%s → %s (both ends inclusive)', (date, inside) => {
    expect(isInPeriod(date, period)).toBe(inside);
  });
});

describe('paidInPeriod', () => {
  const period = { start: '2025-04-01', end: '2026-03-31' };
  const claims = [
    aClaim('c1', 'paid', '2025-04-01', 96_000),
    aClaim('c2', 'approved', '2026-03-31', 30_000),
    aClaim('c3', 'denied', '2025-06-01', 0),
    aClaim('c4', 'in_review', '2025-07-01', null),
    aClaim('c5', 'paid', '2025-03-31', 50_000),
    aClaim('c6', 'paid', '2026-04-01', 50_000),
    aClaim('c7', 'withdrawn', '2025-08-01', null),
    aClaim('c8', 'referred', '2025-09-01', null),
    aClaim('c9', 'approved', '2025-10-01', null),
  ];

  it('adds approved and paid payouts of claims whose incident is in the period', () => {
    expect(paidInPeriod(claims, period)).toBe(126_000);
  });

  it('leaves out the claim being decided', () => {
    expect(paidInPeriod(claims, period, 'c1')).toBe(30_000);
    expect(paidInPeriod(claims, period, 'c5')).toBe(126_000);
  });

  it('is 0 without claims', () => {
    expect(paidInPeriod([], period)).toBe(0);
  });
});

describe('aggregateUsageOn', () => {
  const claims = [aClaim('c1', 'paid', '2025-05-01', 96_000), aClaim('c2', 'paid', '2026-05-01', 40_000)];

  it('gives the period’s limit, use and remainder', () => {
    expect(aggregateUsageOn({ plan: 'standard', inceptionDate: '2025-04-01' }, claims, '2025-12-01')).toEqual({
      period: { start: '2025-04-01', end: '2026-03-31' },
      limit: 200_000,
      used: 96_000,
      remaining: 104_000,
    });
  });

  it('starts afresh in the next period', () => {
    expect(aggregateUsageOn({ plan: 'standard', inceptionDate: '2025-04-01' }, claims, '2026-04-01')).toMatchObject({
      period: { start: '2026-04-01', end: '2027-03-31' },
      used: 40_000,
      remaining: 160_000,
    });
  });

  it('never reports a negative remainder', () => {
    const over = [aClaim('c1', 'paid', '2025-05-01', 60_000), aClaim('c2', 'approved', '2025-06-01', 50_000)];
    expect(aggregateUsageOn({ plan: 'light', inceptionDate: '2025-04-01' }, over, '2025-07-01')).toMatchObject({
      limit: 100_000,
      used: 110_000,
      remaining: 0,
    });
  });
});
