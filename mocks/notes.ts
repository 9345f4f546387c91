/**
 * `notes`: what adjusters write on a claim for each other (issue 4, item 3: the review screen's
 * notes). Append-only, like the audit events: a note is never edited nor deleted.
 *
 * - `GET /api/notes?filter={"claimId":"c-0001"}&sort=["createdAt","DESC"]`, `GET /api/notes/:id`:
 *   ra-data-simple-rest list and record (Content-Range), every role (`notes.read`).
 * - `POST /api/notes` `{ claimId, text (trimmed, 1..2,000 characters) }` (adjuster, supervisor)
 *   → 201 `{ id, claimId, text, authorId, authorName, createdAt }`, audited `note.add`.
 *   400 invalid body or unknown claim (`errors: { claimId }`); 403 managers; 409 a decided claim
 *   (`ALREADY_DECIDED`) or one locked by another user (`CLAIM_LOCKED`).
 * - `PUT`, `DELETE /api/notes/:id` → 405 `{ message, code: 'METHOD_NOT_ALLOWED' }`.
 */
import { HttpResponse } from 'msw';
import { z } from 'zod';
import type { Note } from '../src/domain/records';
import { audited } from './audit';
import { assertWritable } from './claimGuards';
import { badRequest, HttpError, readJsonBody } from './http/errors';
import { TEXT_LIMITS } from './http/limits';
import { API_PREFIX } from './http/prefix';
import { route, type Method } from './http/route';
import { restHandlers } from './rest';
import { parseBody, type JsonObject, type Resource } from './resources/resource';
import { textSearch } from './resources/search';

/** `POST /api/notes` body. */
export const noteRequestSchema = z
  .object({
    claimId: z.string().min(1, 'Required').max(TEXT_LIMITS.id),
    text: z.string().trim().min(1, 'Write the note').max(TEXT_LIMITS.note, `At most ${TEXT_LIMITS.note.toLocaleString('en-US')} characters`),
  })
  .strict();

const noteText = textSearch((note: Note) => [note.text, note.authorName]);

/** The `notes` resource, read side (writes are the routes below). */
export const notesResource: Resource<Note> = {
  name: 'notes',
  actions: { read: 'notes.read' },
  source: (db) => db.notes,
  present: (_db, note): JsonObject => ({ ...note }),
  searcher: (_db, needle) => (note) => noteText(note, needle),
};

function appendOnly(method: Method) {
  return route(method, `${API_PREFIX}/notes/:id`, { action: 'notes.read' }, () => {
    throw new HttpError(405, `Notes are append-only: ${method.toUpperCase()} is not allowed (add another note instead)`, { code: 'METHOD_NOT_ALLOWED' });
  });
}

/** The notes routes: the append-only writes first, then the generic reads. */
export const noteHandlers = [
  route('post', `${API_PREFIX}/notes`, { action: 'notes.create' }, async ({ request, user, db }) => {
    const input = parseBody(noteRequestSchema, await readJsonBody(request), 'note');
    const claim = db.claims.get(input.claimId);
    if (!claim) throw badRequest('Invalid note', { claimId: `Unknown claim ${input.claimId}` });
    assertWritable(claim, user);
    const note: Note = {
      id: db.notes.nextId('n', 6),
      claimId: claim.id,
      text: input.text,
      authorId: user.id,
      authorName: user.name,
      createdAt: db.clock.now().toISOString(),
    };
    const stored = audited(db, user, 'note.add', () => db.notes.insert(note));
    return HttpResponse.json(notesResource.present(db, stored), { status: 201 });
  }),
  appendOnly('put'),
  appendOnly('delete'),
  ...restHandlers(notesResource),
];
