/**
 * The bytes of uploaded documents, kept in the mock database's `files` collection (persisted in
 * IndexedDB in the browser like every other collection). One record per uploaded document, keyed by
 * the document's id: `{ id, mimeType, size, base64 }`, `mimeType` the type sniffed from the content
 * (src/domain/fileSignature.ts), `size` in bytes. The bytes are kept as base64 text: stored records
 * are deep-frozen (mocks/collection.ts), which a non-empty Uint8Array cannot be, and a string is
 * cloned, persisted and compared like any other field.
 *
 * Documents without a stored file are the seed's: their image is drawn from the record (mocks/svg).
 * Writes to `files` are not audit events of their own: the document's upload event stands for them
 * (an audit event holding 10 MB of base64 would make the timeline unreadable).
 */
import { z } from 'zod';
import { UPLOAD_MIME_TYPES } from '../src/domain/fileSignature';

/** One uploaded document's bytes. */
export const storedFileSchema = z.object({
  /** The document's id. */
  id: z.string().min(1),
  mimeType: z.enum(UPLOAD_MIME_TYPES),
  /** Bytes. */
  size: z.number().int().nonnegative(),
  /** The bytes, base64 (RFC 4648, with padding). */
  base64: z.string(),
});
/** One uploaded document's bytes (see the module comment). */
export type StoredFile = z.infer<typeof storedFileSchema>;

/**
 * Bytes encoded per step: a multiple of 3 (the base64 of consecutive 3-byte-aligned chunks is the
 * base64 of the whole), small enough for `String.fromCharCode.apply`'s argument limit.
 */
const CHUNK = 3 * 0x4000;

/** `bytes` as base64 (btoa: browsers and Node alike; 10 MB in about half a second). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    // apply takes the typed array as it is: no spread into an argument array.
    parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(start, start + CHUNK) as unknown as number[])));
  }
  return parts.join('');
}

/** The bytes of the base64 text `base64` (throws a DOMException when it is not base64). */
export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
