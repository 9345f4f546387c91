/**
 * Sign-in for the mocked API (shared/spec/product.md, "Users and roles"):
 *
 * - `POST /api/auth/login` `{ username, password }` (username = a mock user id, password
 *   DEMO_PASSWORD) → 200 `{ token, user: { id, name, email, role } }`; wrong credentials → 401
 *   `{ message, code: 'BAD_CREDENTIALS' }`; a malformed body → 400 `{ message, errors }`.
 * - `GET /api/auth/me` → 200 the signed-in user; 401 without a valid token.
 * - `POST /api/auth/logout` → 204; the token is refused afterwards by this process (in memory only:
 *   tokens are stateless, see mocks/http/token.ts, so after a browser reload a logged-out token
 *   verifies again until it expires; the UI forgets it on logout anyway).
 *
 * Every other `/api` route (mocks/http/route.ts) wants `Authorization: Bearer <token>`; document
 * images (`GET /api/files/:id`) also take `?token=<token>` because an <img> cannot send headers.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import type { User } from '../src/domain/records';
import { getMockDb, type MockDb } from './db';
import { HttpError, readJsonBody, respond } from './http/errors';
import { TEXT_LIMITS } from './http/limits';
import { issueToken, verifyToken } from './http/token';
import { parseBody } from './resources/resource';
import { API_PREFIX } from './http/prefix';
import { DEMO_PASSWORD, MOCK_USERS } from './users';

/** The login request body. */
export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, 'Enter a user name').max(TEXT_LIMITS.id, `At most ${TEXT_LIMITS.id} characters`),
  password: z.string().min(1, 'Enter the password').max(TEXT_LIMITS.password, `At most ${TEXT_LIMITS.password} characters`),
});

/** The user with `id`: from the database's users, else the built-in mock users; undefined if none. */
export function findUser(db: MockDb, id: string): User | undefined {
  return db.users.get(id) ?? MOCK_USERS.find((user) => user.id === id);
}

const MAX_REVOKED = 10_000;
const revoked = new Set<string>();

/** Refuses `token` from now on in this process (logout). */
function revoke(token: string): void {
  revoked.add(token);
  if (revoked.size > MAX_REVOKED) {
    const oldest = revoked.values().next();
    if (!oldest.done) revoked.delete(oldest.value);
  }
}

/** The bearer token of `request`: the Authorization header, or (when `allowQuery`) `?token=`. */
export function tokenOf(request: Request, allowQuery = false): string | null {
  const header = request.headers.get('Authorization');
  const match = header === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (match?.[1]) return match[1];
  return allowQuery ? new URL(request.url).searchParams.get('token') : null;
}

/** The user a valid, unrevoked token of `request` belongs to, or null. Never throws. */
export async function authenticate(request: Request, allowQuery = false): Promise<User | null> {
  const token = tokenOf(request, allowQuery);
  if (token === null || revoked.has(token)) return null;
  const claims = await verifyToken(token);
  return claims === null ? null : (findUser(getMockDb(), claims.userId) ?? null);
}

/** The signed-in user of `request`, or a 401 HttpError `{ message, code: 'UNAUTHENTICATED' }`. */
export async function requireUser(request: Request, allowQuery = false): Promise<User> {
  const user = await authenticate(request, allowQuery);
  if (user === null) {
    throw new HttpError(401, 'Sign in first: send Authorization: Bearer <token> from POST /api/auth/login', { code: 'UNAUTHENTICATED' });
  }
  return user;
}

/** A token for the mock user `userId` (for tests, scripts and the mock-controls' "switch user"). */
export function mockTokenFor(userId: string): Promise<string> {
  return issueToken(userId);
}

/** The handlers of `/api/auth/*`. */
export const authHandlers: HttpHandler[] = [
  http.post(`${API_PREFIX}/auth/login`, ({ request }) =>
    respond(async () => {
      const { username, password } = parseBody(loginRequestSchema, await readJsonBody(request), 'login');
      const user = findUser(getMockDb(), username);
      if (!user || password !== DEMO_PASSWORD) throw new HttpError(401, 'Unknown user name or wrong password', { code: 'BAD_CREDENTIALS' });
      return HttpResponse.json({ token: await issueToken(user.id), user });
    }),
  ),
  http.get(`${API_PREFIX}/auth/me`, ({ request }) => respond(async () => HttpResponse.json(await requireUser(request)))),
  http.post(`${API_PREFIX}/auth/logout`, ({ request }) =>
    respond(async () => {
      await requireUser(request);
      const token = tokenOf(request);
      if (token !== null) revoke(token);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
