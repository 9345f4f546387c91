/**
 * Notes on a claim (append-only; mocks/notes.ts) and the claim's timeline from its audit events,
 * each with the actor's display name (issue 4, item 3).
 */
import { describe, expect, it, vi } from 'vitest';
import { getMockDb } from '../../mocks/db';
import type { AuditEvent, Claim, Note } from '../../src/domain/records';
import { call, decide, listQuery, send, setupMockApi, USERS } from './helpers';

setupMockApi();

type Refusal = { message: string; code?: string; errors?: Record<string, string> };

const addNote = (claimId: string, text: string, as: string = USERS.adjuster) => send<Note & Refusal>('POST', '/notes', { claimId, text }, { as });
/** Runs `write` with the clock (Date only, timers stay real) at `instant` (ms since the epoch). */
async function at<T>(instant: number, write: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(instant);
  try {
    return await write();
  } finally {
    vi.useRealTimers();
  }
}
const notesState = () => JSON.stringify([getMockDb().notes.values(), getMockDb().auditEvents.size]);

describe('notes', () => {
  it('adds a note: 201 with the author’s id and name and the time, audited note.add', async () => {
    const { status, body } = await addNote('c-0004', '  修理店に見積の再発行を依頼済み。  ');
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.stringMatching(/^n-\d+$/),
      claimId: 'c-0004',
      text: '修理店に見積の再発行を依頼済み。',
      authorId: USERS.adjuster,
      authorName: '佐藤 美咲',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect((await call<Note>(`/notes/${body.id}`)).body).toEqual(body);
    const events = getMockDb().auditEvents.filter((e) => e.action === 'note.add');
    expect(events).toEqual([expect.objectContaining({ actorId: USERS.adjuster, resource: 'notes', recordId: body.id, before: null, after: body })]);
  });

  it('lists a claim’s notes, newest first, with Content-Range; a manager reads them', async () => {
    const now = Date.now();
    const first = (await at(now + 60_000, () => addNote('c-0004', '一件目'))).body;
    const second = (await at(now + 120_000, () => addNote('c-0004', '二件目', USERS.supervisor))).body;
    await addNote('c-0006', '別の請求');
    expect(Date.parse(second.createdAt) - Date.parse(first.createdAt)).toBe(60_000);
    const { status, body, headers } = await call<Note[]>(`/notes${listQuery({ filter: { claimId: 'c-0004' }, sort: ['createdAt', 'DESC'], range: [0, 24] })}`, { as: USERS.manager });
    expect(status).toBe(200);
    expect(body.map((n) => n.text)).toEqual(['二件目', '一件目']);
    expect(body.map((n) => n.id)).toEqual([second.id, first.id]);
    expect(body[0]?.authorName).toBe('鈴木 恵子');
    expect(headers.get('Content-Range')).toBe('notes 0-1/2');
  });

  it('is append-only: PUT and DELETE answer 405 for everyone, and nothing changes', async () => {
    const note = (await addNote('c-0004', '消せないメモ')).body;
    const before = notesState();
    for (const as of [USERS.adjuster, USERS.supervisor, USERS.manager]) {
      const put = await send<Refusal>('PUT', `/notes/${note.id}`, { text: '書き換え' }, { as });
      expect(put.status).toBe(405);
      expect(put.body.code).toBe('METHOD_NOT_ALLOWED');
      expect((await call(`/notes/${note.id}`, { method: 'DELETE', as })).status).toBe(405);
    }
    expect(notesState()).toBe(before);
  });

  it.each([
    ['a blank text', { claimId: 'c-0004', text: '   ' }, 'text'],
    ['a text over 2,000 characters', { claimId: 'c-0004', text: 'あ'.repeat(2_001) }, 'text'],
    ['no claim', { text: 'x' }, 'claimId'],
    ['an unknown claim', { claimId: 'c-9999', text: 'x' }, 'claimId'],
    ['an unknown field', { claimId: 'c-0004', text: 'x', authorId: 'ito' }, 'body'],
  ])('answers 400 for %s, and adds nothing', async (_name, body, field) => {
    const before = notesState();
    const answer = await send<Refusal>('POST', '/notes', body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveProperty(field);
    expect(notesState()).toBe(before);
  });

  it('answers 401 without a token, 403 to a manager (who may read), 409 on a decided or locked claim', async () => {
    const before = notesState();
    expect((await send('POST', '/notes', { claimId: 'c-0004', text: 'x' }, { as: null })).status).toBe(401);
    expect((await call('/notes', { as: null })).status).toBe(401);
    const manager = await addNote('c-0004', 'x', USERS.manager);
    expect(manager.status).toBe(403);
    expect(manager.body.code).toBe('FORBIDDEN');
    expect((await addNote('c-0008', 'x')).body.code).toBe('ALREADY_DECIDED');
    await send('POST', '/claims/c-0004/lock', {}, { as: USERS.adjuster2 });
    const mutated = notesState();
    const locked = await addNote('c-0004', 'x');
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('CLAIM_LOCKED');
    expect(notesState()).toBe(mutated);
    expect(JSON.parse(mutated)[0]).toEqual(JSON.parse(before)[0]);
  });
});

describe('the claim’s timeline (audit events)', () => {
  it('lists a claim’s events oldest first, each with the actor’s display name', async () => {
    await send('POST', '/claims/c-0016/lock', {}, { as: USERS.adjuster });
    await send('POST', '/claims/c-0016/document-request', { missing: ['damage_photo'], message: '写真をお送りください。' }, { as: USERS.adjuster });
    await send('PUT', '/claims/c-0016', { status: 'in_review' }, { as: USERS.adjuster });
    await decide<Claim>('c-0016', { decision: 'approve', payout: 5_500 }, { as: USERS.adjuster });
    const { status, body } = await call<AuditEvent[]>(`/audit-events${listQuery({ filter: { recordId: 'c-0016' }, sort: ['at', 'ASC'], range: [0, 99] })}`, { as: USERS.manager });
    expect(status).toBe(200);
    expect(body.map((e) => e.action)).toEqual(['lock.take', 'document.request', 'update', 'decision.approve']);
    expect(body.every((e) => e.actorName === '佐藤 美咲' && e.actorId === USERS.adjuster)).toBe(true);
    expect(body[1]).toMatchObject({ resource: 'claims', before: { status: 'in_review' }, after: { status: 'awaiting_documents' } });
  });

  it('names every actor, on one record and in the whole list', async () => {
    await send('POST', '/claims/c-0004/lock', {}, { as: USERS.supervisor2 });
    const { body } = await call<AuditEvent[]>(`/audit-events${listQuery({ range: [0, 9] })}`);
    expect(body.length).toBeGreaterThan(0);
    for (const event of body) expect(event.actorName).toBe(getMockDb().users.get(event.actorId)?.name);
    const one = (await call<AuditEvent>(`/audit-events/${body[0]?.id}`)).body;
    expect(one.actorName).toBe('伊藤 大輔');
  });
});
