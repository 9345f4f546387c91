/**
 * One authenticated, authorised API route: every `/api` handler except sign-in, the OpenAPI
 * document and the mock controls is built with {@link route}, which
 *
 * 1. authenticates (`Authorization: Bearer <token>`, or `?token=` where allowed) → 401 `{ message, code }`;
 * 2. checks the route's permission (src/domain/permissions.ts) → 403 `{ message, code: 'FORBIDDEN' }`;
 * 3. runs the handler inside {@link respond}: HttpError → its status, ZodError → 400, a bug → 500.
 */
import { http, type HttpHandler } from 'msw';
import { can, type Action } from '../../src/domain/permissions';
import type { User } from '../../src/domain/records';
import { requireUser } from '../auth';
import { getMockDb, type MockDb } from '../db';
import { forbidden, respond } from './errors';

/** What a route's handler gets: the request, its URL and path parameters, the user, the database. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Readonly<Record<string, string>>;
  user: User;
  db: MockDb;
}

/** How a route is guarded. */
export interface RouteOptions {
  /** The permission the route needs (checked before anything is read). */
  action: Action;
  /** Also accept the token as `?token=` (document images loaded by <img>). */
  tokenInQuery?: boolean;
}

/** The HTTP methods routes use. */
export type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** A 403 HttpError unless `user`'s role may take `action`. */
export function requireAction(user: User, action: Action): void {
  if (!can(user.role, action)) throw forbidden(`A ${user.role} may not do ${action}`, 'FORBIDDEN', { action });
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[name] = value;
    else if (value !== undefined) out[name] = value.join('/');
  }
  return out;
}

/** An MSW handler for `method` `path` (under API_PREFIX) guarded as `options` says. */
export function route(method: Method, path: string, options: RouteOptions, run: (context: RouteContext) => Response | Promise<Response>): HttpHandler {
  return http[method](path, ({ request, params }) =>
    respond(async () => {
      const user = await requireUser(request, options.tokenInQuery ?? false);
      requireAction(user, options.action);
      return run({ request, url: new URL(request.url), params: stringParams(params), user, db: getMockDb() });
    }),
  );
}
