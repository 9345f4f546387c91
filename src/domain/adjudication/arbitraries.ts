/**
 * fast-check arbitraries of adjudication inputs, for property tests (test-only: imports fast-check).
 * Valid inputs are biased towards claims that get far in the decision order (eligible carrier,
 * giteki mark, documents complete, valid IMEI), so that every tier is reached often.
 */
import fc from 'fast-check';
import { addDays, addMonths } from '../dates';
import { completeImei } from './imei';
import { CARRIERS, DOCUMENT_KINDS, PERILS, PLANS, type AdjudicationInput } from './schemas';
import { ELIGIBLE_CARRIERS, REQUIRED_DOCUMENTS } from './terms';

const yen = (max: number) => fc.integer({ min: 0, max });
const optionalYen = (max: number) => fc.option(yen(max), { nil: undefined, freq: 5 });

/** A Luhn-valid IMEI. */
export const validImeiArbitrary = fc.stringMatching(/^\d{14}$/).map(completeImei);

/** Any string that may serve as an IMEI: mostly valid ones, some malformed. */
export const imeiArbitrary = fc.oneof(
  { arbitrary: validImeiArbitrary, weight: 8 },
  { arbitrary: fc.stringMatching(/^\d{15}$/), weight: 1 },
  { arbitrary: fc.string({ maxLength: 18 }), weight: 1 },
);

/** A valid adjudication input (it may still be denied, referred or pended). */
export const adjudicationInputArbitrary: fc.Arbitrary<AdjudicationInput> = fc
  .record({
    plan: fc.constantFrom(...PLANS),
    startOffset: fc.integer({ min: 0, max: 3_650 }),
    incidentOffset: fc.integer({ min: -20, max: 385 }),
    purchaseAge: fc.integer({ min: -10, max: 900 }),
    paidInPeriod: fc.oneof(fc.constant(0), yen(250_000)),
    enrollmentPhotoOnFile: fc.option(fc.boolean(), { nil: undefined }),
    imei: imeiArbitrary,
    carrier: fc.oneof({ arbitrary: fc.constantFrom(...ELIGIBLE_CARRIERS), weight: 6 }, { arbitrary: fc.constantFrom(...CARRIERS), weight: 1 }),
    gitekiCertified: fc.oneof({ arbitrary: fc.constant(true), weight: 6 }, { arbitrary: fc.boolean(), weight: 1 }),
    purchasePrice: yen(400_000),
    replacementCost: optionalYen(400_000),
    peril: fc.constantFrom(...PERILS),
    cause: fc.option(fc.constantFrom('accident', 'accident', 'accident', 'ageing', 'product_defect'), { nil: undefined }),
    repairable: fc.option(fc.boolean(), { nil: undefined }),
    repairCost: fc.option(fc.oneof(yen(6_000), yen(250_000)), { nil: undefined, freq: 5 }),
    investigationCost: fc.option(fc.oneof(yen(6_000), yen(150_000)), { nil: undefined, freq: 3 }),
    estimateImei: fc.constantFrom('none', 'same', 'other'),
    otherImei: imeiArbitrary,
    allDocuments: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    someDocuments: fc.subarray([...DOCUMENT_KINDS]),
  })
  .map((r) => {
    const start = addDays('2018-01-01', r.startOffset);
    const incidentDate = addDays(start, r.incidentOffset);
    return {
      plan: r.plan,
      period: { start, end: addDays(addMonths(start, 12), -1) },
      paidInPeriod: r.paidInPeriod,
      enrollmentPhotoOnFile: r.enrollmentPhotoOnFile,
      device: {
        imei: r.imei,
        carrier: r.carrier,
        gitekiCertified: r.gitekiCertified,
        purchasePrice: r.purchasePrice,
        replacementCost: r.replacementCost,
        purchaseDate: addDays(incidentDate, -r.purchaseAge),
      },
      claim: {
        peril: r.peril,
        incidentDate,
        cause: r.cause,
        repairable: r.repairable,
        repairCost: r.repairCost,
        investigationCost: r.investigationCost,
        estimateImei: r.estimateImei === 'none' ? undefined : r.estimateImei === 'same' ? r.imei : r.otherImei,
        documents: r.allDocuments ? [...REQUIRED_DOCUMENTS[r.peril]] : r.someDocuments,
      },
    };
  });

/** A JSON-like object whose properties may be replaced, for corrupting inputs. */
type Mutable = Record<string, unknown>;

/** Replaces the value at `path` (e.g. ['claim', 'repairCost']) in a deep copy of `input`. */
function withValueAt(input: AdjudicationInput, path: readonly string[], value: unknown): AdjudicationInput {
  const copy = structuredClone(input) as unknown as Mutable;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Mutable;
  node[path[path.length - 1] as string] = value;
  return copy as unknown as AdjudicationInput;
}

const AMOUNT_PATHS = [
  ['paidInPeriod'],
  ['device', 'purchasePrice'],
  ['device', 'replacementCost'],
  ['claim', 'repairCost'],
  ['claim', 'investigationCost'],
] as const;
const DATE_PATHS = [['period', 'start'], ['period', 'end'], ['device', 'purchaseDate'], ['claim', 'incidentDate']] as const;
const ENUM_PATHS = [['plan'], ['device', 'carrier'], ['claim', 'peril'], ['claim', 'cause']] as const;

/** Values that are not an amount of yen. */
export const badAmountArbitrary = fc.oneof(
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n + 0.5),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0.01, 2 ** 53, '1000', null),
);
/** Values that are not a calendar date `YYYY-MM-DD`. */
export const badDateArbitrary = fc.constantFrom(
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '0000-01-01',
  '2026-1-1',
  '20260101',
  '2026/01/01',
  '2026-01-01T00:00:00Z',
  '',
  20260101,
);
/** Values that are none of the enum's. */
export const badEnumArbitrary = fc.constantFrom('gold', 'DAMAGE', 'vodafone', 'fire', '', 'misuse', 0);

/** An invalid input: a valid one with one field corrupted. */
export const invalidAdjudicationInputArbitrary: fc.Arbitrary<AdjudicationInput> = fc.oneof(
  fc.tuple(adjudicationInputArbitrary, fc.constantFrom(...AMOUNT_PATHS), badAmountArbitrary).map(([i, p, v]) => withValueAt(i, p, v)),
  fc.tuple(adjudicationInputArbitrary, fc.constantFrom(...DATE_PATHS), badDateArbitrary).map(([i, p, v]) => withValueAt(i, p, v)),
  fc.tuple(adjudicationInputArbitrary, fc.constantFrom(...ENUM_PATHS), badEnumArbitrary).map(([i, p, v]) => withValueAt(i, p, v)),
  fc
    .tuple(adjudicationInputArbitrary, badEnumArbitrary)
    .map(([i, v]) => withValueAt(i, ['claim', 'documents'], [...i.claim.documents, v])),
  fc
    .tuple(adjudicationInputArbitrary, fc.integer({ min: 1, max: 400 }))
    .map(([i, days]) => withValueAt(i, ['period', 'start'], addDays(i.period.end, days))),
  fc
    .tuple(
      adjudicationInputArbitrary,
      fc.constantFrom(['device', 'gitekiCertified'], ['claim', 'repairable'], ['enrollmentPhotoOnFile']),
      fc.constantFrom('yes', 'true', 1, null),
    )
    .map(([i, p, v]) => withValueAt(i, p, v)),
  fc
    .tuple(adjudicationInputArbitrary, fc.constantFrom(['device', 'imei'], ['claim', 'estimateImei']), fc.constantFrom(490154203237518, null, true))
    .map(([i, p, v]) => withValueAt(i, p, v)),
  fc
    .tuple(adjudicationInputArbitrary, fc.constantFrom(['plan'], ['period'], ['paidInPeriod'], ['device'], ['claim'], ['claim', 'documents']))
    .map(([i, p]) => withValueAt(i, p, undefined)),
);
