/**
 * Who is looking at the claim page and what that lets them do with this claim: the role (from the
 * authProvider), the user's id, and the visible lock (product.md, "Claim lifecycle": whoever holds
 * the claim works on it; everyone else reads only until it is released or a supervisor takes it over).
 */
import { useGetIdentity, usePermissions } from 'react-admin';
import { isDecided } from '../../../domain/lifecycle';
import { can } from '../../../domain/permissions';
import type { Claim, Role } from '../../../domain/records';

/** The signed-in user's standing on one claim. */
export interface ReviewAccess {
  /** The role, or null while it loads (nothing is offered then). */
  role: Role | null;
  /** The signed-in user's id, or null while it loads. */
  userId: string | null;
  /** The lock is held by the signed-in user. */
  holdsLock: boolean;
  /** The lock is held by someone else: the page is read only. */
  lockedByOther: boolean;
  /**
   * The user may write on this claim now: a role that may work claims, the claim not decided, and
   * the claim free or held by the user (the backend's rule: 409 CLAIM_LOCKED otherwise).
   */
  canWork: boolean;
}

/** The {@link ReviewAccess} of the signed-in user on `claim`. */
export function useReviewAccess(claim: Claim): ReviewAccess {
  const { permissions } = usePermissions<Role | null>();
  const { identity } = useGetIdentity();
  const role = permissions ?? null;
  const userId = identity ? String(identity.id) : null;
  const lock = claim.lock;
  const holdsLock = lock !== null && userId !== null && lock.userId === userId;
  const lockedByOther = lock !== null && !holdsLock;
  const canWork = role !== null && userId !== null && can(role, 'claims.update') && !isDecided(claim.status) && !lockedByOther;
  return { role, userId, holdsLock, lockedByOther, canWork };
}
