/**
 * Properties of `adjudicate` over generated inputs (fast-check), checked against the contract and an
 * independent oracle of the amount rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { adjudicate } from './adjudicate';
import { adjudicationInputArbitrary, invalidAdjudicationInputArbitrary } from './arbitraries';
import { LINE_CODES } from './lines';
import { adjudicationInputSchema, adjudicationSchema, REASON_CODES, type Adjudication, type ReasonCode } from './schemas';
import { PLAN_TERMS } from './terms';

const RUNS = { numRuns: 2_000 };

/** The reason codes of each tier of the decision order, and the decision each tier makes. */
const TIERS: [Adjudication['decision'], ReasonCode[]][] = [
  ['deny', ['CARRIER_INELIGIBLE', 'NOT_GITEKI_CERTIFIED', 'OUTSIDE_PERIOD', 'PERIL_NOT_COVERED', 'AGEING_EXCLUDED']],
  ['refer', ['WARRANTY_REFERRAL']],
  ['pend', ['MISSING_DOCUMENTS', 'IMEI_INVALID', 'IMEI_MISMATCH', 'AMOUNT_MISSING']],
  ['deny', ['BELOW_DEDUCTIBLE', 'NO_COVERED_COST', 'AGGREGATE_EXHAUSTED']],
  ['approve', ['CAPPED_PER_INCIDENT', 'CAPPED_BY_AGGREGATE', 'INVESTIGATION_COST_ONLY', 'THEFT_LOSS_HALF_DEVICE_PRICE']],
];

/** Sum of the lines before the final PAYOUT line. */
const stepsTotal = (lines: Adjudication['lines']) => lines.slice(0, -1).reduce((sum, l) => sum + l.amount, 0);

describe('adjudicate, for every valid input', { timeout: 60_000 }, () => {
  it('returns an output valid under adjudicationSchema', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        expect(() => adjudicationSchema.parse(adjudicate(input))).not.toThrow();
      }),
      RUNS,
    );
  });

  it('pays a non-negative amount, within the per-incident limit and what is left of the aggregate', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const { payout } = adjudicate(input);
        const terms = PLAN_TERMS[input.plan];
        expect(Number.isSafeInteger(payout)).toBe(true);
        expect(payout).toBeGreaterThanOrEqual(0);
        expect(payout).toBeLessThanOrEqual(terms.perIncidentLimit);
        expect(payout).toBeLessThanOrEqual(Math.max(0, terms.aggregateLimit - input.paidInPeriod));
      }),
      RUNS,
    );
  });

  it('pays 0 unless it approves, and something when it approves', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const { decision, payout } = adjudicate(input);
        if (decision === 'approve') expect(payout).toBeGreaterThan(0);
        else expect(payout).toBe(0);
      }),
      RUNS,
    );
  });

  it('gives the reasons of exactly one tier, all of them in REASON_CODES order, with that tier’s decision', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const { decision, reasons } = adjudicate(input);
        if (reasons.length === 0) {
          expect(decision).toBe('approve');
          return;
        }
        const tier = TIERS.find(([, codes]) => reasons.every((r) => codes.includes(r)));
        expect(tier).toBeDefined();
        expect(tier?.[0]).toBe(decision);
        expect(reasons).toEqual(REASON_CODES.filter((code) => reasons.includes(code)));
      }),
      RUNS,
    );
  });

  it('writes lines from the closed set that end with PAYOUT and add up to the payout (or no lines before tier 4)', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const { decision, reasons, payout, lines } = adjudicate(input);
        const screened = decision !== 'approve' && !reasons.some((r) => TIERS[3]?.[1].includes(r));
        if (screened) {
          expect(lines).toEqual([]);
          return;
        }
        expect(lines.every((l) => (LINE_CODES as readonly string[]).includes(l.code))).toBe(true);
        expect(lines.filter((l) => l.code === 'PAYOUT')).toHaveLength(1);
        expect(lines.at(-1)).toEqual({ code: 'PAYOUT', amount: payout });
        expect(stepsTotal(lines)).toBe(payout);
        expect(lines.every((l) => Number.isSafeInteger(l.amount) && !Object.is(l.amount, -0))).toBe(true);
      }),
      RUNS,
    );
  });

  it('reports remainingAfter = max(0, limit − paidBefore − payout)', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const { aggregate, payout } = adjudicate(input);
        expect(aggregate.limit).toBe(PLAN_TERMS[input.plan].aggregateLimit);
        expect(aggregate.paidBefore).toBe(input.paidInPeriod);
        expect(aggregate.remainingAfter).toBe(Math.max(0, aggregate.limit - aggregate.paidBefore - payout));
      }),
      RUNS,
    );
  });

  it('never applies the deductible to theft or loss, data recovery or an investigation cost', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const { lines } = adjudicate(input);
        const { peril, repairable } = adjudicationInputSchema.parse(input).claim;
        if (peril === 'theft_loss' || peril === 'data_recovery' || !repairable) {
          expect(lines.some((l) => l.code === 'DEDUCTIBLE')).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('approves exactly the payout an independent reading of the amount rules gives', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const result = adjudicate(input);
        fc.pre(result.decision === 'approve');
        const { plan, paidInPeriod, device, claim } = adjudicationInputSchema.parse(input);
        let amount: number;
        if (claim.peril === 'theft_loss') amount = Math.floor(Math.min(device.purchasePrice, device.replacementCost ?? Infinity) / 2);
        else if (claim.peril === 'data_recovery') amount = claim.repairCost ?? Number.NaN;
        else if (!claim.repairable) amount = claim.investigationCost ?? Number.NaN;
        else amount = Math.max(0, (claim.repairCost ?? Number.NaN) - 3_000);
        const { perIncidentLimit, aggregateLimit } = PLAN_TERMS[plan];
        expect(result.payout).toBe(Math.min(amount, perIncidentLimit, aggregateLimit - paidInPeriod));
      }),
      RUNS,
    );
  });

  it('reports the missing documents whatever the decision, and does not change its input', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        const before = structuredClone(input);
        const { decision, reasons, missingDocuments } = adjudicate(input);
        expect(input).toEqual(before);
        if (reasons.includes('MISSING_DOCUMENTS')) expect(missingDocuments.length).toBeGreaterThan(0);
        if (decision === 'approve' || decision === 'pend') {
          expect(missingDocuments.length > 0).toBe(reasons.includes('MISSING_DOCUMENTS'));
        }
      }),
      RUNS,
    );
  });
});

describe('adjudicate, for every invalid input', { timeout: 60_000 }, () => {
  it('throws a ZodError', () => {
    fc.assert(
      fc.property(invalidAdjudicationInputArbitrary, (input) => {
        expect(() => adjudicate(input)).toThrow(ZodError);
      }),
      RUNS,
    );
  });
});

describe('the arbitraries', { timeout: 60_000 }, () => {
  it('reach every decision and every reason code', () => {
    const seen = new Set<string>();
    for (const input of fc.sample(adjudicationInputArbitrary, { numRuns: 5_000, seed: 42 })) {
      const { decision, reasons } = adjudicate(input);
      seen.add(decision);
      reasons.forEach((r) => seen.add(r));
    }
    expect([...seen].sort()).toEqual([...REASON_CODES, 'approve', 'deny', 'pend', 'refer'].sort());
  });
});
