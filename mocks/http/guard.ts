/**
 * The first handler of the mock API (mocks/handlers.ts): what every `/api` request must be before
 * any route looks at it (mocks/http/limits.ts), and HEAD.
 *
 * - A path whose percent-encoding does not decode (`/api/claims/%E0%A4%A`) → 400 `{ message }`
 *   (route matching decodes path parameters, and would otherwise throw: a 500).
 * - A declared `Content-Length` over the body limit → 413 `{ message }` (the read itself is capped
 *   too, in `readJsonBody`, for bodies without a length).
 * - `HEAD` → the answer `GET` would give (status and headers: `Content-Range`, 401, 404…), without
 *   a body (RFC 9110 §9.3.2).
 * Anything else falls through to the next handler.
 */
import { getResponse, http, type HttpHandler } from 'msw';
import { errorResponse, type HttpError } from './errors';
import { bodyTooLarge, declaredLengthOverLimit, isDecodablePath, malformedPath } from './limits';

/** True for `/api` and anything under it. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

const answer = (error: HttpError): Response => errorResponse(error.status, error.message, error.details);

/** HEAD as GET (through `handlers`), without the body. */
async function headAsGet(request: Request, handlers: HttpHandler[]): Promise<Response> {
  const response = await getResponse(handlers, new Request(request.url, { method: 'GET', headers: request.headers }));
  if (!response) return new Response(null, { status: 404 });
  await response.body?.cancel();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(null, { status: response.status, statusText: response.statusText, headers });
}

/** The guard handler; `handlers` gives the whole handler list (HEAD is answered as its GET). */
export function requestGuard(handlers: () => HttpHandler[]): HttpHandler {
  return http.all(
    ({ request }) => isApiPath(new URL(request.url).pathname),
    async ({ request }) => {
      const { pathname } = new URL(request.url);
      if (!isDecodablePath(pathname)) return answer(malformedPath(pathname));
      const over = declaredLengthOverLimit(request.headers);
      if (over) return answer(bodyTooLarge(over.limit));
      if (request.method === 'HEAD') return headAsGet(request, handlers());
      return undefined;
    },
  );
}
