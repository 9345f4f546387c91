/**
 * `GET /api/files/:documentId`: the document's image, an SVG drawn from its record
 * (`Content-Type: image/svg+xml; charset=utf-8`), or 404 `{ message }`.
 *
 * Documents show personal data (phone, IMEI), so the route wants a signed-in user with
 * `documents.read`, like every other route. An <img> cannot send an Authorization header, so the
 * token may also come as a query parameter: the UI shows `${document.url}?token=<token>`
 * (the record's `url` stays `/api/files/<id>`, free of any token). 401 without a valid one.
 */
import { HttpResponse } from 'msw';
import { notFound } from './http/errors';
import { API_PREFIX } from './http/prefix';
import { route } from './http/route';
import { renderDocumentSvg } from './svg/render';

/** The file handler. */
export const fileHandlers = [
  route('get', `${API_PREFIX}/files/:id`, { action: 'documents.read', tokenInQuery: true }, ({ params, db }) => {
    const id = params.id ?? '';
    const document = db.documents.get(id);
    const policy = document && db.policy(document.policyId);
    if (!document || !policy) throw notFound('files', id);
    const claim = document.claimId === null ? undefined : db.claims.get(document.claimId);
    return new HttpResponse(renderDocumentSvg({ document, policy, claim }), {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'private, no-cache' },
    });
  }),
];
