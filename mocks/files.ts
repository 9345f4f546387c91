/**
 * `GET /api/files/:documentId`: the document's image, an SVG drawn from its record
 * (`Content-Type: image/svg+xml; charset=utf-8`), or 404 `{ message }`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { getMockDb } from './db';
import { notFound, respond } from './http/errors';
import { API_PREFIX } from './rest';
import { renderDocumentSvg } from './svg/render';

/** The file handler. */
export const fileHandlers: HttpHandler[] = [
  http.get<{ id: string }>(`${API_PREFIX}/files/:id`, ({ params }) =>
    respond(() => {
      const db = getMockDb();
      const document = db.documents.get(params.id);
      const policy = document && db.policy(document.policyId);
      if (!document || !policy) throw notFound('files', params.id);
      const claim = document.claimId === null ? undefined : db.claims.get(document.claimId);
      return new HttpResponse(renderDocumentSvg({ document, policy, claim }), {
        headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-cache' },
      });
    }),
  ),
];
