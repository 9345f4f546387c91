/**
 * `documents`: stored as src/domain's ClaimDocument; `url` is always `/api/files/<id>` (the image is
 * drawn from the record, see mocks/svg). Adding a document may complete its claim (請求完了).
 * `figures.imei` is answered masked (mocks/resources/masking.ts); a PUT sending it back masked keeps
 * the stored value. The documents of a decided claim (approved, paid, denied, referred, withdrawn)
 * are its evidence: creating, changing or deleting one answers 409 `ALREADY_DECIDED`.
 * `mimeType`, `size`, `uploadedAt` and `url` are the stored file's facts, server-managed: a POST
 * naming any of them, or a PUT changing one (sending them unchanged, as an edit form sends the record
 * back, is accepted), answers 422 `{ code: 'SERVER_MANAGED', errors: { <field> } }`.
 */
import { isDecided } from '../../src/domain/lifecycle';
import type { ClaimDocument, User } from '../../src/domain/records';
import { DOCUMENT_MIME_TYPE, documentUrl } from '../builders';
import type { MockDb } from '../db';
import { badRequest, HttpError } from '../http/errors';
import { renderDocumentSvg, svgByteLength } from '../svg/render';
import { refreshCompleteness } from './claims';
import { assertNotLockedByOther } from '../claimLock';
import { maskDocument, unmaskDocumentBody } from './masking';
import { documentBodySchema, documentCreateSchema } from './requestSchemas';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';
import { textSearch } from './search';

/** Checks that the policy exists and the claim (if any) is one of that policy's. Throws a 400 HttpError. */
function checkOwners(db: MockDb, document: Pick<ClaimDocument, 'policyId' | 'claimId'>): void {
  if (!db.policies.has(document.policyId)) throw badRequest('Invalid document', { policyId: `Unknown policy ${document.policyId}` });
  if (document.claimId === null) return;
  const claim = db.claims.get(document.claimId);
  if (!claim) throw badRequest('Invalid document', { claimId: `Unknown claim ${document.claimId}` });
  if (claim.policyId !== document.policyId) {
    throw badRequest('Invalid document', { claimId: `Claim ${claim.id} belongs to policy ${claim.policyId}` });
  }
}

/** A 409 when the document's claim is locked by another user (mocks/claimLock.ts). */
function checkClaimLock(db: MockDb, claimId: string | null, user: User): void {
  const claim = claimId === null ? undefined : db.claims.get(claimId);
  if (claim) assertNotLockedByOther(claim, user);
}

/** A 409 `ALREADY_DECIDED` when the document's claim is decided: its evidence no longer changes. */
function checkClaimOpen(db: MockDb, claimId: string | null, what: string): void {
  const claim = claimId === null ? undefined : db.claims.get(claimId);
  if (claim && isDecided(claim.status)) {
    throw new HttpError(409, `Claim ${claim.claimNumber} is already ${claim.status}: its documents cannot be ${what}`, { code: 'ALREADY_DECIDED', status: claim.status });
  }
}

/** The file facts a PUT may not change (see the module comment). */
const DOCUMENT_SERVER_MANAGED = ['mimeType', 'size', 'uploadedAt', 'url'] as const satisfies readonly (keyof ClaimDocument)[];

/**
 * A 422 `SERVER_MANAGED` when `body` sets one of {@link DOCUMENT_SERVER_MANAGED} to another value than
 * `stored`'s, or, on creation (`stored` undefined), names one at all.
 */
function checkServerManaged(stored: ClaimDocument | undefined, body: JsonObject): void {
  const errors: Record<string, string> = {};
  for (const field of DOCUMENT_SERVER_MANAGED) {
    const sent = body[field];
    if (sent !== undefined && (stored === undefined || sent !== stored[field])) errors[field] = 'Set by the server from the stored file; it cannot change';
  }
  if (Object.keys(errors).length > 0) {
    throw new HttpError(422, `${Object.keys(errors).join(', ')}: set by the server from the document's file, not by a request`, { code: 'SERVER_MANAGED', errors });
  }
}

/** The document as the API answers it: `figures.imei` masked. */
export function presentDocument(_db: MockDb, document: ClaimDocument): JsonObject {
  return maskDocument(document);
}

function drawnSize(db: MockDb, document: ClaimDocument): number {
  const policy = db.policy(document.policyId);
  if (!policy) return 0;
  const claim = document.claimId === null ? undefined : db.claims.get(document.claimId);
  return svgByteLength(renderDocumentSvg({ document, policy, claim }));
}

const documentText = textSearch((document: ClaimDocument) => [document.fileName, document.kind, document.figures.shop, document.figures.policeReportNumber]);

/** The `documents` resource. */
export const documentsResource: Resource<ClaimDocument> = {
  name: 'documents',
  actions: { read: 'documents.read', create: 'documents.create', update: 'documents.update', delete: 'documents.delete' },
  source: (db) => db.documents,
  present: presentDocument,
  derived: ['figures.imei'],
  searcher: (_db, needle) => (document) => documentText(document, needle),
  create(db, body, user) {
    const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
    if (isObject) checkServerManaged(undefined, body as JsonObject);
    const unmasked = isObject ? unmaskDocumentBody(body as JsonObject, undefined) : body;
    const input = parseBody(documentCreateSchema, unmasked, 'document');
    const owners = { policyId: input.policyId, claimId: input.claimId ?? null };
    checkOwners(db, owners);
    checkClaimOpen(db, owners.claimId, 'added');
    checkClaimLock(db, owners.claimId, user);
    const id = db.documents.nextId('d');
    const draft: ClaimDocument = {
      ...input,
      ...owners,
      id,
      fileName: input.fileName ?? `${input.kind.replace(/_/g, '-')}-${id}.svg`,
      mimeType: DOCUMENT_MIME_TYPE,
      size: 0,
      url: documentUrl(id),
      uploadedAt: db.clock.now().toISOString(),
      figures: input.figures ?? {},
    };
    const stored = db.documents.insert({ ...draft, size: drawnSize(db, draft) });
    refreshCompleteness(db, stored.claimId);
    return stored;
  },
  update(db, stored, body, user) {
    checkServerManaged(stored, body);
    const document = parseBody(documentBodySchema, mergeUpdate(stored, unmaskDocumentBody(body, stored), DOCUMENT_SERVER_MANAGED), 'document');
    checkOwners(db, document);
    checkClaimOpen(db, stored.claimId, 'changed');
    checkClaimOpen(db, document.claimId, 'changed');
    checkClaimLock(db, stored.claimId, user);
    checkClaimLock(db, document.claimId, user);
    const saved = db.documents.replace(document);
    refreshCompleteness(db, saved.claimId);
    return saved;
  },
  remove(db, stored, user) {
    checkClaimOpen(db, stored.claimId, 'deleted');
    checkClaimLock(db, stored.claimId, user);
    db.documents.remove(stored.id);
  },
};
