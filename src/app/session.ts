/**
 * The signed-in session, kept in localStorage so a reload keeps the user signed in:
 * the bearer token the API issued and the user it belongs to. Checked on the way in (./sessionGuard.ts,
 * held to zod's sessionSchema by its test), so a tampered or outdated entry counts as signed out
 * rather than crashing the app.
 */
import type { User } from '../domain/records';
import { resolveApiUrl } from './apiUrl';
import { toSession, type Session } from './sessionGuard';

export type { Session } from './sessionGuard';

const STORAGE_KEY = 'claims.session';

/** The stored session, or null when signed out (or the entry is unreadable). */
export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    return toSession(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Called with the new session (null once signed out) whenever it changes. */
export type SessionListener = (session: Session | null) => void;

const listeners = new Set<SessionListener>();

/**
 * Calls `listener` after every change of the session made through this module (sign-in, sign-out,
 * a 401): e.g. to drop what was cached for the previous user. Returns the function that unsubscribes.
 */
export function onSessionChange(listener: SessionListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function notify(session: Session | null): void {
  for (const listener of [...listeners]) listener(session);
}

/** Stores the session after a successful login. */
export function writeSession(token: string, user: User): void {
  const session: Session = { token, user };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  notify(session);
}

/** Forgets the session (logout, or a 401 from the API); listeners hear of it only when there was one. */
export function clearSession(): void {
  const had = localStorage.getItem(STORAGE_KEY) !== null;
  localStorage.removeItem(STORAGE_KEY);
  if (had) notify(null);
}

/**
 * A file URL an `<img>` can load: resolved against the API (src/app/apiUrl.ts resolveApiUrl: a
 * relative `/api/files/<id>` goes to the API's origin when `VITE_API_URL` is absolute, never to the
 * static server), and since `<img>` cannot send the Authorization header, the session's token rides
 * along as `?token=` (the API accepts either). Without a session: resolved, no token.
 */
export function authenticatedFileUrl(url: string): string {
  const resolved = resolveApiUrl(url);
  const session = readSession();
  if (!session) return resolved;
  return `${resolved}${resolved.includes('?') ? '&' : '?'}token=${encodeURIComponent(session.token)}`;
}
