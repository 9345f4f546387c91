/**
 * Invalid input throws a ZodError and never returns a decision (adjudication.md, "The contract").
 * A malformed IMEI is not invalid input (it is IMEI_INVALID): see rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { adjudicate } from './adjudicate';
import type { AdjudicationInput } from './schemas';
import { anAdjudicationInput, type AdjudicationInputOverrides } from './testing';

/** Builds an input with a field the type system would refuse (the point of these tests). */
const invalid = (overrides: Record<string, unknown>): AdjudicationInput =>
  anAdjudicationInput(overrides as AdjudicationInputOverrides);

const cases: [string, AdjudicationInput][] = [
  ['negative paidInPeriod', invalid({ paidInPeriod: -1 })],
  ['fractional paidInPeriod', invalid({ paidInPeriod: 0.5 })],
  ['NaN paidInPeriod', invalid({ paidInPeriod: Number.NaN })],
  ['infinite paidInPeriod', invalid({ paidInPeriod: Number.POSITIVE_INFINITY })],
  ['unsafe integer paidInPeriod', invalid({ paidInPeriod: 2 ** 53 })],
  ['paidInPeriod as a string', invalid({ paidInPeriod: '0' })],
  ['negative purchase price', invalid({ device: { purchasePrice: -100 } })],
  ['fractional replacement cost', invalid({ device: { replacementCost: 45_000.5 } })],
  ['negative repair cost', invalid({ claim: { repairCost: -3_000 } })],
  ['fractional repair cost', invalid({ claim: { repairCost: 99_000.01 } })],
  ['negative investigation cost', invalid({ claim: { repairable: false, investigationCost: -1 } })],
  ['null repair cost', invalid({ claim: { repairCost: null } })],
  ['30 February', invalid({ claim: { incidentDate: '2026-02-30' } })],
  ['29 February of a common year', invalid({ device: { purchaseDate: '2025-02-29' } })],
  ['31 April', invalid({ period: { start: '2025-04-31', end: '2026-03-31' } })],
  ['month 13', invalid({ period: { start: '2025-04-01', end: '2026-13-01' } })],
  ['day 0', invalid({ claim: { incidentDate: '2025-10-00' } })],
  ['a date without zero padding', invalid({ claim: { incidentDate: '2025-10-1' } })],
  ['a date-time', invalid({ claim: { incidentDate: '2025-10-01T10:00:00+09:00' } })],
  ['a slash date', invalid({ device: { purchaseDate: '2024/06/15' } })],
  ['a Date object', invalid({ claim: { incidentDate: new Date('2025-10-01') } })],
  ['an unknown plan', invalid({ plan: 'premium' })],
  ['an unknown carrier', invalid({ device: { carrier: 'vodafone' } })],
  ['an unknown peril', invalid({ claim: { peril: 'fire' } })],
  ['an unknown cause', invalid({ claim: { cause: 'misuse' } })],
  ['an unknown document kind', invalid({ claim: { documents: ['repair_estimate', 'selfie'] } })],
  ['a carrier in the wrong case', invalid({ device: { carrier: 'Docomo' } })],
  ['period.start after period.end', invalid({ period: { start: '2026-04-01', end: '2026-03-31' } })],
  ['gitekiCertified as a string', invalid({ device: { gitekiCertified: 'yes' } })],
  ['repairable as a number', invalid({ claim: { repairable: 0 } })],
  ['an IMEI as a number', invalid({ device: { imei: 490154203237518 } })],
  ['documents missing', invalid({ claim: { documents: undefined } })],
];

describe('invalid input throws a ZodError', () => {
  it.each(cases)('%s', (_name, input) => {
    expect(() => adjudicate(input)).toThrow(ZodError);
  });

  it.each(['plan', 'period', 'paidInPeriod', 'device', 'claim'] as const)('a missing %s throws too', (field) => {
    const input: Partial<AdjudicationInput> = anAdjudicationInput();
    delete input[field];
    expect(() => adjudicate(input as AdjudicationInput)).toThrow(ZodError);
  });

  it('null or a non-object throws', () => {
    expect(() => adjudicate(null as unknown as AdjudicationInput)).toThrow(ZodError);
    expect(() => adjudicate('claim' as unknown as AdjudicationInput)).toThrow(ZodError);
  });

  it('a period of one day (start = end) is valid', () => {
    expect(() => adjudicate(anAdjudicationInput({ period: { start: '2025-10-01', end: '2025-10-01' } }))).not.toThrow();
  });

  it.each(['', '12345', 'not an imei', '４９０１５４２０３２３７５１８'])('a malformed IMEI string (%j) is a decision, not an error', (imei) => {
    expect(adjudicate(anAdjudicationInput({ device: { imei } }))).toMatchObject({ decision: 'pend', reasons: ['IMEI_INVALID'] });
  });
});

