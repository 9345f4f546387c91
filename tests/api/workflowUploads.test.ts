/**
 * Uploading a document on the customer's behalf (issue 4, item 7; mocks/uploads.ts): checked by
 * content, not by name, at most 10 MB; kept, served back byte for byte, and persisted; an upload
 * that completes the required documents moves awaiting_documents → in_review.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { MemoryMockStore } from '../../mocks/devtools/mockStore';
import { resetMockSettings, updateMockSettings } from '../../mocks/devtools/settings';
import { startPersistence, type Persistence } from '../../mocks/persistence';
import { MAX_UPLOAD_BYTES } from '../../src/domain/fileSignature';
import type { AuditEvent, Claim, ClaimDocument } from '../../src/domain/records';
import { API, call, send, setupMockApi, tokenFor, USERS } from './helpers';

setupMockApi();

type Refusal = { message: string; code?: string; errors?: Record<string, string> };

const ascii = (text: string) => new TextEncoder().encode(text);
/** `size` bytes starting with `head`, the rest a pattern (so a byte-for-byte comparison means something). */
function fileOf(head: number[] | Uint8Array, size = 64): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 256;
  bytes.set(head);
  return bytes;
}
const PNG = fileOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = fileOf([0xff, 0xd8, 0xff, 0xe0]);
const WEBP = fileOf([...ascii('RIFF'), 0x38, 0, 0, 0, ...ascii('WEBPVP8 ')]);
const PDF = fileOf(ascii('%PDF-1.7\n'));

/** POST /api/claims/:id/documents as multipart: `kind` and `file` (either left out when undefined). */
function upload(claimId: string, parts: { kind?: string; file?: Uint8Array<ArrayBuffer> | string; name?: string; type?: string }, as: string | null = USERS.adjuster) {
  const form = new FormData();
  if (parts.kind !== undefined) form.set('kind', parts.kind);
  if (typeof parts.file === 'string') form.set('file', parts.file);
  else if (parts.file !== undefined) form.set('file', new Blob([parts.file], { type: parts.type ?? '' }), parts.name ?? 'upload.bin');
  return call<ClaimDocument & Refusal>(`/claims/${claimId}/documents`, { method: 'POST', body: form, as });
}

/** GET the document's url as an <img> would (token in the query). */
async function fetchFile(url: string) {
  const response = await fetch(`${API.replace(/\/api$/, '')}${url}?token=${encodeURIComponent(await tokenFor(USERS.manager))}`);
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** True when `a` and `b` hold the same bytes (a loop: deep equality over 10 million items takes minutes). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** What a refused upload must leave as it was: documents, stored files, claims, audit events. */
const stateNow = () => {
  const db = getMockDb();
  return JSON.stringify([db.documents.size, db.files.size, db.auditEvents.size, db.claims.values()]);
};
const uploadEvents = (recordId: string): AuditEvent[] => getMockDb().auditEvents.filter((e) => e.recordId === recordId && e.action === 'document.upload');

describe('POST /api/claims/:id/documents', () => {
  it.each([
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['WebP', WEBP, 'image/webp'],
    ['PDF', PDF, 'application/pdf'],
  ] as const)('accepts a %s and serves the same bytes back, typed by content, nosniff, inline', async (_name, bytes, mimeType) => {
    const { status, body } = await upload('c-0004', { kind: 'damage_photo', file: bytes, name: '破損 写真(1).bin', type: 'application/octet-stream' });
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.stringMatching(/^d-\d+$/),
      claimId: 'c-0004',
      policyId: getMockDb().claims.get('c-0004')?.policyId,
      kind: 'damage_photo',
      fileName: '破損 写真(1).bin',
      mimeType,
      size: bytes.length,
      url: `/api/files/${body.id}`,
      uploadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      figures: {},
    });
    const served = await fetchFile(body.url);
    expect(served.status).toBe(200);
    expect(sameBytes(served.bytes, bytes)).toBe(true);
    expect(served.headers.get('Content-Type')).toBe(mimeType);
    expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(served.headers.get('Content-Disposition')).toBe("inline; filename*=UTF-8''%E7%A0%B4%E6%90%8D%20%E5%86%99%E7%9C%9F%281%29.bin");
    expect((await call<ClaimDocument>(`/documents/${body.id}`)).body).toEqual(body);
    expect(uploadEvents(body.id)).toEqual([expect.objectContaining({ actorId: USERS.adjuster, resource: 'documents', before: null, after: body })]);
  });

  it('judges by content, not by the declared type or name: a PNG sent as report.pdf is a PNG', async () => {
    const { body } = await upload('c-0004', { kind: 'damage_photo', file: PNG, name: 'report.pdf', type: 'application/pdf' });
    expect(body.mimeType).toBe('image/png');
    expect((await fetchFile(body.url)).headers.get('Content-Type')).toBe('image/png');
  });

  it.each([
    ['an HTML page renamed .jpg', ascii('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>')],
    ['an SVG renamed .jpg', ascii('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')],
    ['plain text', ascii('hello')],
  ])('refuses %s with 415 { errors: { file } }, and stores nothing', async (_name, bytes) => {
    const before = stateNow();
    const { status, body } = await upload('c-0004', { kind: 'damage_photo', file: new Uint8Array(bytes), name: 'photo.jpg', type: 'image/jpeg' });
    expect(status).toBe(415);
    expect(body.errors).toHaveProperty('file');
    expect(body.message).toMatch(/JPEG, PNG, WebP or PDF/);
    expect(stateNow()).toBe(before);
  });

  it('accepts exactly 10 MB and refuses 10 MB + 1 byte with 413', async () => {
    const atLimit = fileOf([0xff, 0xd8, 0xff], MAX_UPLOAD_BYTES);
    const accepted = await upload('c-0004', { kind: 'damage_photo', file: atLimit, name: 'big.jpg' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.size).toBe(10 * 1024 * 1024);
    expect(sameBytes((await fetchFile(accepted.body.url)).bytes, atLimit)).toBe(true);

    const before = stateNow();
    const over = await upload('c-0004', { kind: 'damage_photo', file: fileOf([0xff, 0xd8, 0xff], MAX_UPLOAD_BYTES + 1), name: 'bigger.jpg' });
    expect(over.status).toBe(413);
    expect(over.body.code).toBe('FILE_TOO_LARGE');
    expect(stateNow()).toBe(before);
  });

  it('refuses a body far over the limit with 413 before reading it all', async () => {
    const { status } = await upload('c-0004', { kind: 'damage_photo', file: fileOf([0xff, 0xd8, 0xff], MAX_UPLOAD_BYTES + 200_000), name: 'huge.jpg' });
    expect(status).toBe(413);
  });

  it.each([
    ['no kind', { file: PNG }, 'kind'],
    ['an unknown kind', { kind: 'selfie', file: PNG }, 'kind'],
    ['no file', { kind: 'damage_photo' }, 'file'],
    ['a text field for the file', { kind: 'damage_photo', file: 'not a file' }, 'file'],
    ['an empty file', { kind: 'damage_photo', file: new Uint8Array(0) }, 'file'],
  ])('answers 400 for %s', async (_name, parts, field) => {
    const before = stateNow();
    const { status, body } = await upload('c-0004', parts);
    expect(status).toBe(400);
    expect(body.errors).toHaveProperty(field);
    expect(stateNow()).toBe(before);
  });

  it('answers 415 to a JSON body, 401 without a token, 403 to a manager, 404 for an unknown claim', async () => {
    const json = await send<Refusal>('POST', '/claims/c-0004/documents', { kind: 'damage_photo' });
    expect(json.status).toBe(415);
    expect(json.body.errors).toHaveProperty('body');
    expect((await upload('c-0004', { kind: 'damage_photo', file: PNG }, null)).status).toBe(401);
    const manager = await upload('c-0004', { kind: 'damage_photo', file: PNG }, USERS.manager);
    expect(manager.status).toBe(403);
    expect(manager.body.code).toBe('FORBIDDEN');
    expect((await upload('c-9999', { kind: 'damage_photo', file: PNG })).status).toBe(404);
  });

  it('answers 409 for a decided claim and for one locked by another user, storing nothing', async () => {
    await send('POST', '/claims/c-0004/lock', {}, { as: USERS.adjuster2 });
    const before = stateNow();
    expect((await upload('c-0008', { kind: 'damage_photo', file: PNG })).body.code).toBe('ALREADY_DECIDED');
    const locked = await upload('c-0004', { kind: 'damage_photo', file: PNG });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('CLAIM_LOCKED');
    expect(stateNow()).toBe(before);
  });

  it('moves awaiting_documents → in_review when the upload completes the required documents', async () => {
    const waiting = (await call<Claim>('/claims/c-0007')).body;
    expect(waiting).toMatchObject({ status: 'awaiting_documents', completedDate: null });
    expect(waiting.adjudication?.missingDocuments).toEqual(['repair_estimate', 'repair_receipt']);

    await upload('c-0007', { kind: 'repair_estimate', file: PDF, name: 'estimate.pdf' });
    expect((await call<Claim>('/claims/c-0007')).body).toMatchObject({ status: 'awaiting_documents', completedDate: null });

    await upload('c-0007', { kind: 'repair_receipt', file: JPEG, name: 'receipt.jpg' });
    const complete = (await call<Claim>('/claims/c-0007')).body;
    expect(complete).toMatchObject({ status: 'in_review', completedDate: '2026-06-15', dueDate: '2026-07-15' });
    expect(complete.adjudication?.missingDocuments).toEqual([]);
    expect(uploadEvents('c-0007')).toEqual([expect.objectContaining({ resource: 'claims', before: expect.objectContaining({ status: 'awaiting_documents' }), after: expect.objectContaining({ status: 'in_review' }) })]);
  });

  it('returns a complete claim to review once the documents its request named arrive', async () => {
    await send('POST', '/claims/c-0004/document-request', { missing: ['damage_photo'], message: '写真が不鮮明です。撮り直してお送りください。' }, { as: USERS.adjuster });
    await upload('c-0004', { kind: 'repair_receipt', file: PDF });
    expect((await call<Claim>('/claims/c-0004')).body.status).toBe('awaiting_documents');
    await upload('c-0004', { kind: 'damage_photo', file: PNG });
    const claim = (await call<Claim>('/claims/c-0004')).body;
    expect(claim.status).toBe('in_review');
    expect(claim.completedDate).toBe(getMockDb().claims.get('c-0004')?.completedDate);
  });
});

describe('uploaded files after a reload', () => {
  let running: Persistence | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    resetMockSettings();
  });

  it('are saved with the database and served identically from the loaded copy', async () => {
    const store = new MemoryMockStore();
    updateMockSettings({ size: 23 });
    running = await startPersistence(store, { delayMs: 1 });
    const claim = getMockDb().claims.values().find((c) => c.status === 'in_review');
    const { status, body } = await upload(claim?.id ?? '?', { kind: 'damage_photo', file: WEBP, name: 'photo.webp' });
    expect(status).toBe(201);
    await running.stop();

    running = await startPersistence(store, { delayMs: 1 }); // the "reload"
    expect(running.started).toBe('loaded');
    expect(getMockDb().documents.get(body.id)).toEqual(body);
    const served = await fetchFile(body.url);
    expect(sameBytes(served.bytes, WEBP)).toBe(true);
    expect(served.headers.get('Content-Type')).toBe('image/webp');
  });
});
