/**
 * The generated seed at the sizes the unit suite can afford (small and default; 100,000 claims is
 * the benchmark's, bench/api.bench.ts): deterministic, valid, consistent with the adjudication
 * module and the review flags, within every aggregate limit, and believable in its proportions.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_TERMS } from '../../src/domain/adjudication';
import { addDays } from '../../src/domain/dates';
import { policyPeriodOn } from '../../src/domain/policyPeriod';
import {
  claimSchema,
  documentSchema,
  paymentSchema,
  policySchema,
  surveySchema,
  userSchema,
  type Claim,
} from '../../src/domain/records';
import { flagCodes, reviewFlags } from '../../src/domain/triage';
import { adjudicateIn, claimContext, RecordIndex } from '../dbData';
import { createSeedData, policiesForSize, SEED_SIZES } from '../seed';
import { MOCK_USERS } from '../users';

const REFERENCE_DATE = '2026-06-15';
const SCENARIO_CLAIMS = 23;

describe.each([
  ['small', SEED_SIZES.small],
  ['default', SEED_SIZES.default],
])('the %s seed', (_name, size) => {
  const data = createSeedData({ seed: 11, referenceDate: REFERENCE_DATE, size });
  const policyOf = new Map(data.policies.map((p) => [p.id, p]));
  const claimOf = new Map(data.claims.map((c) => [c.id, c]));
  const bulk = data.claims.slice(SCENARIO_CLAIMS);

  it('is deterministic: same seed number, date and size, same data', () => {
    expect(createSeedData({ seed: 11, referenceDate: REFERENCE_DATE, size })).toEqual(data);
  });

  it('holds `size` claims on 4/3 as many policies, the scenarios first and unchanged', () => {
    expect(data.claims).toHaveLength(size);
    expect(data.policies).toHaveLength(policiesForSize(size));
    const scenarios = createSeedData({ seed: 11, referenceDate: REFERENCE_DATE });
    expect(data.policies.slice(0, scenarios.policies.length)).toEqual(scenarios.policies);
    expect(data.claims.slice(0, SCENARIO_CLAIMS)).toEqual(scenarios.claims);
    expect(data.documents.slice(0, scenarios.documents.length)).toEqual(scenarios.documents);
  });

  it('passes the zod schemas, with unique ids and references that resolve', () => {
    const collections = [
      [data.policies, policySchema],
      [data.claims, claimSchema],
      [data.documents, documentSchema],
      [data.payments, paymentSchema],
      [data.surveys, surveySchema],
      [data.users, userSchema],
    ] as const;
    for (const [records, schema] of collections) {
      for (const record of records) expect(schema.safeParse(record).success, JSON.stringify(record)).toBe(true);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
    for (const claim of data.claims) expect(policyOf.has(claim.policyId)).toBe(true);
    for (const document of data.documents) {
      expect(policyOf.has(document.policyId)).toBe(true);
      if (document.claimId !== null) expect(claimOf.get(document.claimId)?.policyId).toBe(document.policyId);
    }
    expect(data.users).toEqual(MOCK_USERS);
  });

  it('adjudicates each claim with src/domain, in incident order per policy', () => {
    const index = new RecordIndex();
    data.policies.forEach((p) => index.addPolicy(p));
    data.documents.forEach((d) => index.addDocument(d));
    const byPolicy = new Map<string, Claim[]>();
    for (const claim of bulk) byPolicy.set(claim.policyId, [...(byPolicy.get(claim.policyId) ?? []), claim]);
    for (const claims of byPolicy.values()) {
      const ordered = [...claims].sort((a, b) => a.incidentDate.localeCompare(b.incidentDate) || a.id.localeCompare(b.id));
      for (const claim of ordered) {
        expect(claim.adjudication, claim.id).toEqual(adjudicateIn(index, claim));
        index.addClaim(claim);
      }
    }
  });

  it('records decisions that match the status, the module and the four-eyes route', () => {
    const supervisors = MOCK_USERS.filter((u) => u.role === 'supervisor').map((u) => u.id);
    const staff = MOCK_USERS.map((u) => u.id);
    for (const claim of bulk) {
      const expected = { approved: 'approve', paid: 'approve', denied: 'deny', referred: 'refer' } as const;
      const kind = expected[claim.status as keyof typeof expected];
      if (kind === undefined) expect(claim.decision, claim.id).toBeNull();
      else expect(claim.decision, claim.id).toMatchObject({ decision: kind, payout: kind === 'approve' ? claim.adjudication?.payout : 0 });
      if (kind === 'approve') expect(claim.adjudication?.decision).toBe('approve');
      if (claim.assigneeId !== null) expect(staff).toContain(claim.assigneeId);
      if (claim.decision) expect(staff).toContain(claim.decision.decidedBy);
      if (claim.recommendation && claim.decision) {
        expect(supervisors).toContain(claim.decision.decidedBy);
        expect(claim.decision.decidedBy).not.toBe(claim.recommendation.recommendedBy);
      }
      if (claim.status === 'pending_approval') expect(claim.recommendation?.payout).toBe(claim.adjudication?.payout);
    }
  });

  it('never pays a policy period past its aggregate limit', () => {
    const used = new Map<string, number>();
    for (const claim of data.claims) {
      if (claim.status !== 'approved' && claim.status !== 'paid') continue;
      const policy = policyOf.get(claim.policyId);
      if (!policy) throw new Error(`no policy ${claim.policyId}`);
      const key = `${policy.id} ${policyPeriodOn(policy.inceptionDate, claim.incidentDate).start}`;
      used.set(key, (used.get(key) ?? 0) + (claim.decision?.payout ?? 0));
      expect(used.get(key), key).toBeLessThanOrEqual(PLAN_TERMS[policy.plan].aggregateLimit);
    }
  });

  it('keeps dates in order, within 18 months before the reference date', () => {
    for (const claim of bulk) {
      const policy = policyOf.get(claim.policyId);
      expect(claim.incidentDate >= addDays(REFERENCE_DATE, -548) && claim.incidentDate > (policy?.inceptionDate ?? '')).toBe(true);
      expect(claim.incidentDate <= claim.receivedDate && claim.receivedDate <= REFERENCE_DATE).toBe(true);
      if (claim.completedDate !== null) {
        expect(claim.completedDate >= claim.receivedDate && claim.completedDate <= REFERENCE_DATE).toBe(true);
        // The due date in force: the extension's when the deadline was extended (after completion + 30 days).
        expect(claim.dueDate).toBe(claim.deadlineExtension?.until ?? addDays(claim.completedDate, 30));
        if (claim.deadlineExtension) expect(claim.deadlineExtension.until > addDays(claim.completedDate, 30)).toBe(true);
      } else expect(claim.dueDate).toBeNull();
      if (claim.decision) expect(claim.decision.decidedAt.slice(0, 10) <= REFERENCE_DATE).toBe(true);
    }
  });

  it('stores the review flags src/domain/triage computes, and documents whose figures feed them', () => {
    const index = new RecordIndex();
    data.policies.forEach((p) => index.addPolicy(p));
    data.claims.forEach((c) => index.addClaim(c));
    data.documents.forEach((d) => index.addDocument(d));
    for (const claim of bulk) {
      const context = claimContext(index, claim);
      expect(claim.flags, claim.id).toEqual(flagCodes(reviewFlags(context)));
      for (const document of context.documents) {
        if (document.kind === 'repair_estimate') expect(document.figures).toMatchObject({ imei: claim.estimateImei, shop: claim.repairShop });
        if (document.kind === 'repair_receipt' && !claim.flags.includes('RECEIPT_AMOUNT_MISMATCH')) {
          expect(document.figures.amount).toBe(claim.repairable ? claim.repairCost : claim.investigationCost);
        }
      }
    }
  });

  it('pays approved (scheduled) and paid (paid) claims the recorded payout, once each', () => {
    const paying = data.claims.filter((c) => c.status === 'approved' || c.status === 'paid');
    expect(data.payments.map((p) => p.claimId).sort()).toEqual(paying.map((c) => c.id).sort());
    for (const payment of data.payments) {
      const claim = claimOf.get(payment.claimId);
      expect(payment).toMatchObject({ policyId: claim?.policyId, amount: claim?.decision?.payout });
      if (claim?.status === 'paid') expect(payment.status === 'paid' && payment.paidDate !== null && payment.paidDate <= REFERENCE_DATE).toBe(true);
      else expect(payment).toMatchObject({ status: 'scheduled', paidDate: null });
    }
  });

  it('surveys paid claims only, after payment, answered later by some', () => {
    const paidOn = new Map(data.payments.map((p) => [p.claimId, p.paidDate]));
    expect(data.surveys.map((s) => s.claimId).sort()).toEqual(data.claims.filter((c) => c.status === 'paid').map((c) => c.id).sort());
    for (const survey of data.surveys) {
      const claim = claimOf.get(survey.claimId);
      expect(survey).toMatchObject({ policyId: claim?.policyId, peril: claim?.peril, adjusterId: claim?.decision?.decidedBy, sentDate: paidOn.get(survey.claimId) });
      if (survey.answer === null) expect([survey.comment, survey.answeredDate]).toEqual([null, null]);
      else expect(survey.answeredDate !== null && survey.answeredDate > survey.sentDate && survey.answeredDate <= REFERENCE_DATE).toBe(true);
    }
  });

  it('makes Japanese policyholders with kana, mobile numbers and example.jp e-mails', () => {
    for (const policy of data.policies.slice(22)) {
      expect(policy.holder.name).toMatch(/^\S+ \S+$/);
      expect(policy.holder.kana).toMatch(/^[\u30A0-\u30FF]+ [\u30A0-\u30FF]+$/);
      expect(policy.holder.phone).toMatch(/^0[789]0-\d{4}-\d{4}$/);
      expect(policy.holder.email).toMatch(/^[a-z0-9._-]+@example\.jp$/);
      expect(policy.monthlyPremium).toBe(PLAN_TERMS[policy.plan].monthlyPremium);
    }
  });
});

describe('the default seed in proportion', () => {
  const data = createSeedData({ seed: 3, referenceDate: REFERENCE_DATE, size: SEED_SIZES.default });
  const share = <T>(items: readonly T[], pick: (item: T) => boolean) => items.filter(pick).length / items.length;
  const claims = data.claims.slice(SCENARIO_CLAIMS);

  it('mixes plans, carriers and network restrictions believably', () => {
    expect(share(data.policies, (p) => p.plan === 'standard')).toBeCloseTo(0.75, 1);
    const ineligible = share(data.policies, (p) => ['docomo', 'au', 'softbank', 'ahamo'].includes(p.device.carrier));
    expect(ineligible > 0.01 && ineligible < 0.06).toBe(true);
    expect(share(data.policies, (p) => ['clear', 'not_applicable', null].includes(p.device.networkRestriction))).toBeGreaterThan(0.9);
    expect(data.policies.some((p) => p.device.networkRestriction === 'instalments')).toBe(true);
    expect(data.policies.some((p) => p.device.networkRestriction === 'blocked')).toBe(true);
  });

  it('claims damage most, then water, failure, theft/loss and data recovery', () => {
    const perils = ['damage', 'water', 'failure', 'theft_loss', 'data_recovery'].map((peril) => share(claims, (c) => c.peril === peril));
    expect(perils[0]).toBeGreaterThan(0.5);
    expect(perils[1]).toBeGreaterThan(perils[2] ?? 1);
    for (const p of perils.slice(2)) expect(p > 0.02 && p < 0.15).toBe(true);
  });

  it('closes old claims and keeps recent ones open, with every status and some deadlines missed', () => {
    const open = (c: Claim) => ['received', 'awaiting_documents', 'in_review', 'pending_approval'].includes(c.status);
    const old = claims.filter((c) => c.receivedDate < addDays(REFERENCE_DATE, -120));
    const recent = claims.filter((c) => c.receivedDate >= addDays(REFERENCE_DATE, -14));
    expect(share(old, open)).toBeLessThan(0.05);
    expect(share(old, (c) => c.status === 'paid')).toBeGreaterThan(0.6);
    expect(share(recent, open)).toBeGreaterThan(0.5);
    for (const status of claimSchema.shape.status.options) expect(data.claims.some((c) => c.status === status), status).toBe(true);
    const overdue = claims.filter((c) => open(c) && (c.deadlineExtension?.until ?? c.dueDate ?? '9999') < REFERENCE_DATE);
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('raises every review flag on some claims, but on a minority', () => {
    for (const code of ['EARLY_CLAIM', 'NETWORK_RESTRICTED', 'SECOND_CLAIM_IN_PERIOD', 'IMEI_MISMATCH', 'IMEI_INVALID', 'NO_POLICE_REPORT', 'RECEIPT_AMOUNT_MISMATCH', 'PRICE_ABOVE_USUAL']) {
      expect(claims.some((c) => c.flags.includes(code)), code).toBe(true);
    }
    expect(share(claims, (c) => c.flags.length > 0)).toBeLessThan(0.35);
  });

  it('gives an estimate IMEI that is not the policy\'s other last four digits, so the masked IMEIs differ', () => {
    const policyOf = new Map(data.policies.map((p) => [p.id, p]));
    const mismatched = data.claims.filter((c) => c.estimateImei !== undefined && c.estimateImei !== policyOf.get(c.policyId)?.device.imei);
    expect(mismatched.length).toBeGreaterThan(0);
    for (const claim of mismatched) expect(claim.estimateImei?.slice(-4), claim.id).not.toBe(policyOf.get(claim.policyId)?.device.imei.slice(-4));
  });

  it('has about 60% of surveys answered, mostly satisfied, some with comments', () => {
    const old = data.surveys.filter((s) => s.sentDate < addDays(REFERENCE_DATE, -30));
    const answered = old.filter((s) => s.answer !== null);
    expect(answered.length / old.length).toBeCloseTo(0.6, 1);
    expect(share(answered, (s) => s.answer === 'satisfied' || s.answer === 'somewhat_satisfied')).toBeGreaterThan(0.6);
    expect(share(answered, (s) => s.comment !== null)).toBeGreaterThan(0.2);
  });

  it('varies with the seed number', () => {
    const other = createSeedData({ seed: 4, referenceDate: REFERENCE_DATE, size: SEED_SIZES.small });
    const mine = createSeedData({ seed: 3, referenceDate: REFERENCE_DATE, size: SEED_SIZES.small });
    expect(other.claims.slice(SCENARIO_CLAIMS).map((c) => c.incidentDate)).not.toEqual(mine.claims.slice(SCENARIO_CLAIMS).map((c) => c.incidentDate));
    expect(other.policies.slice(22).map((p) => p.holder.name)).not.toEqual(mine.policies.slice(22).map((p) => p.holder.name));
  });

  it('refuses a size that is not a whole number of claims up to 100,000', () => {
    for (const size of [-1, 1.5, 100_001, Number.NaN]) expect(() => createSeedData({ seed: 1, size })).toThrow(RangeError);
  });
});
