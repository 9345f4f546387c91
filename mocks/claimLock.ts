/**
 * The visible lock on a claim (shared/spec/product.md, "Claim lifecycle"): an adjuster who works on
 * a claim takes it; everyone else reads only until it is released or a supervisor takes it over.
 * The lock is `claim.lock` `{ userId, userName, lockedAt }` (an ISO instant), or null.
 */
import type { Claim, User } from '../src/domain/records';
import { HttpError } from './http/errors';

/**
 * A 409 HttpError `{ message, code: 'CLAIM_LOCKED', lock }` when another user holds `claim`.
 * A free claim, or one `user` holds, may be written.
 */
export function assertNotLockedByOther(claim: Pick<Claim, 'claimNumber' | 'lock'>, user: Pick<User, 'id'>): void {
  const lock = claim.lock;
  if (lock !== null && lock.userId !== user.id) {
    throw new HttpError(409, `${lock.userName} is working on claim ${claim.claimNumber} (since ${lock.lockedAt}); it is read-only until released or taken over`, {
      code: 'CLAIM_LOCKED',
      lock,
    });
  }
}
