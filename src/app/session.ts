/**
 * The signed-in session, kept in localStorage so a reload keeps the user signed in:
 * the bearer token the API issued and the user it belongs to. Parsed with zod on the way in,
 * so a tampered or outdated entry counts as signed out rather than crashing the app.
 */
import { z } from 'zod';
import { userSchema, type User } from '../domain/records';

const STORAGE_KEY = 'claims.session';

const sessionSchema = z.object({ token: z.string().min(1), user: userSchema });
/** A session: the API's bearer token and the signed-in user. */
export type Session = z.infer<typeof sessionSchema>;

/** The stored session, or null when signed out (or the entry is unreadable). */
export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Stores the session after a successful login. */
export function writeSession(token: string, user: User): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ token, user } satisfies Session));
}

/** Forgets the session (logout, or a 401 from the API). */
export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/**
 * A file URL an `<img>` can load: `<img>` cannot send the Authorization header, so the session's
 * token rides along as `?token=` (the API accepts either). Unchanged when signed out.
 */
export function authenticatedFileUrl(url: string): string {
  const session = readSession();
  if (!session) return url;
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(session.token)}`;
}
