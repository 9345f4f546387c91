/**
 * What each role may do (shared/spec/product.md, "Users and roles"): one table, read by the UI to
 * hide what a role may not do and by the mock backend to refuse it (403). Pure data and a lookup.
 *
 * - adjuster 査定担当: reads everything, works claims day to day (create, edit, lock, extend the
 *   deadline with a reason, request documents, deny, refer, pend), approves within the authority
 *   limit and recommends above it, manages documents, corrects policies, reveals personal data.
 * - supervisor 上席査定者: all an adjuster may, plus approving recommendations (never their own:
 *   see authority.ts), taking over another's lock, creating and deleting policies and claims,
 *   running payments.
 * - manager 管理者: reads only (dashboards, surveys, reports, read-only claims); no personal data
 *   in full, no writes of any kind.
 *
 * How much a user may approve is not a permission but authority.ts's `approvalRoute` (payout and
 * peril): `claims.approve` only says the role may approve at all.
 */
import type { Role } from './records';

/** Every action the back-office knows, `<resource>.<verb>`. */
export const ACTIONS = [
  'claims.read',
  'claims.create',
  'claims.update',
  'claims.delete',
  /** Record deny, refer or pend (request documents). */
  'claims.decide',
  /** Approve a payout within the authority limit (authority.ts decides the limit). */
  'claims.approve',
  /** Recommend a payout for a supervisor's approval. */
  'claims.recommend',
  /** Approve (or turn down) someone else's recommendation: four eyes. */
  'claims.approveRecommendation',
  /** Take and release the visible lock on a claim. */
  'claims.lock',
  /** Take over a lock another user holds. */
  'claims.takeOverLock',
  /** Extend a claim's payment deadline with a recorded reason. */
  'claims.extendDeadline',
  /** Ask the customer for missing documents (one claim, or in bulk): the claim waits in awaiting_documents. */
  'claims.requestDocuments',
  /** Assign claims (bulk): an adjuster to themself or unassigning their own, a supervisor to anyone. */
  'claims.assign',
  'policies.read',
  'policies.create',
  'policies.update',
  'policies.delete',
  'documents.read',
  'documents.create',
  'documents.update',
  'documents.delete',
  /** Upload a document's file (JPEG, PNG, WebP, PDF) on the customer's behalf. */
  'documents.upload',
  /** Read the notes on claims. */
  'notes.read',
  /** Add a note to a claim (notes are append-only: nobody edits or deletes one). */
  'notes.create',
  'payments.read',
  /** Turn approved claims into paid ones (POST /api/payments/run). */
  'payments.run',
  'surveys.read',
  /** Mock only: simulate survey answers arriving (POST /api/surveys/simulate-answers). */
  'surveys.simulate',
  'audit.read',
  'users.read',
  /** Show a phone number, e-mail or IMEI in full (writes an audit event). */
  'personalData.reveal',
  /** Look up the device's network-use restriction (ネットワーク利用制限) with its carrier. */
  'networkRestriction.lookup',
  /** Dashboards and reports. */
  'reports.read',
] as const;

/** One action of {@link ACTIONS}. */
export type Action = (typeof ACTIONS)[number];

const READ: readonly Action[] = [
  'claims.read',
  'policies.read',
  'documents.read',
  'payments.read',
  'surveys.read',
  'audit.read',
  'users.read',
  'notes.read',
];

const ADJUSTER: readonly Action[] = [
  ...READ,
  'claims.create',
  'claims.update',
  'claims.decide',
  'claims.approve',
  'claims.recommend',
  'claims.lock',
  'claims.extendDeadline',
  'claims.requestDocuments',
  'claims.assign',
  'policies.update',
  'documents.create',
  'documents.update',
  'documents.delete',
  'documents.upload',
  'notes.create',
  'surveys.simulate',
  'personalData.reveal',
  'networkRestriction.lookup',
];

/** The actions each role may take. */
export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  adjuster: ADJUSTER,
  supervisor: [
    ...ADJUSTER,
    'claims.delete',
    'claims.approveRecommendation',
    'claims.takeOverLock',
    'policies.create',
    'policies.delete',
    'payments.run',
    'reports.read',
  ],
  manager: [...READ, 'reports.read'],
};

/** True when a user of `role` may take `action`. */
export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** The actions `role` may take, in the order of {@link ACTIONS}. */
export function actionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => can(role, action));
}
