/**
 * The authProvider: signs in against `POST {api}/auth/login` (`{ username, password }` →
 * `{ token, user }`), keeps the session (src/app/session.ts), and gives react-admin the user's
 * identity and role. What a role may do comes from src/domain/permissions.ts, the same table
 * the backend enforces.
 */
import { HttpError, type AuthProvider } from 'react-admin';
import { z } from 'zod';
import { userSchema } from '../domain/records';
import { apiUrl } from './apiUrl';
import { clearSession, readSession, writeSession } from './session';

const loginResponseSchema = z.object({ token: z.string().min(1), user: userSchema });
const loginParamsSchema = z.object({ username: z.string().trim().min(1), password: z.string().min(1) });

/** Builds the authProvider for the API at `baseUrl`. */
export function createAuthProvider(baseUrl: string = apiUrl): AuthProvider {
  return {
    async login(params: unknown) {
      const credentials = loginParamsSchema.safeParse(params);
      if (!credentials.success) throw new Error('ra.auth.sign_in_error');
      const response = await fetch(`${baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(credentials.data),
      });
      if (!response.ok) throw new Error(response.status === 401 ? 'ra.auth.sign_in_error' : `HTTP ${response.status}`);
      const session = loginResponseSchema.parse(await response.json());
      writeSession(session.token, session.user);
    },
    async logout() {
      const session = readSession();
      clearSession();
      if (session) {
        await fetch(`${baseUrl}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } }).catch(() => undefined);
      }
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
