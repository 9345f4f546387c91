/**
 * What an uploaded document is, judged by its content (magic bytes), never by its name or declared
 * type (issue 4, item 7: "JPEG, PNG, WebP or PDF up to 10 MB, checked by content, not by name").
 * Pure and shared: the backend refuses anything else (415), the UI may pre-check a file before
 * sending it. An HTML page or an SVG renamed `.jpg` starts with text, not with one of these
 * signatures, so it is refused.
 */

/** The MIME types a document upload may be, each recognised by its signature. */
export const UPLOAD_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

/** One of {@link UPLOAD_MIME_TYPES}. */
export type UploadMimeType = (typeof UPLOAD_MIME_TYPES)[number];

/** The largest document upload, bytes: 10 MB (10 × 1024 × 1024). One byte more is refused (413). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The usual file extension of each accepted type (for a default file name). */
export const UPLOAD_EXTENSIONS: Readonly<Record<UploadMimeType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const WEBP = [0x57, 0x45, 0x42, 0x50]; // "WEBP", at offset 8
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

/**
 * The type of `bytes` from their first bytes: JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`,
 * WebP `RIFF????WEBP`, PDF `%PDF-`; null for anything else (HTML, SVG, text, an empty file…).
 * Only the first 12 bytes are read.
 */
export function sniffUploadType(bytes: Uint8Array): UploadMimeType | null {
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (startsWith(bytes, PDF)) return 'application/pdf';
  return null;
}

/** Why a file may not be uploaded, or null when it may: checked by size, then by content. */
export type UploadRefusal = 'EMPTY' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE';

/**
 * Whether `bytes` may be uploaded as a document: `EMPTY` (0 bytes), `TOO_LARGE` (over
 * {@link MAX_UPLOAD_BYTES}), `UNSUPPORTED_TYPE` (not a JPEG, PNG, WebP or PDF by content), or null.
 */
export function uploadRefusal(bytes: Uint8Array): UploadRefusal | null {
  if (bytes.length === 0) return 'EMPTY';
  if (bytes.length > MAX_UPLOAD_BYTES) return 'TOO_LARGE';
  return sniffUploadType(bytes) === null ? 'UNSUPPORTED_TYPE' : null;
}
