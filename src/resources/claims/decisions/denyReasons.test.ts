/**
 * The deny reason rides in the decision's note as a code, so the record reads in either language.
 */
import { describe, expect, test } from 'vitest';
import { denyDeparture, denyNote, readDenyNote, suggestedDenyReason } from './denyReasons';

describe('deny reasons', () => {
  test('a recorded note gives back its reason and text', () => {
    const note = denyNote('AGEING_EXCLUDED', '  バッテリーの劣化です。\n交換は対象外です。 ');
    expect(note).toBe('[AGEING_EXCLUDED] バッテリーの劣化です。\n交換は対象外です。');
    expect(readDenyNote(note)).toEqual({ reason: 'AGEING_EXCLUDED', text: 'バッテリーの劣化です。\n交換は対象外です。' });
  });

  test('a note without a known reason code is kept as it is', () => {
    expect(readDenyNote('[NOT_A_REASON] x')).toEqual({ reason: null, text: '[NOT_A_REASON] x' });
    expect(readDenyNote('ただのメモ')).toEqual({ reason: null, text: 'ただのメモ' });
  });

  test("the module's first refusal reason is pre-selected; reasons that are not refusals are skipped", () => {
    expect(suggestedDenyReason(['MISSING_DOCUMENTS', 'CARRIER_INELIGIBLE'])).toBe('CARRIER_INELIGIBLE');
    expect(suggestedDenyReason(['CAPPED_PER_INCIDENT'])).toBeNull();
  });

  test('a chosen reason that departs from the module is named: another denial reason, or the module pays', () => {
    const wear = { decision: 'deny' as const, payout: 0, reasons: ['AGEING_EXCLUDED' as const] };
    expect(denyDeparture('CARRIER_INELIGIBLE', wear)).toEqual({ kind: 'other_reason', reason: 'AGEING_EXCLUDED' });
    expect(denyDeparture('AGEING_EXCLUDED', wear)).toBeNull();
    expect(denyDeparture('', wear)).toBeNull();
    expect(denyDeparture('FRAUD_SUSPECTED', { decision: 'approve', payout: 20_000, reasons: [] })).toEqual({ kind: 'module_pays', payout: 20_000 });
    expect(denyDeparture('OTHER', { decision: 'pend', payout: 0, reasons: [] })).toBeNull();
    expect(denyDeparture('OTHER', undefined)).toBeNull();
  });
});
