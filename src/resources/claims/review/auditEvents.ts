/**
 * Reading a claim's audit events for people (product.md: "Every change is an audit event: who,
 * when, what changed, before and after"): the action's message key, the actor's name, and what
 * changed on the claim (status, lock, due date, decision), from `before` and `after`.
 */
import { z } from 'zod';
import { documentKindSchema, type DocumentKind } from '../../../domain/adjudication';
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

/** decision: a note's text on the timeline is cut after this many characters (the notes card shows it whole). */
export const NOTE_EXCERPT_LENGTH = 80;

const documentSideSchema = z.object({ kind: documentKindSchema, fileName: z.string() });
const noteSideSchema = z.object({ text: z.string() });

/** What a document's or a note's event was about: the document added, or the note's opening words. */
export type EventSubject = { document: { kind: DocumentKind; fileName: string } } | { note: string } | null;

/**
 * The subject of an audit event on a claim's document or note (`resource` 'documents' / 'notes'), read
 * from its `after` (a removal: `before`): `{ document: { kind, fileName } }`, `{ note }` with at most
 * {@link NOTE_EXCERPT_LENGTH} characters (an ellipsis when cut), or null for any other event or an
 * unreadable side.
 */
export function eventSubject(resource: string, before: unknown, after: unknown): EventSubject {
  const side = after ?? before;
  if (resource === 'documents') {
    const parsed = documentSideSchema.safeParse(side);
    return parsed.success ? { document: { kind: parsed.data.kind, fileName: parsed.data.fileName } } : null;
  }
  if (resource === 'notes') {
    const parsed = noteSideSchema.safeParse(side);
    if (!parsed.success) return null;
    const characters = Array.from(parsed.data.text);
    return { note: characters.length > NOTE_EXCERPT_LENGTH ? `${characters.slice(0, NOTE_EXCERPT_LENGTH).join('')}…` : parsed.data.text };
  }
  return null;
}
