/**
 * `POST /api/claims/:id/documents` (issue 4, item 7: uploading a document on a customer's behalf;
 * adjuster, supervisor): a `multipart/form-data` body with `kind` (a DocumentKind) and `file`.
 *
 * The file is judged by its content (src/domain/fileSignature.ts), never by its name or declared
 * type: JPEG, PNG, WebP or PDF, at most 10 MB (10 × 1024 × 1024 bytes). → 201 the document
 * `{ id, claimId, policyId, kind, fileName, mimeType (the sniffed type), size, url, uploadedAt,
 * figures: {} }`; the bytes are kept in the database's `files` collection (mocks/fileStore.ts) and
 * served by `GET {url}` (mocks/files.ts). Audited `document.upload`. When the upload completes the
 * claim's required documents, the claim becomes complete (請求完了, mocks/resources/claims.ts's
 * refreshCompleteness) and an awaiting_documents claim returns to in_review; a claim that was
 * already complete returns to review once every document of its last request
 * (`documentRequest.missing`) has arrived since that request.
 *
 * Answers: 400 `{ message, errors: { kind | file | body } }` a missing or invalid field, an empty
 * file, a malformed form; 401; 403 managers; 404 no claim; 409 decided (`ALREADY_DECIDED`) or
 * locked by another (`CLAIM_LOCKED`); 413 a file over 10 MB (`FILE_TOO_LARGE`, or the body limit of
 * mocks/http/limits.ts); 415 `{ message, errors: { file } }` not one of the four types by content,
 * or a body that is not multipart/form-data (`errors: { body }`).
 */
import { HttpResponse } from 'msw';
import { documentKindSchema } from '../src/domain/adjudication/schemas';
import { missingDocuments } from '../src/domain/adjudication';
import { MAX_UPLOAD_BYTES, sniffUploadType, UPLOAD_EXTENSIONS } from '../src/domain/fileSignature';
import type { Claim, ClaimDocument, User } from '../src/domain/records';
import { audited } from './audit';
import { documentUrl } from './builders';
import { assertWritable, findClaim } from './claimGuards';
import type { MockDb } from './db';
import { toBase64 } from './fileStore';
import { badRequest, HttpError } from './http/errors';
import { readBodyBytes, TEXT_LIMITS } from './http/limits';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { refreshCompleteness } from './resources/claims';
import { documentsResource } from './resources/documents';

/** The accepted types, as the messages name them. */
const TYPES = 'JPEG, PNG, WebP or PDF';


/** The form of a multipart request: 415 when the body is not multipart/form-data, 400 when it does not parse. */
async function readForm(request: Request): Promise<FormData> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new HttpError(415, 'Send the document as multipart/form-data with the fields kind and file', { code: 'UNSUPPORTED_MEDIA_TYPE', errors: { body: 'Expected multipart/form-data' } });
  }
  const bytes = await readBodyBytes(request);
  try {
    return await new Response(bytes, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    throw badRequest('Malformed multipart body', { body: 'Not a valid multipart/form-data body' });
  }
}

/** The file name as shown and served: no directories, no control characters, at most 255 characters. */
export function cleanFileName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base === '' ? fallback : base.slice(0, TEXT_LIMITS.fileName);
}

/** The checked upload: the kind, the file's name, its bytes and sniffed type. Throws 400, 413, 415. */
async function readUpload(request: Request) {
  const form = await readForm(request);
  const errors: Record<string, string> = {};
  const kindValue = form.get('kind');
  const kind = documentKindSchema.safeParse(kindValue);
  if (!kind.success) errors.kind = kindValue === null ? 'Required' : `Expected one of ${documentKindSchema.options.join(', ')}`;
  const file = form.get('file');
  if (file === null || typeof file === 'string') errors.file = file === null ? 'Required' : 'Expected a file';
  if (!kind.success || file === null || typeof file === 'string') throw badRequest('Invalid upload', errors);
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new HttpError(413, `The file is ${file.size.toLocaleString('en-US')} bytes: at most ${MAX_UPLOAD_BYTES.toLocaleString('en-US')} (10 MB)`, {
      code: 'FILE_TOO_LARGE',
      limit: MAX_UPLOAD_BYTES,
      errors: { file: 'At most 10 MB' },
    });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw badRequest('Invalid upload', { file: 'The file is empty' });
  const mimeType = sniffUploadType(bytes);
  if (mimeType === null) {
    throw new HttpError(415, `Only ${TYPES} files are accepted, judged by their content`, { code: 'UNSUPPORTED_FILE_TYPE', errors: { file: `Not a ${TYPES} file` } });
  }
  return { kind: kind.data, name: file.name, bytes, mimeType };
}

/**
 * An awaiting_documents claim that was already complete returns to review once the module finds
 * nothing missing and every document of its last request arrived since it was sent.
 */
function returnToReviewWhenAnswered(db: MockDb, claimId: string): void {
  const claim = db.claims.get(claimId);
  const request = claim?.documentRequest;
  if (!claim || claim.status !== 'awaiting_documents' || !request) return;
  const documents = db.documentsOfClaim(claimId);
  const policy = db.policy(claim.policyId);
  if (!policy || missingDocuments(claim.peril, documents.map((d) => d.kind), policy.enrollmentPhotoOnFile).length > 0) return;
  const since = Date.parse(request.requestedAt);
  const answered = request.missing.every((kind) => documents.some((d) => d.kind === kind && Date.parse(d.uploadedAt) >= since));
  if (answered) db.claims.replace({ ...claim, status: 'in_review', version: claim.version + 1 } satisfies Claim);
}

/** Stores the checked upload on `claim` for `user`: the bytes, the document, the claim's completeness. */
function store(db: MockDb, user: User, claim: Claim, upload: Awaited<ReturnType<typeof readUpload>>): ClaimDocument {
  const id = db.documents.nextId('d');
  const fileName = cleanFileName(upload.name, `${upload.kind.replace(/_/g, '-')}-${id}.${UPLOAD_EXTENSIONS[upload.mimeType]}`);
  return audited(db, user, 'document.upload', () => {
    db.files.insert({ id, mimeType: upload.mimeType, size: upload.bytes.length, base64: toBase64(upload.bytes) });
    const document = db.documents.insert({
      id,
      claimId: claim.id,
      policyId: claim.policyId,
      kind: upload.kind,
      fileName,
      mimeType: upload.mimeType,
      size: upload.bytes.length,
      url: documentUrl(id),
      uploadedAt: db.clock.now().toISOString(),
      figures: {},
    });
    refreshCompleteness(db, claim.id);
    returnToReviewWhenAnswered(db, claim.id);
    return document;
  });
}

/** The upload route. */
export const uploadHandlers = [
  route('post', `${API_PREFIX}/claims/:id/documents`, { action: 'documents.upload' }, async ({ request, params, user, db }) => {
    findClaim(db, params.id); // 404 before reading 10 MB
    const upload = await readUpload(request);
    // From here on nothing awaits: the claim is read again, checked and written in one go.
    const claim = findClaim(db, params.id);
    assertWritable(claim, user);
    const document = store(db, user, claim, upload);
    return HttpResponse.json(documentsResource.present(db, document), { status: 201 });
  }),
];
