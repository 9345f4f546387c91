import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, PERILS, REQUIRED_DOCUMENTS, type DocumentKind } from './adjudication';
import { DOCUMENT_NAMES_JA, documentRequestTemplate } from './documentRequest';

/** Every non-empty subset of the document kinds. */
function subsets(kinds: readonly DocumentKind[]): DocumentKind[][] {
  const out: DocumentKind[][] = [];
  for (let mask = 1; mask < 1 << kinds.length; mask++) out.push(kinds.filter((_, i) => (mask & (1 << i)) !== 0));
  return out;
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('documentRequestTemplate', () => {
  it('names exactly each missing document, once, for every peril and every set of documents', () => {
    for (const peril of PERILS) {
      for (const missing of subsets(DOCUMENT_KINDS)) {
        const letter = documentRequestTemplate({ peril, missing, claimNumber: 'CLM-2026-0001', holderName: '山田 太郎' });
        for (const kind of DOCUMENT_KINDS) {
          expect(occurrences(letter, DOCUMENT_NAMES_JA[kind]), `${peril} ${missing.join(',')}: ${kind}`).toBe(missing.includes(kind) ? 1 : 0);
        }
        expect(letter).toContain(missing.length === 1 ? '次の書類' : `次の${missing.length}点の書類`);
      }
    }
  });

  it('addresses the policyholder and quotes the claim number', () => {
    const letter = documentRequestTemplate({ peril: 'damage', missing: ['repair_receipt'], claimNumber: 'CLM-2026-0042', holderName: '佐々木 花子' });
    expect(letter.split('\n')[0]).toBe('佐々木 花子 様');
    expect(letter).toContain('請求番号：CLM-2026-0042');
  });

  it('has one template per peril: the incident is named in the peril’s words', () => {
    const incident = { damage: '破損・汚損', water: '水濡れ', failure: '故障', data_recovery: 'データの消失', theft_loss: '盗難・紛失' } as const;
    const letters = PERILS.map((peril) => documentRequestTemplate({ peril, missing: ['enrollment_photo'], claimNumber: 'CLM-1', holderName: 'A' }));
    PERILS.forEach((peril, i) => expect(letters[i]).toContain(incident[peril]));
    expect(new Set(letters).size).toBe(PERILS.length);
  });

  it('asks a theft or loss claim for the police report’s 受理番号', () => {
    const letter = documentRequestTemplate({ peril: 'theft_loss', missing: ['police_report'], claimNumber: 'CLM-1', holderName: 'A' });
    expect(letter).toContain('受理番号');
    expect(letter).toContain('警察署名');
    expect(letter).not.toContain('IMEI');
  });

  it('asks for the phone number and IMEI on the repair estimate (page ※1)', () => {
    for (const peril of ['damage', 'water', 'failure', 'data_recovery'] as const) {
      const letter = documentRequestTemplate({ peril, missing: ['repair_estimate'], claimNumber: 'CLM-1', holderName: 'A' });
      expect(letter).toContain('IMEI番号');
      expect(letter).toContain('電話番号');
    }
  });

  it('describes the damage photo in the words of the peril', () => {
    const photo = (peril: 'damage' | 'water' | 'failure') => documentRequestTemplate({ peril, missing: ['damage_photo'], claimNumber: 'CLM-1', holderName: 'A' });
    expect(photo('damage')).toContain('画面割れ');
    expect(photo('water')).toContain('水濡れの跡');
    expect(photo('failure')).toContain('故障の症状');
  });

  it('lists the documents in the product page’s order, numbered, duplicates once', () => {
    const letter = documentRequestTemplate({ peril: 'damage', missing: ['enrollment_photo', 'repair_estimate', 'enrollment_photo'], claimNumber: 'CLM-1', holderName: 'A' });
    expect(letter).toContain(`1. ${DOCUMENT_NAMES_JA.repair_estimate}`);
    expect(letter).toContain(`2. ${DOCUMENT_NAMES_JA.enrollment_photo}`);
    expect(occurrences(letter, DOCUMENT_NAMES_JA.enrollment_photo)).toBe(1);
  });

  it('covers every document a peril requires', () => {
    for (const peril of PERILS) {
      const letter = documentRequestTemplate({ peril, missing: REQUIRED_DOCUMENTS[peril], claimNumber: 'CLM-1', holderName: 'A' });
      for (const kind of REQUIRED_DOCUMENTS[peril]) expect(letter).toContain(DOCUMENT_NAMES_JA[kind]);
    }
  });

  it('tells how to send them: the accepted formats and size', () => {
    const letter = documentRequestTemplate({ peril: 'water', missing: ['damage_photo'], claimNumber: 'CLM-1', holderName: 'A' });
    expect(letter).toContain('JPEG・PNG・WebP・PDF');
    expect(letter).toContain('10MB');
  });

  it('refuses a request for nothing', () => {
    expect(() => documentRequestTemplate({ peril: 'damage', missing: [], claimNumber: 'CLM-1', holderName: 'A' })).toThrow(RangeError);
  });
});
