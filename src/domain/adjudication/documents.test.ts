import { describe, expect, it } from 'vitest';
import { adjudicate } from './adjudicate';
import { missingDocuments, requiredDocuments } from './documents';
import { PERILS, type DocumentKind, type Peril } from './schemas';
import { anAdjudicationInput } from './testing';

describe('requiredDocuments (page: 必要書類)', () => {
  it.each<[Peril, DocumentKind[]]>([
    ['damage', ['repair_estimate', 'repair_receipt', 'damage_photo', 'enrollment_photo']],
    ['water', ['repair_estimate', 'repair_receipt', 'damage_photo', 'enrollment_photo']],
    ['failure', ['repair_estimate', 'repair_receipt', 'damage_photo', 'enrollment_photo']],
    ['data_recovery', ['repair_estimate', 'repair_receipt', 'enrollment_photo']],
    ['theft_loss', ['police_report', 'enrollment_photo']],
  ])('%s needs %j', (peril, kinds) => {
    expect(requiredDocuments(peril, false)).toEqual(kinds);
    expect(requiredDocuments(peril, true)).toEqual(kinds.filter((k) => k !== 'enrollment_photo'));
  });
});

describe('missingDocuments', () => {
  it('lists the absent ones in the page’s order, ignoring extra and repeated documents', () => {
    expect(missingDocuments('damage', ['police_report', 'repair_receipt', 'repair_receipt'], false)).toEqual([
      'repair_estimate',
      'damage_photo',
      'enrollment_photo',
    ]);
  });

  it('does not ask for the enrollment photo when one is on file (必要書類 ※2)', () => {
    const input = anAdjudicationInput({
      enrollmentPhotoOnFile: true,
      claim: { peril: 'theft_loss', documents: ['police_report'] },
    });
    expect(adjudicate(input)).toMatchObject({ decision: 'approve', missingDocuments: [] });
  });

  it('asks for the enrollment photo when none is on file', () => {
    const input = anAdjudicationInput({ claim: { peril: 'theft_loss', documents: ['police_report'] } });
    expect(adjudicate(input)).toMatchObject({
      decision: 'pend',
      reasons: ['MISSING_DOCUMENTS'],
      missingDocuments: ['enrollment_photo'],
    });
  });

  it('enrollmentPhotoOnFile defaults to false', () => {
    const input = anAdjudicationInput({ claim: { documents: ['repair_estimate', 'repair_receipt', 'damage_photo'] } });
    delete input.enrollmentPhotoOnFile;
    expect(adjudicate(input).missingDocuments).toEqual(['enrollment_photo']);
  });

  it.each(PERILS)('is reported whatever the decision (%s, denied for the carrier)', (peril) => {
    const result = adjudicate(anAdjudicationInput({ device: { carrier: 'docomo' }, claim: { peril, documents: [] } }));
    expect(result.decision).toBe('deny');
    expect(result.missingDocuments).toEqual(requiredDocuments(peril, false));
  });
});
