/**
 * Users' display names as the API answers them beside an id (`actorName` on audit events,
 * `authorName` on notes, `requestedByName` on a document request): the database's users, or the
 * built-in mock users (mocks/users.ts) when it has none.
 */
import type { MockDb } from './db';
import { MOCK_USERS } from './users';

/** The display name of the user `userId` (e.g. `佐藤 美咲`), or `userId` itself for an unknown user. */
export function displayNameOf(db: MockDb, userId: string): string {
  const user = db.users.size > 0 ? db.users.get(userId) : MOCK_USERS.find((u) => u.id === userId);
  return user?.name ?? userId;
}
