/**
 * Reading a claim's audit events for people (product.md: "Every change is an audit event: who,
 * when, what changed, before and after"): the action's message key, the actor's name, and what
 * changed on the claim (status, lock, due date, decision), from `before` and `after`.
 */
import { z } from 'zod';
import { claimLockSchema, claimStatusSchema, type ClaimStatus } from '../../../domain/records';

/** The message key of an audit action (`decision.approve` → `app.review.audit_action.decision_approve`). */
export function auditActionKey(action: string): string {
  return `app.review.audit_action.${action.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

const claimSideSchema = z
  .object({
    status: claimStatusSchema.optional().catch(undefined),
    lock: claimLockSchema.nullable().optional().catch(undefined),
    dueDate: z.string().nullable().optional().catch(undefined),
    deadlineExtension: z.object({ until: z.string() }).nullable().optional().catch(undefined),
  })
  .catch({});

/** What one event changed on the claim, as far as the page tells it. */
export interface ClaimChange {
  status?: { from: ClaimStatus | null; to: ClaimStatus | null };
  lock?: { from: string | null; to: string | null };
  dueDate?: { from: string | null; to: string | null };
}

/** The status a record side (`before` / `after`) holds, or null. */
export function statusOf(side: unknown): ClaimStatus | null {
  return claimSideSchema.parse(side ?? {}).status ?? null;
}

/** The changes between an event's `before` and `after` (an empty object when none of interest). */
export function claimChange(before: unknown, after: unknown): ClaimChange {
  const from = claimSideSchema.parse(before ?? {});
  const to = claimSideSchema.parse(after ?? {});
  const change: ClaimChange = {};
  if (from.status !== to.status && (from.status || to.status)) change.status = { from: from.status ?? null, to: to.status ?? null };
  const fromLock = from.lock?.userName ?? null;
  const toLock = to.lock?.userName ?? null;
  if (before !== null && after !== null && fromLock !== toLock) change.lock = { from: fromLock, to: toLock };
  const fromDue = from.deadlineExtension?.until ?? from.dueDate ?? null;
  const toDue = to.deadlineExtension?.until ?? to.dueDate ?? null;
  if (before !== null && after !== null && fromDue !== toDue) change.dueDate = { from: fromDue, to: toDue };
  return change;
}
