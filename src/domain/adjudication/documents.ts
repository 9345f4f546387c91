/**
 * Required documents (page: 必要書類; adjudication.md, "Documents").
 */
import type { DocumentKind, Peril } from './schemas';
import { REQUIRED_DOCUMENTS } from './terms';

/**
 * The documents a claim for `peril` needs, in the order of the page's list. `enrollment_photo` is
 * not needed when one is already on file from enrollment or a device change (page: 必要書類 ※2).
 */
export function requiredDocuments(peril: Peril, enrollmentPhotoOnFile: boolean): DocumentKind[] {
  return REQUIRED_DOCUMENTS[peril].filter((kind) => !(enrollmentPhotoOnFile && kind === 'enrollment_photo'));
}

/** The required documents (see `requiredDocuments`) that are not among `received`, in the page's order. */
export function missingDocuments(
  peril: Peril,
  received: readonly DocumentKind[],
  enrollmentPhotoOnFile: boolean,
): DocumentKind[] {
  return requiredDocuments(peril, enrollmentPhotoOnFile).filter((kind) => !received.includes(kind));
}
