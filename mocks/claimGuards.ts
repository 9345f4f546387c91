/**
 * The checks every workflow write to a claim passes (docs/contracts of issue 4: document requests,
 * assignment, uploads, notes): the claim exists (404), is not decided (409 `ALREADY_DECIDED`:
 * approved, paid, denied, referred, withdrawn) and is not locked by another user (409
 * `CLAIM_LOCKED` with the lock, mocks/claimLock.ts). A bulk endpoint lists a refused claim under
 * `skipped` with the same code and message instead of failing the whole request.
 */
import { isDecided } from '../src/domain/lifecycle';
import type { Claim, User } from '../src/domain/records';
import { assertNotLockedByOther } from './claimLock';
import type { MockDb } from './db';
import { HttpError, notFound } from './http/errors';

/** One claim a bulk endpoint left alone, and why (`code` as the single endpoint's 4xx would say). */
export interface Skipped {
  id: string;
  code: string;
  message: string;
}

/** The stored claim `id`, or a 404 HttpError. */
export function findClaim(db: MockDb, id: string | undefined): Claim {
  const claim = id === undefined ? undefined : db.claims.get(id);
  if (!claim) throw notFound('claims', id ?? '');
  return claim;
}

/** A 409 `ALREADY_DECIDED` for a decided claim, then a 409 `CLAIM_LOCKED` when another user holds it. */
export function assertWritable(claim: Claim, user: Pick<User, 'id'>): void {
  if (isDecided(claim.status)) {
    throw new HttpError(409, `Claim ${claim.claimNumber} is already ${claim.status}: it can no longer change`, { code: 'ALREADY_DECIDED', status: claim.status });
  }
  assertNotLockedByOther(claim, user);
}

/** The code and message of `error` as a bulk endpoint's skipped entry for `id`. */
export function skippedFrom(id: string, error: HttpError): Skipped {
  const code = typeof error.details.code === 'string' ? error.details.code : error.status === 404 ? 'NOT_FOUND' : 'REFUSED';
  return { id, code, message: error.message };
}

/**
 * Runs `write` on each claim of `ids` (duplicates once, in order), each after {@link findClaim}:
 * an HttpError it throws skips that claim (NOT_FOUND, ALREADY_DECIDED, CLAIM_LOCKED…), any other
 * error propagates. Returns the ids written and the ones skipped.
 */
export function forEachClaim(db: MockDb, ids: readonly string[], write: (claim: Claim) => void): { done: string[]; skipped: Skipped[] } {
  const done: string[] = [];
  const skipped: Skipped[] = [];
  for (const id of new Set(ids)) {
    try {
      write(findClaim(db, id));
      done.push(id);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      skipped.push(skippedFrom(id, error));
    }
  }
  return { done, skipped };
}
