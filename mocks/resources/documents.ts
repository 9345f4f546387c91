/**
 * `documents`: stored as src/domain's ClaimDocument; `url` is always `/api/files/<id>` (the image is
 * drawn from the record, see mocks/svg). Adding a document may complete its claim (請求完了).
 */
import type { ClaimDocument, User } from '../../src/domain/records';
import { DOCUMENT_MIME_TYPE, documentUrl } from '../builders';
import type { MockDb } from '../db';
import { badRequest } from '../http/errors';
import { renderDocumentSvg, svgByteLength } from '../svg/render';
import { refreshCompleteness } from './claims';
import { assertNotLockedByOther } from '../claimLock';
import { documentBodySchema } from './requestSchemas';
import { mergeUpdate, parseBody, type JsonObject, type Resource } from './resource';
import { textSearch } from './search';

/** POST body: kind and owner are required; file name, type, size, time and figures have defaults. */
const createDocumentSchema = documentBodySchema
  .omit({ id: true, url: true })
  .partial({ claimId: true, fileName: true, mimeType: true, size: true, uploadedAt: true, figures: true });

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
  present: (_db, document): JsonObject => ({ ...document }),
  searcher: (_db, needle) => (document) => documentText(document, needle),
  create(db, body, user) {
    const input = parseBody(createDocumentSchema, body, 'document');
    const owners = { policyId: input.policyId, claimId: input.claimId ?? null };
    checkOwners(db, owners);
    checkClaimLock(db, owners.claimId, user);
    const id = db.documents.nextId('d');
    const draft: ClaimDocument = {
      ...input,
      ...owners,
      id,
      fileName: input.fileName ?? `${input.kind.replace(/_/g, '-')}-${id}.svg`,
      mimeType: input.mimeType ?? DOCUMENT_MIME_TYPE,
      size: input.size ?? 0,
      url: documentUrl(id),
      uploadedAt: input.uploadedAt ?? db.clock.now().toISOString(),
      figures: input.figures ?? {},
    };
    const stored = db.documents.insert({ ...draft, size: input.size ?? drawnSize(db, draft) });
    refreshCompleteness(db, stored.claimId);
    return stored;
  },
  update(db, stored, body, user) {
    const document = parseBody(documentBodySchema, mergeUpdate(stored, body, ['url']), 'document');
    checkOwners(db, document);
    checkClaimLock(db, stored.claimId, user);
    checkClaimLock(db, document.claimId, user);
    const saved = db.documents.replace(document);
    refreshCompleteness(db, saved.claimId);
    return saved;
  },
  remove(db, stored, user) {
    checkClaimLock(db, stored.claimId, user);
    db.documents.remove(stored.id);
  },
};
