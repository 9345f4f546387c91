/**
 * Who may approve a payout (shared/spec/product.md, "Users and roles"): an adjuster approves up to
 * the authority limit; above it, and for every theft/loss, the adjuster recommends and a supervisor
 * approves — never their own recommendation (four eyes). Managers read only.
 */
import type { Peril } from './adjudication/schemas';
import type { Yen } from './money';
import type { Role } from './records';

/** decision: the adjuster's authority limit, yen (product.md: a setting, default ¥30,000). */
export const DEFAULT_AUTHORITY_LIMIT: Yen = 30_000;

/** decision: theft/loss payouts always need a supervisor's approval (the riskiest peril for fraud). */
export const PERILS_NEEDING_SUPERVISOR: readonly Peril[] = ['theft_loss'];

/** What a user may do with a payout the module approves. */
export type ApprovalRoute = 'approve' | 'recommend' | 'forbidden';

/**
 * The route a payout of `payout` yen on `peril` takes for a user of `role`:
 * - `approve`: within the adjuster's authority (and not theft/loss): anyone but a manager approves it;
 * - `recommend`: above the authority or theft/loss: an adjuster or supervisor recommends it and
 *   another supervisor approves it;
 * - `forbidden`: managers decide nothing.
 */
export function approvalRoute(
  role: Role,
  payout: Yen,
  peril: Peril,
  authorityLimit: Yen = DEFAULT_AUTHORITY_LIMIT,
): ApprovalRoute {
  if (role === 'manager') return 'forbidden';
  if (payout > authorityLimit || PERILS_NEEDING_SUPERVISOR.includes(peril)) return 'recommend';
  return 'approve';
}

/** Why a recommended payout may not be approved by this user, or null when it may. */
export type RecommendationRefusal = 'NOT_A_SUPERVISOR' | 'OWN_RECOMMENDATION';

/**
 * Whether `approver` may approve a recommendation made by `recommendedBy` (four eyes):
 * only a supervisor, and never the one who recommended it. Returns null when allowed.
 */
export function recommendationRefusal(approver: { id: string; role: Role }, recommendedBy: string): RecommendationRefusal | null {
  if (approver.role !== 'supervisor') return 'NOT_A_SUPERVISOR';
  if (approver.id === recommendedBy) return 'OWN_RECOMMENDATION';
  return null;
}
