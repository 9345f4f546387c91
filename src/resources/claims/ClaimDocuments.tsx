/**
 * The claim page's documents section. Kept at this path for the claim page; the section itself
 * (viewer, compare view, figures table, upload) lives in ./documents/.
 */
export { ClaimDocuments } from './documents/ClaimDocuments';
