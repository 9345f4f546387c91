/**
 * Required documents (page: 必要書類; adjudication.md, "Documents").
 *
 * Written as plain loops: `adjudicate` asks these on every decision, so they build only the array
 * they return (and `anyDocumentMissing` none at all).
 */
import type { DocumentKind, Peril } from './schemas';
import { REQUIRED_DOCUMENTS } from './terms';

/** Whether `kind` is waived: `enrollment_photo` when one is on file already (page: 必要書類 ※2). */
function waived(kind: DocumentKind, enrollmentPhotoOnFile: boolean): boolean {
  return enrollmentPhotoOnFile && kind === 'enrollment_photo';
}

/**
 * The documents a claim for `peril` needs, in the order of the page's list. `enrollment_photo` is
 * not needed when one is already on file from enrollment or a device change (page: 必要書類 ※2).
 */
export function requiredDocuments(peril: Peril, enrollmentPhotoOnFile: boolean): DocumentKind[] {
  const required: DocumentKind[] = [];
  for (const kind of REQUIRED_DOCUMENTS[peril]) if (!waived(kind, enrollmentPhotoOnFile)) required.push(kind);
  return required;
}

/** The required documents (see `requiredDocuments`) that are not among `received`, in the page's order. */
export function missingDocuments(
  peril: Peril,
  received: readonly DocumentKind[],
  enrollmentPhotoOnFile: boolean,
): DocumentKind[] {
  const missing: DocumentKind[] = [];
  for (const kind of REQUIRED_DOCUMENTS[peril]) {
    if (!waived(kind, enrollmentPhotoOnFile) && !received.includes(kind)) missing.push(kind);
  }
  return missing;
}

/** Whether `missingDocuments(peril, received, enrollmentPhotoOnFile)` is not empty, without building it. */
export function anyDocumentMissing(peril: Peril, received: readonly DocumentKind[], enrollmentPhotoOnFile: boolean): boolean {
  for (const kind of REQUIRED_DOCUMENTS[peril]) {
    if (!waived(kind, enrollmentPhotoOnFile) && !received.includes(kind)) return true;
  }
  return false;
}
