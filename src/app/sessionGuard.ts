/**
 * Reading the stored session without zod (issue 6, item 3: zod stays out of the first page, and
 * the session is read synchronously on every request). {@link isSession} accepts exactly what
 * ./sessionSchema.ts's zod `sessionSchema` accepts (its test checks the two against each other on
 * generated values), so a tampered or outdated entry still counts as signed out.
 */
import { isRole } from '../domain/recordCodes';
import type { User } from '../domain/records';

/** A session: the API's bearer token and the signed-in user. */
export interface Session {
  token: string;
  user: User;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFilledString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** True when `value` is a user as records.ts's `userSchema` reads one: non-empty id and name, an e-mail string, a known role. */
export function isUser(value: unknown): value is User {
  return isObject(value) && isFilledString(value.id) && isFilledString(value.name) && typeof value.email === 'string' && isRole(value.role);
}

/**
 * `value` as a {@link Session} (a non-empty token and a {@link isUser} user), keeping only the known
 * fields as zod's `sessionSchema` does, or null when it is not one.
 */
export function toSession(value: unknown): Session | null {
  if (!isObject(value) || !isFilledString(value.token) || !isUser(value.user)) return null;
  const { id, name, email, role } = value.user;
  return { token: value.token, user: { id, name, email, role } };
}
