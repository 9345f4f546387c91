/**
 * The sign-in boundary's zod schemas: the login form's parameters, `POST /auth/login`'s answer, the
 * stored session and the mock's demo users. Loaded on demand (a dynamic import when signing in or
 * listing the demo users), so that zod stays out of the first page (issue 6, item 3); the stored
 * session is read on every request with ./sessionGuard.ts, which its test holds to {@link sessionSchema}.
 */
import { z } from 'zod';
import { userSchema } from '../domain/records';

/** A session: the API's bearer token (non-empty) and the signed-in user. Also `POST /auth/login`'s answer. */
export const sessionSchema = z.object({ token: z.string().min(1), user: userSchema });

/** `login()`'s parameters from react-admin's login form: a username (trimmed) and a password, neither empty. */
export const loginParamsSchema = z.object({ username: z.string().trim().min(1), password: z.string().min(1) });

/** The mock's `GET /api/_mock/users` answer: the demo users, all signing in with `password`. */
export const demoUsersSchema = z.object({ password: z.string(), users: z.array(userSchema) });
/** The demo users of the mock (login page). */
export type DemoUsers = z.infer<typeof demoUsersSchema>;
