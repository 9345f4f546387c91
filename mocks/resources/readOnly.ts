/**
 * The read-only resources: GET list and GET one in ra-data-simple-rest's dialect; POST, PUT and
 * DELETE answer 405 `{ message }` for every role.
 *
 * - `payments`: made by `POST /api/payments/run` only (money never moves through a plain write).
 * - `surveys`: sent by the payment run, answered by customers (simulated:
 *   `POST /api/surveys/simulate-answers`).
 * - `audit-events`: append-only, written by the backend on every write (mocks/audit.ts); nobody
 *   may edit or delete one.
 * - `users`: the database's users, or the built-in mock users (mocks/users.ts) when it has none.
 */
import type { AuditEvent, Payment, Survey, User } from '../../src/domain/records';
import { displayNameOf } from '../userNames';
import { MOCK_USERS } from '../users';
import { maskAuditEvent } from './masking';
import { listSource, type JsonObject, type Resource } from './resource';
import { textSearch } from './search';

const paymentText = textSearch((payment: Payment) => [payment.id, payment.claimId, payment.policyId]);
const surveyText = textSearch((survey: Survey) => [survey.id, survey.claimId, survey.comment ?? undefined]);
const auditText = textSearch((event: AuditEvent) => [event.actorId, event.action, event.resource, event.recordId]);
const userText = textSearch((user: User) => [user.id, user.name, user.email, user.role]);

const plain = <T extends object>(_db: unknown, record: T): JsonObject => ({ ...(record as Record<string, unknown>) });

/** `payments`: `{ id, claimId, policyId, amount (yen), status, idempotencyKey, scheduledDate, paidDate }`. */
export const paymentsResource: Resource<Payment> = {
  name: 'payments',
  actions: { read: 'payments.read' },
  source: (db) => db.payments,
  present: plain,
  searcher: (_db, needle) => (payment) => paymentText(payment, needle),
};

/** `surveys`: `{ id, claimId, policyId, peril, adjusterId, sentDate, answer, comment, answeredDate }`. */
export const surveysResource: Resource<Survey> = {
  name: 'surveys',
  actions: { read: 'surveys.read' },
  source: (db) => db.surveys,
  present: plain,
  searcher: (_db, needle) => (survey) => surveyText(survey, needle),
};

/**
 * `audit-events`: `{ id, at, actorId, action, resource, recordId, before, after }`; personal data
 * inside `before` and `after` (a policy's holder phone and e-mail, IMEIs) is answered masked, and a
 * filter or sort on them compares the masked values (mocks/resources/masking.ts).
 */
export const auditEventsResource: Resource<AuditEvent> = {
  name: 'audit-events',
  actions: { read: 'audit.read' },
  source: (db) => db.auditEvents,
  present: (db, event) => ({ ...maskAuditEvent(event), actorName: displayNameOf(db, event.actorId) }), // actorName: the actor's display name (mocks/userNames.ts)
  derived: ['before', 'after'],
  searcher: (_db, needle) => (event) => auditText(event, needle),
};

/** `users`: `{ id, name, email, role }`. */
export const usersResource: Resource<User> = {
  name: 'users',
  actions: { read: 'users.read' },
  source: (db) => (db.users.size > 0 ? db.users : listSource(MOCK_USERS)),
  present: plain,
  searcher: (_db, needle) => (user) => userText(user, needle),
};
