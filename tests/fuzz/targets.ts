/**
 * What the fuzz suites aim at: every route of the mock API (mocks/handlers.ts), each with a request
 * valid against seed 1 (scenarios only) so a mutation of one part reaches the code behind the
 * validation of the others. The authenticated routes come from tests/api/endpoints.ts (the list the
 * permission tests walk); the sign-in routes, the dashboard aggregates and the adjuster-workspace
 * routes of issue 4 (/tmp/brief contracts: document requests, assignment, uploads, notes, claim
 * reveal) are added here. Routes that are not built yet answer the catch-all 404 and are skipped
 * (see {@link builtTargets}).
 *
 * Left out on purpose: the mock controls `/api/_mock/*` (a valid request re-seeds the database or
 * turns failure injection on: not a client's request to the claims service).
 */
import { getMockDb } from '../../mocks/db';
import type { Action } from '../../src/domain/permissions';
import type { Policy } from '../../src/domain/records';
import { ENDPOINTS } from '../api/endpoints';
import { call, newKey, USERS } from '../api/helpers';

/** One fuzz target: a route with a valid request. `:id` in `path` is where ids are fuzzed. */
export interface Target {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under /api with `:id` standing for `id` (none for collection routes). */
  path: string;
  /** The id valid for the seed. */
  id?: string;
  /** The permission the route needs (null: public, e.g. sign-in). */
  action: Action | null;
  /** A valid JSON body (POST/PUT). */
  body?: unknown;
  /** A multipart upload (`kind` and `file`) instead of JSON. */
  multipart?: boolean;
  /** Needs an Idempotency-Key header. */
  idempotent?: boolean;
  /** Part of issue 4's contract: skipped while the route answers "No such API route". */
  pending?: boolean;
}

const ID = /\/([a-z]-\d{4})(?=\/|$)/;

/** tests/api/endpoints.ts with the record id of each path made a `:id` placeholder. */
const FROM_ENDPOINTS: Target[] = ENDPOINTS.map((endpoint) => {
  const match = ID.exec(endpoint.path);
  const path = match ? endpoint.path.replace(ID, '/:id') : endpoint.path;
  return {
    method: endpoint.method,
    path,
    ...(match?.[1] ? { id: match[1] } : {}),
    action: endpoint.action,
    ...(endpoint.body === undefined ? {} : { body: endpoint.body }),
    ...(endpoint.idempotent ? { idempotent: true } : {}),
  };
});

/** Routes outside tests/api/endpoints.ts. */
const EXTRA: Target[] = [
  { method: 'POST', path: '/auth/login', action: null, body: { username: 'sato', password: 'demo' } },
  { method: 'GET', path: '/auth/me', action: null },
  { method: 'POST', path: '/auth/logout', action: null, body: {} },
  { method: 'GET', path: '/dashboard?from=2026-04-01&to=2026-06-15', action: 'reports.read' },
  { method: 'GET', path: '/dashboard/satisfaction?from=2026-04-01&to=2026-06-15', action: 'surveys.read' },
  // Issue 4 (adjuster workspace), built by another engineer: fuzzed once they answer.
  {
    method: 'POST',
    path: '/claims/:id/document-request',
    id: 'c-0004',
    action: 'claims.requestDocuments',
    body: { missing: ['repair_estimate'], message: '修理見積書をお送りください。' },
    pending: true,
  },
  { method: 'POST', path: '/claims/document-requests', action: 'claims.requestDocuments', body: { ids: ['c-0004', 'c-0010'] }, pending: true },
  { method: 'POST', path: '/claims/assign', action: 'claims.assign', body: { ids: ['c-0004'], assigneeId: USERS.supervisor }, pending: true },
  { method: 'POST', path: '/claims/:id/documents', id: 'c-0004', action: 'documents.upload', multipart: true, pending: true },
  { method: 'GET', path: '/notes?filter={"claimId":"c-0001"}&sort=["createdAt","DESC"]', action: 'notes.read', pending: true },
  { method: 'POST', path: '/notes', action: 'notes.create', body: { claimId: 'c-0001', text: '顧客に電話済み' }, pending: true },
  { method: 'POST', path: '/claims/:id/reveal', id: 'c-0001', action: 'personalData.reveal', body: { field: 'estimateImei' }, pending: true },
];

/** Every fuzz target, built or not. */
export const ALL_TARGETS: readonly Target[] = [...FROM_ENDPOINTS, ...EXTRA];

/** `target`'s path with `id` (default its own) in place of `:id`. */
export function pathOf(target: Target, id: string = target.id ?? ''): string {
  return target.path.replace(':id', id);
}

/**
 * `target`'s valid body on the current data, sent by `actor` (a user id): a PUT carries the stored
 * version (optimistic locking requires it); a policy is created from a copy of a seeded one (every
 * required field); a bulk assignment assigns to the sender.
 */
export function validBody(target: Target, actor?: string): unknown {
  const db = getMockDb();
  // An adjuster may assign claims only to themself: the valid request assigns to the sender.
  if (target.path === '/claims/assign' && actor !== undefined) return { ...(target.body as object), assigneeId: actor };
  if (target.method === 'POST' && target.path === '/policies') {
    const policy: Partial<Policy> = { ...(db.policies.get('p-0020') as Policy) };
    delete policy.id;
    delete policy.policyNumber;
    delete policy.version;
    return { ...policy, device: { ...policy.device, networkRestriction: undefined } };
  }
  if (target.method !== 'PUT' || typeof target.body !== 'object' || target.body === null) return target.body;
  const record = db.claims.get(target.id ?? '') ?? db.policies.get(target.id ?? '') ?? db.documents.get(target.id ?? '');
  return record && 'version' in record ? { ...target.body, version: record.version } : target.body;
}

/** A tiny valid JPEG (magic bytes FF D8 FF, then filler). */
export function jpegBytes(size = 64): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  bytes[size - 2] = 0xff;
  bytes[size - 1] = 0xd9;
  return bytes;
}

/** A multipart body with `kind` and a `file` of `bytes` named `fileName`. */
export function uploadForm(kind: string, bytes: Uint8Array, fileName: string, type = 'image/jpeg'): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', new File([bytes as BlobPart], fileName, { type }));
  return form;
}

/** Sends `target`'s valid request as a supervisor (an adjuster for the claim routes a manager may not use). */
async function probe(target: Target): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (target.idempotent) headers['Idempotency-Key'] = newKey();
  let body: BodyInit | undefined;
  if (target.multipart) body = uploadForm('damage_photo', jpegBytes(), 'photo.jpg');
  else if (target.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(validBody(target));
  }
  return call(pathOf(target), { method: target.method, headers, body, as: USERS.supervisor });
}

/** True when the catch-all answered: the route does not exist (yet). */
export function isMissingRoute(status: number, body: unknown): boolean {
  const message = typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : '';
  return status === 404 && message.startsWith('No such API route');
}

/**
 * The targets that exist now, and the pending ones that do not (probed with their valid request
 * on the current database: call it on a fresh one).
 */
export async function builtTargets(): Promise<{ built: Target[]; missing: Target[] }> {
  const built: Target[] = [];
  const missing: Target[] = [];
  for (const target of ALL_TARGETS) {
    if (!target.pending) {
      built.push(target);
      continue;
    }
    const { status, body } = await probe(target);
    (isMissingRoute(status, body) ? missing : built).push(target);
  }
  return { built, missing };
}
