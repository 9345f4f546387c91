/**
 * The authProvider: signs in against `POST {api}/auth/login` (`{ username, password }` →
 * `{ token, user }`), keeps the session (src/app/session.ts), and gives react-admin the user's
 * identity and role. What a role may do comes from src/domain/permissions.ts, the same table
 * the backend enforces.
 */
import { HttpError, type AuthProvider } from 'react-admin';
import { apiUrl } from './apiUrl';
import { clearSession, readSession, writeSession } from './session';

/** The sign-in schemas (zod), loaded when the user signs in, not with the first page (issue 6, item 3). */
const loadSchemas = () => import('./sessionSchema');

/** react-query's key of react-admin's identity query (useGetIdentity): dropped whenever the session changes. */
export const IDENTITY_QUERY_KEY = ['auth', 'getIdentity'] as const;

/**
 * Builds the authProvider for the API at `baseUrl`.
 *
 * Signing out when already signed out: react-admin logs out once per failure it sees (the route
 * guard's failed checkAuth, each 401 through checkError), and each logout navigates to the login
 * page and clears the query cache, which makes the still-mounted route guard check again and log
 * out again: a redirect storm between the page and the login page. So a logout without a session,
 * after one has already sent the user to the login page, waits on that one (its promise never
 * settles): react-admin then neither navigates nor clears again. The next sign-in ends that state.
 */
export function createAuthProvider(baseUrl: string = apiUrl): AuthProvider {
  /** True once a logout found no session (or ended one): the user is on the way to the login page. */
  let signedOut = false;
  return {
    async login(params: unknown) {
      const { loginParamsSchema, sessionSchema: loginResponseSchema } = await loadSchemas();
      const credentials = loginParamsSchema.safeParse(params);
      if (!credentials.success) throw new Error('ra.auth.sign_in_error');
      // No answer or a 5xx: a message (key) that says the server, not the password, failed.
      const response = await fetch(`${baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(credentials.data),
      }).catch(() => null);
      if (!response || response.status >= 500) throw new Error('app.load_error.sign_in');
      if (!response.ok) throw new Error(response.status === 401 ? 'ra.auth.sign_in_error' : `HTTP ${response.status}`);
      const session = loginResponseSchema.parse(await response.json());
      signedOut = false;
      writeSession(session.token, session.user);
    },
    logout() {
      const session = readSession();
      clearSession();
      if (!session && signedOut) return new Promise<void>(() => undefined);
      signedOut = true;
      return session ? endSession(baseUrl, session.token) : Promise.resolve();
    },
    async checkAuth() {
      if (!readSession()) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error: unknown) {
      const status = error instanceof HttpError ? error.status : undefined;
      if (status === 401) {
        clearSession();
        throw new Error('ra.notification.logged_out');
      }
    },
    async getIdentity() {
      const session = readSession();
      if (!session) throw new Error('ra.auth.auth_check_error');
      return { id: session.user.id, fullName: session.user.name, role: session.user.role };
    },
    async getPermissions() {
      return readSession()?.user.role ?? null;
    },
  };
}

/** Tells the API the token is no longer used (`POST /auth/logout`); a network failure is ignored. */
async function endSession(baseUrl: string, token: string): Promise<void> {
  await fetch(`${baseUrl}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
}
