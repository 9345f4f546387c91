/**
 * The allocation-free shortcuts of the hot path answer exactly as the definitions they stand for:
 * `anyDocumentMissing` as `missingDocuments(…).length > 0`, `hasCostBasis` as `costBasis(…) !== null`,
 * `screen` as filtering each tier's rules, `settle`'s reasons as `inReasonOrder`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicationInputArbitrary } from './arbitraries';
import { anyDocumentMissing, missingDocuments, requiredDocuments } from './documents';
import { line } from './lines';
import { SCREENING_TIERS, screen } from './rules';
import { adjudicationInputSchema, DOCUMENT_KINDS, inReasonOrder, PERILS, PLANS, REASON_CODES, type ParsedAdjudicationInput } from './schemas';
import { costBasis, hasCostBasis, settle, type CostBasis } from './settlement';
import { REQUIRED_DOCUMENTS } from './terms';

const parsedInput = adjudicationInputArbitrary.map((input): ParsedAdjudicationInput => adjudicationInputSchema.parse(input));

describe('documents', () => {
  it('anyDocumentMissing is missingDocuments(…) not being empty', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERILS), fc.array(fc.constantFrom(...DOCUMENT_KINDS), { maxLength: 7 }), fc.boolean(), (peril, received, onFile) => {
        expect(anyDocumentMissing(peril, received, onFile)).toBe(missingDocuments(peril, received, onFile).length > 0);
      }),
    );
  });

  it('requiredDocuments and missingDocuments keep the page’s order and waive only the enrollment photo', () => {
    for (const peril of PERILS) {
      expect(requiredDocuments(peril, false)).toEqual(REQUIRED_DOCUMENTS[peril]);
      expect(requiredDocuments(peril, true)).toEqual(REQUIRED_DOCUMENTS[peril].filter((kind) => kind !== 'enrollment_photo'));
      expect(missingDocuments(peril, [], false)).toEqual(REQUIRED_DOCUMENTS[peril]);
      expect(missingDocuments(peril, [...REQUIRED_DOCUMENTS[peril]].reverse(), false)).toEqual([]);
    }
  });

  it('returns a fresh array each time (callers may change it)', () => {
    const first = missingDocuments('damage', [], false);
    first.push('police_report');
    expect(missingDocuments('damage', [], false)).toEqual(REQUIRED_DOCUMENTS.damage);
  });
});

describe('settlement', () => {
  it('hasCostBasis is costBasis(…) !== null', () => {
    fc.assert(
      fc.property(parsedInput, (input) => {
        expect(hasCostBasis(input)).toBe(costBasis(input) !== null);
      }),
      { numRuns: 2_000 },
    );
  });

  it('settle lists its reasons in REASON_CODES order without duplicates, whatever the basis’s order', () => {
    const basisReasons = fc.array(fc.constantFrom(...REASON_CODES), { maxLength: 5 });
    fc.assert(
      fc.property(
        fc.nat(300_000),
        fc.boolean(),
        basisReasons,
        fc.constantFrom(...PLANS),
        fc.nat(300_000),
        (amount, deductible, reasons, plan, paid) => {
          const basis: CostBasis = { lines: [line('REPAIR_COST', amount)], amount, deductible, reasons };
          const { denials, notes } = settle(basis, plan, paid);
          expect(denials).toEqual(inReasonOrder(denials));
          expect(notes).toEqual(inReasonOrder(notes));
          expect(new Set(notes)).toEqual(new Set([...reasons, ...notes.filter((n) => n.startsWith('CAPPED_'))]));
          expect(basis.lines).toHaveLength(1);
        },
      ),
    );
  });
});

describe('screen', () => {
  it('gives the first tier whose rules apply, with every reason of that tier', () => {
    fc.assert(
      fc.property(parsedInput, (input) => {
        const expected = SCREENING_TIERS.map((tier) => ({
          decision: tier.decision,
          reasons: tier.rules.filter((rule) => rule.applies(input)).map((rule) => rule.reason),
        })).find((tier) => tier.reasons.length > 0);
        expect(screen(input)).toEqual(expected ?? null);
      }),
      { numRuns: 2_000 },
    );
  });
});
