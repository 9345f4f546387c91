/**
 * Which decisions the claim page offers a user on a claim: only what the role may do
 * (src/domain/permissions.ts), the authority allows (src/domain/authority.ts), the lifecycle allows
 * (src/domain/lifecycle.ts) and the backend would accept (contracts of issue 4: nothing on a claim
 * another user holds; documents are requested only of a received, in-review or awaiting claim).
 * Only the holder of the lock decides (a supervisor too): nothing is offered on a free claim, so
 * two adjusters never decide the same claim at once (product.md, "Claim lifecycle").
 * Pure.
 */
import type { Adjudication } from '../../../domain/adjudication';
import { approvalRoute, recommendationRefusal, type RecommendationRefusal } from '../../../domain/authority';
import { isDecided } from '../../../domain/lifecycle';
import { can } from '../../../domain/permissions';
import type { Claim, ClaimStatus, Role } from '../../../domain/records';

/** A decision action of the claim page. */
export type DecisionAction = 'approve' | 'recommend' | 'approve_recommendation' | 'deny' | 'refer' | 'request_documents' | 'extend_deadline';

/** The actions in the order the page lists them. */
export const DECISION_ACTIONS: readonly DecisionAction[] = ['approve', 'recommend', 'approve_recommendation', 'refer', 'request_documents', 'deny', 'extend_deadline'];

/** Statuses a document request is accepted in (contracts of issue 4, item 1). */
export const DOCUMENT_REQUEST_STATUSES: readonly ClaimStatus[] = ['received', 'in_review', 'awaiting_documents'];

/** What the page offers: the actions, the one the module's proposal points to, and why a recommendation may not be approved. */
export interface Offers {
  actions: DecisionAction[];
  /** The action matching the module's proposed decision, shown first and filled. */
  suggested: DecisionAction | null;
  /** Set on a recommendation this user may not approve (not a supervisor, or their own). */
  refusal: RecommendationRefusal | null;
}

/** Who asks, about which claim, with the module's adjudication (undefined while it loads). */
export interface OfferInput {
  user: { id: string; role: Role };
  claim: Pick<Claim, 'status' | 'peril' | 'recommendation' | 'dueDate' | 'lock'>;
  adjudication: Pick<Adjudication, 'decision' | 'payout'> | undefined;
}

const NONE: Offers = { actions: [], suggested: null, refusal: null };

/** The decisions offered to `user` on `claim` (see the module comment). */
export function offeredDecisions({ user, claim, adjudication }: OfferInput): Offers {
  const { role } = user;
  if (isDecided(claim.status) || !can(role, 'claims.update')) return NONE;
  if (claim.lock === null || claim.lock.userId !== user.id) return NONE;
  const actions = new Set<DecisionAction>();
  const approvable = adjudication?.decision === 'approve';
  let refusal: RecommendationRefusal | null = null;

  if (claim.status === 'in_review') {
    if (approvable) {
      const route = approvalRoute(role, adjudication.payout, claim.peril);
      if (route === 'approve' && can(role, 'claims.approve')) actions.add('approve');
      if (route === 'recommend' && can(role, 'claims.recommend')) actions.add('recommend');
    }
    if (can(role, 'claims.decide')) actions.add('deny').add('refer');
  }
  if (claim.status === 'pending_approval') {
    // A claim waiting for approval without a recorded recommendation (seeded so) is a supervisor's to decide (mocks/decision.ts).
    refusal = claim.recommendation ? recommendationRefusal(user, claim.recommendation.recommendedBy) : role === 'supervisor' ? null : 'NOT_A_SUPERVISOR';
    if (refusal === null && approvable && can(role, 'claims.approveRecommendation')) actions.add('approve_recommendation');
    // The second person turns a recommendation down: supervisors only (mocks/decision.ts).
    if (can(role, 'claims.approveRecommendation')) actions.add('deny').add('refer');
  }
  if (DOCUMENT_REQUEST_STATUSES.includes(claim.status) && can(role, 'claims.decide')) actions.add('request_documents');
  if (claim.dueDate !== null && can(role, 'claims.extendDeadline')) actions.add('extend_deadline');
  // Referral to the device warranty (動作保証) is for a device that fails, never for a lost or stolen one.
  if (claim.peril === 'theft_loss') actions.delete('refer');

  const wanted: Record<Adjudication['decision'], DecisionAction[]> = {
    approve: ['approve', 'recommend', 'approve_recommendation'],
    deny: ['deny'],
    refer: ['refer'],
    pend: ['request_documents'],
  };
  const suggested = adjudication ? (wanted[adjudication.decision].find((action) => actions.has(action)) ?? null) : null;
  return { actions: DECISION_ACTIONS.filter((action) => actions.has(action)), suggested, refusal };
}
