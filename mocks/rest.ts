/**
 * Generic REST handlers in ra-data-simple-rest's dialect for one resource, under `/api` on any origin:
 *
 * - `GET /api/<resource>?sort=["f","ASC"]&range=[0,24]&filter={...}` → 200 `[record…]` with
 *   `Content-Range: <resource> <start>-<end>/<total>` (`<resource> *\/<total>` past the end) and
 *   `Access-Control-Expose-Headers: Content-Range`; getMany is the same with `filter={"id":[…]}`.
 * - `GET /api/<resource>/:id` → 200 record, or 404 `{ message }`.
 * - `POST /api/<resource>` (JSON) → 201 the created record (server-made id).
 * - `PUT /api/<resource>/:id` (JSON, the whole record or some fields) → 200 the updated record.
 * - `DELETE /api/<resource>/:id` → 200 the deleted record.
 * A malformed query or body answers 400 `{ message, errors: { field: message } }`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { getMockDb } from './db';
import { notFound, readJsonBody, respond } from './http/errors';
import { matchesFilter, pageOf, parseListQuery, sortRecords } from './http/listQuery';
import type { JsonObject, Resource } from './resources/resource';

/** The API's path prefix, matched on any origin (the page's own in the browser, any host in Node). */
export const API_PREFIX = '*/api';

function list<T extends { id: string }>(resource: Resource<T>, request: Request): Response {
  const query = parseListQuery(new URL(request.url));
  const db = getMockDb();
  const records = resource.collection(db).all();
  const matching = records
    .map((record) => ({ record, presented: resource.present(db, record) }))
    .filter(({ record, presented }) => matchesFilter(presented, query.filter, () => resource.searchText(db, record)))
    .map(({ presented }) => presented as JsonObject & { id: string });
  const page = pageOf(resource.name, sortRecords(matching, query.sort), query.range);
  return HttpResponse.json(page.items, {
    headers: { 'Content-Range': page.contentRange, 'Access-Control-Expose-Headers': 'Content-Range' },
  });
}

function find<T extends { id: string }>(resource: Resource<T>, id: string): T {
  const record = resource.collection(getMockDb()).get(id);
  if (!record) throw notFound(resource.name, id);
  return record;
}

/** The five CRUD handlers of `resource`. */
export function restHandlers<T extends { id: string }>(resource: Resource<T>): HttpHandler[] {
  const base = `${API_PREFIX}/${resource.name}`;
  return [
    http.get(base, ({ request }) => respond(() => list(resource, request))),
    http.get<{ id: string }>(`${base}/:id`, ({ params }) =>
      respond(() => HttpResponse.json(resource.present(getMockDb(), find(resource, params.id)))),
    ),
    http.post(base, ({ request }) =>
      respond(async () => {
        const body = await readJsonBody(request);
        const db = getMockDb();
        return HttpResponse.json(resource.present(db, resource.create(db, body)), { status: 201 });
      }),
    ),
    http.put<{ id: string }>(`${base}/:id`, ({ request, params }) =>
      respond(async () => {
        const stored = find(resource, params.id);
        const body = (await readJsonBody(request)) as JsonObject;
        const db = getMockDb();
        return HttpResponse.json(resource.present(db, resource.update(db, stored, body)));
      }),
    ),
    http.delete<{ id: string }>(`${base}/:id`, ({ params }) =>
      respond(() => {
        const db = getMockDb();
        const stored = find(resource, params.id);
        const presented = resource.present(db, stored);
        resource.remove(db, stored);
        return HttpResponse.json(presented);
      }),
    ),
  ];
}
