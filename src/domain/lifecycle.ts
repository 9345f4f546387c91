/**
 * The claim lifecycle (shared/spec/product.md, "Claim lifecycle") as a pure transition table:
 *
 * ```
 * received 受付 → awaiting_documents 書類待ち ⇄ in_review 審査中 → pending_approval 承認待ち → approved 支払決定 → paid 支払済
 *                                        in_review → denied 不支払 | referred 動作保証へ案内 | withdrawn 取下げ
 * ```
 *
 * Which way a transition is made (a plain edit, a recorded decision, the payment run, the backend
 * itself when documents arrive) is {@link TRANSITION_CHANNELS}'s; whether a decision may be recorded
 * at all is {@link isDecidable}'s. The mock backend enforces all three; the UI reads them to offer
 * only what is allowed. Pure data and lookups: no I/O.
 */
import type { ClaimStatus } from './records';

/**
 * Every status a claim may move to from each status. Read from product.md's diagram, with three
 * decisions where it is silent:
 * - decision: `received → in_review`: a claim that arrives with every required document goes
 *   straight to review (the diagram's `received → awaiting_documents` is the usual case).
 * - decision: `in_review → approved`: an approval within the adjuster's authority needs no second
 *   person (product.md, "Users and roles": "approve a payout up to the authority limit; above it,
 *   recommend for approval"), so pending_approval is only the path of a recommendation.
 * - decision: `pending_approval → denied | referred | awaiting_documents`: the supervisor who reviews
 *   a recommendation may turn it down (deny, refer to the warranty, or ask for documents) instead
 *   of approving it (four eyes: the second person decides).
 * Decided statuses (approved aside, which the payment run turns into paid) are final.
 */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  received: ['awaiting_documents', 'in_review'],
  awaiting_documents: ['in_review'],
  in_review: ['awaiting_documents', 'pending_approval', 'approved', 'denied', 'referred', 'withdrawn'],
  pending_approval: ['approved', 'denied', 'referred', 'awaiting_documents'],
  approved: ['paid'],
  paid: [],
  denied: [],
  referred: [],
  withdrawn: [],
};

/**
 * True when a claim in `from` may move to `to` (product.md, "Claim lifecycle"). Staying in the same
 * status is not a transition: false.
 */
export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}

/** The statuses reachable from `from` in one step, in the table's order. */
export function nextStatuses(from: ClaimStatus): readonly ClaimStatus[] {
  return CLAIM_TRANSITIONS[from];
}

/**
 * How a transition is made:
 * - `edit`: an adjuster edits the claim (`PUT /api/claims/:id`): triage into review or into the
 *   documents request, back to review, and a customer's withdrawal (取下げ, product.md lists no
 *   other way to record it);
 * - `decision`: recorded through the decision endpoint, recomputed by the adjudication module and
 *   checked against the authority and four eyes (`POST /api/claims/:id/decision`); asking for
 *   documents (`pend`) is a decision too, so in_review → awaiting_documents is both;
 * - `payment`: the payment run only (`POST /api/payments/run`): approved → paid.
 * The backend itself also moves awaiting_documents → in_review when the last document arrives
 * (product.md: "returns to review when they arrive").
 */
export type TransitionChannel = 'edit' | 'decision' | 'payment';

/** The channels of each transition of {@link CLAIM_TRANSITIONS}, keyed `from→to`. */
export const TRANSITION_CHANNELS: Readonly<Record<string, readonly TransitionChannel[]>> = {
  'received→awaiting_documents': ['edit'],
  'received→in_review': ['edit'],
  'awaiting_documents→in_review': ['edit'],
  'in_review→awaiting_documents': ['edit', 'decision'],
  'in_review→withdrawn': ['edit'],
  'in_review→pending_approval': ['decision'],
  'in_review→approved': ['decision'],
  'in_review→denied': ['decision'],
  'in_review→referred': ['decision'],
  'pending_approval→approved': ['decision'],
  'pending_approval→denied': ['decision'],
  'pending_approval→referred': ['decision'],
  'pending_approval→awaiting_documents': ['decision'],
  'approved→paid': ['payment'],
};

/** The channels of the transition `from → to`: none when the lifecycle does not allow it. */
export function transitionChannels(from: ClaimStatus, to: ClaimStatus): readonly TransitionChannel[] {
  if (!canTransition(from, to)) return [];
  return TRANSITION_CHANNELS[`${from}→${to}`] ?? [];
}

/** True when `channel` may move a claim from `from` to `to`. */
export function canTransitionBy(from: ClaimStatus, to: ClaimStatus, channel: TransitionChannel): boolean {
  return transitionChannels(from, to).includes(channel);
}

/**
 * Statuses in which a decision may be recorded: in_review (approve, recommend, deny, refer, or pend
 * to ask for documents) and pending_approval (a supervisor approves or turns down the
 * recommendation). decision: a received claim is triaged first and an awaiting_documents one waits
 * for its documents; neither is decided before it is in review.
 */
export const DECIDABLE_STATUSES: readonly ClaimStatus[] = ['in_review', 'pending_approval'];

/** True when a decision may be recorded on a claim in `status` (see {@link DECIDABLE_STATUSES}). */
export function isDecidable(status: ClaimStatus): boolean {
  return DECIDABLE_STATUSES.includes(status);
}

/**
 * Statuses of a decided or closed claim (everything after the decision): nothing about it changes
 * any more through the API, except the payment run's approved → paid. Their payouts (approved,
 * paid) count against the policy period's aggregate limit, so neither the claim nor its deletion
 * may move them.
 */
export const DECIDED_STATUSES: readonly ClaimStatus[] = ['approved', 'paid', 'denied', 'referred', 'withdrawn'];

/** True when a claim in `status` is decided or closed (see {@link DECIDED_STATUSES}). */
export function isDecided(status: ClaimStatus): boolean {
  return DECIDED_STATUSES.includes(status);
}
