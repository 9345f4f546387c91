/**
 * Generic REST handlers in ra-data-simple-rest's dialect for one resource, under `/api` on any
 * origin. Every route wants a signed-in user (401) whose role may take the operation (403,
 * src/domain/permissions.ts); every write is audited (mocks/audit.ts).
 *
 * - `GET /api/<resource>?sort=["f","ASC"]&range=[0,24]&filter={...}` → 200 `[record…]` with
 *   `Content-Range: <resource> <start>-<end>/<total>` (`<resource> *\/<total>` past the end) and
 *   `Access-Control-Expose-Headers: Content-Range`; getMany is the same with `filter={"id":[…]}`.
 * - `GET /api/<resource>/:id` → 200 record, or 404 `{ message }`.
 * - `POST /api/<resource>` (JSON) → 201 the created record (server-made id).
 * - `PUT /api/<resource>/:id` (JSON, the whole record or some fields) → 200 the updated record.
 *   A versioned resource (claims, policies) requires the body's `version` (400 `{ errors: { version } }`
 *   without it: react-admin's edit form sends it back with the record; updateMany, which sends only
 *   the changed fields, is refused for them) and answers 409 `{ message, code: 'VERSION_CONFLICT',
 *   current }` when it is not the stored one.
 * - `DELETE /api/<resource>/:id` → 200 the deleted record (deleteMany: one DELETE per id).
 * - A read-only resource answers POST, PUT and DELETE with 405 `{ message }`.
 * A malformed query or body answers 400 `{ message, errors: { field: message } }`.
 */
import { HttpResponse, type HttpHandler } from 'msw';
import { audited } from './audit';
import type { MockDb } from './db';
import { HttpError, notFound, readJsonBody } from './http/errors';
import { listPage } from './http/list';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { checkVersion, requireVersion, type JsonObject, type Resource } from './resources/resource';

export { API_PREFIX } from './http/prefix';

function find<T extends { id: string }>(resource: Resource<T>, db: MockDb, id: string | undefined): T {
  const record = id === undefined ? undefined : resource.source(db).get(id);
  if (!record || id === undefined) throw notFound(resource.name, id ?? '');
  return record;
}

function readOnly(name: string, method: string): HttpError {
  return new HttpError(405, `${name} is read-only: ${method} is not allowed`, { code: 'METHOD_NOT_ALLOWED' });
}

/** The list and get-one handlers of `resource`. */
function readHandlers<T extends { id: string }>(resource: Resource<T>): HttpHandler[] {
  const base = `${API_PREFIX}/${resource.name}`;
  const action = resource.actions.read;
  return [
    route('get', base, { action }, ({ url, db }) => {
      const page = listPage(resource, db, url);
      return HttpResponse.json(page.items, { headers: { 'Content-Range': page.contentRange, 'Access-Control-Expose-Headers': 'Content-Range' } });
    }),
    route('get', `${base}/:id`, { action }, ({ params, db }) => HttpResponse.json(resource.present(db, find(resource, db, params.id)))),
  ];
}

/** The write handlers of `resource`: its own, or 405 for a read-only resource. */
function writeHandlers<T extends { id: string }>(resource: Resource<T>): HttpHandler[] {
  const base = `${API_PREFIX}/${resource.name}`;
  const { create, update, remove } = resource;
  const { read } = resource.actions;
  return [
    route('post', base, { action: resource.actions.create ?? read }, async ({ request, db, user }) => {
      if (!create) throw readOnly(resource.name, 'POST');
      const body = await readJsonBody(request);
      const created = audited(db, user, undefined, () => create(db, body, user));
      return HttpResponse.json(resource.present(db, created), { status: 201 });
    }),
    route('put', `${base}/:id`, { action: resource.actions.update ?? read }, async ({ request, params, db, user }) => {
      if (!update) throw readOnly(resource.name, 'PUT');
      const body = (await readJsonBody(request)) as JsonObject;
      const stored = find(resource, db, params.id);
      if (resource.versionOf) {
        requireVersion(resource.name, body);
        checkVersion(resource.versionOf(stored), body.version, () => resource.present(db, stored));
      }
      const updated = audited(db, user, undefined, () => update(db, stored, body, user));
      return HttpResponse.json(resource.present(db, updated));
    }),
    route('delete', `${base}/:id`, { action: resource.actions.delete ?? read }, ({ params, db, user }) => {
      if (!remove) throw readOnly(resource.name, 'DELETE');
      const stored = find(resource, db, params.id);
      const presented = resource.present(db, stored);
      audited(db, user, undefined, () => remove(db, stored, user));
      return HttpResponse.json(presented);
    }),
  ];
}

/** The CRUD handlers of `resource` (405 for the writes of a read-only one). */
export function restHandlers<T extends { id: string }>(resource: Resource<T>): HttpHandler[] {
  return [...readHandlers(resource), ...writeHandlers(resource)];
}
