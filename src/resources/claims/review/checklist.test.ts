/** The checklist's reading of a document request: a kind asked for stays 依頼中 until a document of it arrives after the request. */
import { describe, expect, test } from 'vitest';
import type { ClaimDocument } from '../../../domain/records';
import { checklistRows, outstandingRequestedKinds } from './DocumentChecklist';

const request = { missing: ['damage_photo' as const, 'repair_receipt' as const], message: 'm', requestedBy: 'sato', requestedByName: '佐藤 美咲', requestedAt: '2026-11-16T05:00:00.000Z' };

function doc(kind: ClaimDocument['kind'], uploadedAt: string): ClaimDocument {
  return { id: `d-${kind}-${uploadedAt}`, claimId: 'c-1', policyId: 'p-1', kind, fileName: `${kind}.jpg`, mimeType: 'image/jpeg', size: 1, url: '/x', uploadedAt, figures: {} };
}

describe('outstandingRequestedKinds', () => {
  test('a kind is outstanding until a document of it is uploaded after the request', () => {
    const claim = { id: 'c-1', documentRequest: request };
    expect(outstandingRequestedKinds(claim, [doc('damage_photo', '2026-11-16T04:00:00.000Z')])).toEqual(['damage_photo', 'repair_receipt']);
    expect(outstandingRequestedKinds(claim, [doc('damage_photo', '2026-11-16T06:00:00.000Z')])).toEqual(['repair_receipt']);
    expect(outstandingRequestedKinds({ id: 'c-1', documentRequest: null }, [])).toEqual([]);
  });

  test('the rows mark the requested kinds even when the module finds them present', () => {
    const rows = checklistRows({ id: 'c-1', peril: 'damage', documentRequest: request }, { enrollmentPhotoOnFile: true }, { missingDocuments: [] }, [doc('damage_photo', '2026-11-15T00:00:00.000Z')]);
    const photo = rows.find((row) => row.kind === 'damage_photo');
    expect(photo).toMatchObject({ missing: false, requested: true, files: ['damage_photo.jpg'] });
    expect(rows.find((row) => row.kind === 'repair_receipt')?.requested).toBe(true);
  });
});
