/**
 * Uploading a document on a customer's behalf (contracts, item 3): `POST /api/claims/:id/documents`
 * as multipart/form-data (`kind`, `file`), answered 201 with the document record. The file is
 * pre-checked here (size ≤ 10 MB, first bytes a JPEG, PNG, WebP or PDF: src/domain/fileSignature);
 * the backend judges by content again (415, 413). Every failure becomes an {@link UploadProblem}.
 */
import { z } from 'zod';
import type { DocumentKind } from '../../../domain/adjudication';
import { MAX_UPLOAD_BYTES, sniffUploadType } from '../../../domain/fileSignature';
import { documentSchema, type ClaimDocument } from '../../../domain/records';
import { readSession } from '../../../app/session';

/** Why an upload did not happen: shown to the adjuster in their language. */
export type UploadProblem =
  | { reason: 'type' }
  | { reason: 'size'; size: number }
  | { reason: 'empty' }
  | { reason: 'read' }
  | { reason: 'decided' }
  | { reason: 'locked'; lockedBy: string }
  | { reason: 'forbidden' }
  | { reason: 'other'; message: string };

/** An upload that failed, carrying its {@link UploadProblem}. */
export class UploadFailure extends Error {
  constructor(readonly problem: UploadProblem) {
    super(problem.reason);
    this.name = 'UploadFailure';
  }
}

/** The `accept` attribute of the file input (a hint to the picker; the content decides). */
export const UPLOAD_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf';

/**
 * The client-side pre-check of `file`: empty, over 10 MB (10 × 1024 × 1024 bytes), or first bytes
 * not a JPEG, PNG, WebP or PDF signature; null when the file may be sent. Reads the first 16 bytes only.
 */
export async function precheckFile(file: Blob): Promise<UploadProblem | null> {
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > MAX_UPLOAD_BYTES) return { reason: 'size', size: file.size };
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  } catch {
    return { reason: 'read' };
  }
  return sniffUploadType(head) === null ? { reason: 'type' } : null;
}

const errorBodySchema = z.object({
  message: z.string().optional(),
  code: z.string().optional(),
  lock: z.object({ userName: z.string() }).partial().nullable().optional(),
});

/** The problem of a refused upload, from the HTTP status and the JSON body (`{ message, code?, lock? }`). */
export function problemFromResponse(status: number, body: unknown, size: number): UploadProblem {
  const parsed = errorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data : {};
  if (status === 415) return { reason: 'type' };
  if (status === 413) return { reason: 'size', size };
  if (status === 403) return { reason: 'forbidden' };
  if (status === 409 && error.code === 'ALREADY_DECIDED') return { reason: 'decided' };
  if (status === 409 && error.code === 'CLAIM_LOCKED') return { reason: 'locked', lockedBy: error.lock?.userName ?? '?' };
  return { reason: 'other', message: error.message ?? `HTTP ${status}` };
}

/**
 * Sends `file` as a document of kind `kind` of claim `claimId` to `${baseUrl}/claims/:id/documents`
 * with the session's bearer token. Resolves to the stored document; throws {@link UploadFailure}.
 */
export async function uploadDocument(baseUrl: string, claimId: string, kind: DocumentKind, file: File): Promise<ClaimDocument> {
  const body = new FormData();
  body.append('kind', kind);
  body.append('file', file, file.name);
  const session = readSession();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/claims/${encodeURIComponent(claimId)}/documents`, {
      method: 'POST',
      body,
      headers: session ? { Authorization: `Bearer ${session.token}` } : undefined,
    });
  } catch (error) {
    throw new UploadFailure({ reason: 'other', message: error instanceof Error ? error.message : String(error) });
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new UploadFailure(problemFromResponse(response.status, json, file.size));
  const document = documentSchema.safeParse(json);
  if (!document.success) throw new UploadFailure({ reason: 'other', message: z.prettifyError(document.error) });
  return document.data;
}
