/**
 * `GET /api/files/:documentId`: the document's image, an SVG drawn from its record
 * (`Content-Type: image/svg+xml; charset=utf-8`), or 404 `{ message }`.
 *
 * Documents show personal data (phone, IMEI), so the route wants a signed-in user with
 * `documents.read`, like every other route. An <img> cannot send an Authorization header, so the
 * token may also come as a query parameter: the UI shows `${document.url}?token=<token>`
 * (the record's `url` stays `/api/files/<id>`, free of any token). 401 without a valid one.
 *
 * An uploaded document (mocks/uploads.ts) is served as its stored bytes instead, byte for byte, with
 * the type sniffed from its content at upload (`Content-Type` image/jpeg, image/png, image/webp or
 * application/pdf), `X-Content-Type-Options: nosniff` (a browser never second-guesses it) and
 * `Content-Disposition: inline; filename*=UTF-8''<the file name, percent-encoded>` (RFC 6266, 8187).
 */
import { HttpResponse } from 'msw';
import type { ClaimDocument } from '../src/domain/records';
import type { StoredFile } from './fileStore';
import { fromBase64 } from './fileStore';
import { notFound } from './http/errors';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { toWellFormed } from './http/wellFormed';
import { renderDocumentSvg } from './svg/render';

/**
 * `value` percent-encoded as an RFC 8187 `ext-value`'s characters (only attr-chars stay as they
 * are). Never throws: a lone surrogate (a name stored before the API refused them) becomes U+FFFD.
 */
function rfc8187(value: string): string {
  return encodeURIComponent(toWellFormed(value)).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The uploaded bytes of `document` as a response (see the module comment). */
function uploadedFile(document: ClaimDocument, file: StoredFile): Response {
  const bytes = fromBase64(file.base64);
  return new HttpResponse(bytes, {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `inline; filename*=UTF-8''${rfc8187(document.fileName)}`,
      'Cache-Control': 'private, no-cache',
    },
  });
}

/** The file handler. */
export const fileHandlers = [
  route('get', `${API_PREFIX}/files/:id`, { action: 'documents.read', tokenInQuery: true }, ({ params, db }) => {
    const id = params.id ?? '';
    const document = db.documents.get(id);
    const policy = document && db.policy(document.policyId);
    if (!document || !policy) throw notFound('files', id);
    const uploaded = db.files.get(id);
    if (uploaded) return uploadedFile(document, uploaded);
    const claim = document.claimId === null ? undefined : db.claims.get(document.claimId);
    return new HttpResponse(renderDocumentSvg({ document, policy, claim }), {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'private, no-cache' },
    });
  }),
];
