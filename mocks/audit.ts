/**
 * Audit events (shared/spec/product.md: "Every change is an audit event: who, when, what changed,
 * before and after"). Every API write runs inside {@link audited}: each record the step inserts,
 * replaces or removes in the database becomes one AuditEvent
 * `{ id, at, actorId, action, resource, recordId, before, after }` appended to `db.auditEvents`
 * (ids `ae-000001`…; `at` an ISO instant; `before` null for a creation, `after` null for a removal).
 * Nothing in the API updates or deletes an audit event: `/api/audit-events` is read-only.
 *
 * The step must be synchronous (no await): the database is single-threaded, so every change seen
 * while it runs is its own and no other request's.
 */
import type { AuditEvent, User } from '../src/domain/records';
import type { Change, CollectionName } from './collection';
import type { MockDb } from './db';

/** The API resource name of a collection (`auditEvents` is `audit-events`). */
export const RESOURCE_OF: Readonly<Record<CollectionName, string>> = {
  policies: 'policies',
  claims: 'claims',
  documents: 'documents',
  payments: 'payments',
  surveys: 'surveys',
  users: 'users',
  auditEvents: 'audit-events',
  notes: 'notes',
  files: 'files',
};

const OP_ACTION: Readonly<Record<Change['op'], string>> = { insert: 'create', replace: 'update', remove: 'delete' };

/** What one audit event records, before its id and time are given. */
export interface AuditEntry {
  action: string;
  resource: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

/** Appends audit events for `entries`, by `actor`, at the database clock's now. Returns them. */
export function appendAudit(db: MockDb, actor: Pick<User, 'id'>, entries: readonly AuditEntry[]): AuditEvent[] {
  if (entries.length === 0) return [];
  const at = db.clock.now().toISOString();
  let next = Number(db.auditEvents.nextId('ae', 6).slice(3));
  return entries.map((entry) => {
    const id = `ae-${String(next).padStart(6, '0')}`;
    next += 1;
    return db.auditEvents.insert({ id, at, actorId: actor.id, ...entry, before: entry.before ?? null, after: entry.after ?? null });
  });
}

/**
 * Runs the synchronous write `step` and appends one audit event per record it changed, by `actor`.
 * `action` names them (`decision.approve`, `payments.run`…); without it each is named after its
 * operation: `create`, `update` or `delete`. Changes made before `step` throws are audited too
 * (there are no transactions), then the error propagates.
 */
export function audited<T>(db: MockDb, actor: Pick<User, 'id'>, action: string | undefined, step: () => T): T {
  const changes: Change[] = [];
  const unsubscribe = db.subscribe((change) => {
    // An uploaded file's bytes (mocks/fileStore.ts) are audited through their document, not as themselves.
    if (change.collection !== 'auditEvents' && change.collection !== 'files') changes.push(change);
  });
  try {
    return step();
  } finally {
    unsubscribe();
    appendAudit(
      db,
      actor,
      changes.map((change) => ({
        action: action ?? OP_ACTION[change.op],
        resource: RESOURCE_OF[change.collection],
        recordId: change.id,
        before: change.before ?? null,
        after: change.after ?? null,
      })),
    );
  }
}
