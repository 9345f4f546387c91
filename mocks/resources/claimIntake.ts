/**
 * Four eyes on a claim's intake facts (shared/spec/product.md, "Users and roles"; src/domain/authority.ts):
 * the facts that change what the adjudication module pays may not be moved by the adjuster who then
 * approves within their authority. A PUT that changes one of {@link INTAKE_FACTS}:
 *
 * - on a claim in pending_approval: 409 `PENDING_APPROVAL`, whoever asks (the supervisor approves
 *   what was recommended; turn it down with a decision first);
 * - by a supervisor: accepted;
 * - by an adjuster: accepted on a claim received, awaiting documents or in review, except a change of
 *   peril away from theft_loss (whose payouts always need a supervisor): 403 `SUPERVISOR_REQUIRED`.
 * Decided claims refuse every write before this check (409 `ALREADY_DECIDED`, mocks/resources/claims.ts).
 */
import type { Claim, ClaimStatus, User } from '../../src/domain/records';
import { HttpError } from '../http/errors';

/** The claim facts that change what the module pays (adjudication.md, "Amount rules" and "Eligibility"). */
export const INTAKE_FACTS = ['peril', 'policyId', 'incidentDate', 'repairCost', 'investigationCost', 'repairable', 'cause'] as const satisfies readonly (keyof Claim)[];

/** Statuses in which an adjuster may change the intake facts. */
export const ADJUSTER_INTAKE_STATUSES: readonly ClaimStatus[] = ['received', 'awaiting_documents', 'in_review'];

/** The intake facts `next` changes from `stored`. */
export function changedIntakeFacts(stored: Claim, next: Claim): (typeof INTAKE_FACTS)[number][] {
  return INTAKE_FACTS.filter((field) => stored[field] !== next[field]);
}

const each = (fields: readonly string[], message: string) => Object.fromEntries(fields.map((field) => [field, message]));

/** Throws the HttpError of the module comment when `user` may not make `next` of `stored`. */
export function checkIntakeChange(stored: Claim, next: Claim, user: Pick<User, 'role'>): void {
  const changed = changedIntakeFacts(stored, next);
  if (changed.length === 0) return;
  if (stored.status === 'pending_approval') {
    throw new HttpError(409, `Claim ${stored.claimNumber} waits for a supervisor's approval: its ${changed.join(', ')} cannot change (turn the recommendation down first)`, {
      code: 'PENDING_APPROVAL',
      errors: each(changed, 'Frozen while the claim waits for approval'),
    });
  }
  if (user.role === 'supervisor') return;
  if (!ADJUSTER_INTAKE_STATUSES.includes(stored.status)) {
    throw new HttpError(403, `A ${stored.status} claim's ${changed.join(', ')} may be changed by a supervisor only`, {
      code: 'SUPERVISOR_REQUIRED',
      errors: each(changed, 'A supervisor must make this change'),
    });
  }
  if (stored.peril === 'theft_loss' && next.peril !== 'theft_loss') {
    throw new HttpError(403, 'Theft/loss claims always need a supervisor: only a supervisor may change the peril away from theft_loss', {
      code: 'SUPERVISOR_REQUIRED',
      errors: { peril: 'A supervisor must change the peril of a theft/loss claim' },
    });
  }
}
