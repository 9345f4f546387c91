import { describe, expect, it } from 'vitest';
import { A_VALID_IMEI } from './adjudication/testing';
import { adjudicateClaim, buildAdjudicationInput, type ClaimContext } from './claimAdjudication';
import type { Claim, Policy } from './records';

const policy: Policy = {
  id: 'p1',
  policyNumber: 'BM-0001',
  holder: { name: '山田 太郎', kana: 'ヤマダ タロウ', phone: '090-1234-5678', email: 'taro@example.jp' },
  plan: 'standard',
  status: 'active',
  inceptionDate: '2025-04-10',
  monthlyPremium: 470,
  paymentMethod: 'credit_card',
  device: {
    model: 'iPhone 11 Pro Max',
    imei: A_VALID_IMEI,
    carrier: 'iijmio',
    gitekiCertified: true,
    purchasePrice: 120_000,
    purchaseDate: '2024-06-15',
    networkRestriction: 'clear',
  },
  enrollmentPhotoOnFile: true,
  version: 1,
};

function aClaim(overrides: Partial<Claim>): Claim {
  return {
    id: 'c1',
    claimNumber: 'CL-0001',
    policyId: 'p1',
    peril: 'damage',
    incidentDate: '2025-10-01',
    description: '画面割れ',
    cause: 'accident',
    repairable: true,
    repairCost: 99_000,
    status: 'in_review',
    assigneeId: null,
    receivedDate: '2025-10-02',
    completedDate: null,
    dueDate: null,
    flags: [],
    adjudication: null,
    decision: null,
    recommendation: null,
    lock: null,
    deadlineExtension: null,
    documentRequest: null,
    version: 1,
    ...overrides,
  };
}

const paid = (id: string, incidentDate: string, payout: number): Claim =>
  aClaim({
    id,
    incidentDate,
    status: 'paid',
    decision: { decision: 'approve', payout, decidedBy: 'u1', decidedAt: '2025-06-01T00:00:00.000Z' },
  });

describe('buildAdjudicationInput / adjudicateClaim', () => {
  const claim = aClaim({});
  const context: ClaimContext = {
    claim,
    policy,
    documents: [
      { claimId: 'c1', kind: 'repair_estimate' },
      { claimId: 'c1', kind: 'repair_receipt' },
      { claimId: 'c1', kind: 'repair_receipt' },
      { claimId: 'c1', kind: 'damage_photo' },
      { claimId: 'other', kind: 'police_report' },
    ],
    policyClaims: [claim, paid('c0', '2025-05-01', 150_000), paid('old', '2025-04-09', 90_000)],
  };

  it('uses the incident’s policy period, the payouts of that period and this claim’s documents only', () => {
    expect(buildAdjudicationInput(context)).toMatchObject({
      plan: 'standard',
      period: { start: '2025-04-10', end: '2026-04-09' },
      paidInPeriod: 150_000,
      enrollmentPhotoOnFile: true,
      claim: { documents: ['repair_estimate', 'repair_receipt', 'damage_photo'] },
    });
  });

  it('adjudicates with the aggregate left in the period', () => {
    expect(adjudicateClaim(context)).toMatchObject({
      decision: 'approve',
      payout: 50_000,
      reasons: ['CAPPED_BY_AGGREGATE'],
      aggregate: { limit: 200_000, paidBefore: 150_000, remainingAfter: 0 },
    });
  });
});
