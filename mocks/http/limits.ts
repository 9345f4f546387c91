/**
 * What a request may be, checked before any handler reads it, both by the handlers (the browser's
 * service worker, tests) and by the Node server (mocks/server.ts), so a client's mistake answers
 * 4xx, never 500:
 *
 * - a body of at most {@link MAX_JSON_BODY_BYTES} (1 MiB) for JSON and anything else, or
 *   {@link MAX_UPLOAD_BODY_BYTES} (10 MiB) for an upload (`multipart/*`, `image/*`,
 *   `application/pdf`, `application/octet-stream`): else 413 `{ message }`, judged on the
 *   `Content-Length` before reading and on the bytes actually read (a chunked body has no length);
 * - a path whose percent-encoding decodes (`/api/claims/%E0%A4%A` does not): else 400 `{ message }`;
 * - a method the API serves ({@link SERVED_METHODS}): else 405 `{ message }` with `Allow` (the Node
 *   server; a browser cannot send TRACE or CONNECT);
 * - a JSON body nested at most {@link MAX_JSON_DEPTH} levels deep: else 400 `{ message, errors: { body } }`;
 * - on a JSON endpoint, a `Content-Type` that is JSON (`application/json` or `…+json`, parameters
 *   such as `charset` allowed) or none at all: else 415 `{ message, errors: { body } }`; and the
 *   JSON limit (1 MiB) whatever the `Content-Type` says (mocks/http/errors.ts, readJsonBody).
 *
 * String fields of request bodies have their own maximum lengths in the zod request schemas
 * ({@link TEXT_LIMITS}).
 */
import { HttpError } from './errors';

/** The largest JSON (or other non-upload) request body, bytes: 1 MiB. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** The largest upload body (document images, PDFs), bytes: 10 MiB. */
export const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Room for a multipart body's boundaries and part headers (the form's `kind` field, the file's
 * name): a file of exactly 10 MiB must fit in its `multipart/form-data` body. The file itself is
 * held to 10 MiB by the upload route (mocks/uploads.ts: 413 one byte over).
 */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The HTTP methods the mock API serves (OPTIONS: CORS preflight on the Node server). */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Maximum lengths, in characters, of the strings of request bodies. */
export const TEXT_LIMITS = {
  /** Identifiers and codes: ids, claim and policy numbers, user names, assignees. */
  id: 64,
  /** An IMEI as typed or printed (15 digits, with room for spaces and hyphens). */
  imei: 32,
  /** Short labels: names, kana, model, repair shop, MIME type. */
  short: 200,
  /** A file name. */
  fileName: 255,
  /** An e-mail address (RFC 5321's 254). */
  email: 254,
  /** A phone number. */
  phone: 32,
  /** A note or comment: decisions, deadline extensions. */
  note: 2_000,
  /** A claim's incident description. */
  description: 10_000,
  /** A password. */
  password: 200,
} as const;

/** The body limit for a request of `contentType` (see the module comment). */
export function maxBodyBytes(contentType: string | null): number {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('multipart/')) return MAX_UPLOAD_BODY_BYTES + MULTIPART_OVERHEAD_BYTES;
  const upload = type.startsWith('image/') || type === 'application/pdf' || type === 'application/octet-stream';
  return upload ? MAX_UPLOAD_BODY_BYTES : MAX_JSON_BODY_BYTES;
}

/** A 413 HttpError `{ message }` for a body over `limit` bytes. */
export function bodyTooLarge(limit: number): HttpError {
  return new HttpError(413, `Request body too large: at most ${limit.toLocaleString('en-US')} bytes`, { code: 'BODY_TOO_LARGE', limit });
}

/**
 * The declared `Content-Length` of `headers` when it is over the limit for its content type, else
 * null (absent, malformed or within the limit: the read itself is capped too).
 */
export function declaredLengthOverLimit(headers: Headers): { length: number; limit: number } | null {
  const raw = headers.get('content-length');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const length = Number(raw.trim());
  const limit = maxBodyBytes(headers.get('content-type'));
  return length > limit ? { length, limit } : null;
}

/**
 * True when `contentType` names JSON: `application/json` or a structured `+json` type
 * (`application/merge-patch+json`), case-insensitive, with any parameters (`; charset=utf-8`).
 */
export function isJsonContentType(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*\+json$/.test(type);
}

/**
 * A 415 HttpError `{ message, errors: { body } }` when a JSON endpoint's request declares a
 * `Content-Type` that is not JSON, else null (JSON, or no `Content-Type` at all: a JSON body
 * without one is still read as JSON).
 */
export function unsupportedJsonContentType(headers: Headers): HttpError | null {
  const contentType = headers.get('content-type');
  if (contentType === null || contentType.trim() === '' || isJsonContentType(contentType)) return null;
  const shown = JSON.stringify(contentType.slice(0, 100));
  return new HttpError(415, `Unsupported Content-Type ${shown}: this endpoint takes application/json`, {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    errors: { body: 'Send the body as JSON with Content-Type: application/json' },
  });
}

/**
 * The request's body bytes, read at most up to `limit` bytes (default: the limit for its content
 * type): a 413 HttpError as soon as the declared length or the bytes read exceed it (the rest is
 * not read).
 */
export async function readBodyBytes(request: Request, limit: number = maxBodyBytes(request.headers.get('content-type'))): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length')?.trim() ?? '';
  if (/^\d+$/.test(declared) && Number(declared) > limit) throw bodyTooLarge(limit);
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: the body may be one branch of a tee (a cloned request), whose cancel settles
      // only once the other branch is cancelled too.
      reader.cancel().catch(() => undefined);
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The request's body as UTF-8 text, read like {@link readBodyBytes} (413 past `limit`). */
export async function readBodyText(request: Request, limit: number = maxBodyBytes(request.headers.get('content-type'))): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

/**
 * The deepest nesting of arrays and objects in the JSON text `raw` (brackets inside strings do not
 * count), scanning without recursion: a body nested deeper than {@link MAX_JSON_DEPTH} is refused
 * before anything recursive (canonical JSON of an idempotent request, cloning) meets it.
 */
export function jsonDepth(raw: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, (depth += 1));
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return max;
}

/** True when every percent-escape of `pathname` decodes (UTF-8), as the route matching needs. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A 400 HttpError `{ message }` for a path with malformed percent-encoding. */
export function malformedPath(pathname: string): HttpError {
  return new HttpError(400, `Malformed percent-encoding in the path ${JSON.stringify(pathname.slice(0, 200))}`, { code: 'MALFORMED_PATH' });
}
