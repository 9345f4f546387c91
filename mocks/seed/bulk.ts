/**
 * The generated bulk of the seed, after the scenarios: policies, their claims over the last 18
 * months and the claims' documents. Every claim is adjudicated by src/domain (mocks/dbData.ts's
 * `adjudicateIn`) in incident order per policy, from the policy's real paid-in-period, so approved
 * and paid claims never exceed a policy period's aggregate limit; the stored review flags come from
 * src/domain/triage once every claim is in. Linear in the size: 100,000 claims take seconds.
 */
import type { Adjudication } from '../../src/domain/adjudication';
import type { Claim, Policy } from '../../src/domain/records';
import { flagCodes } from '../../src/domain/triage';
import { adjudicateIn, reviewFlagsIn } from '../dbData';
import { createRandom } from '../random';
import type { PaymentDates } from './afterPayment';
import { assignIncidents, planClaim } from './bulkClaims';
import { addClaimDocuments, addEnrollmentPhoto } from './bulkDocuments';
import { generatePolicy, type BulkContext } from './bulkPolicies';
import { SeedCalendar } from './calendar';
import { seededFakerJa } from './fakerJa';
import { outcomeOf, type Outcome } from './lifecycle';
import { policiesForSize } from './sizes';
import { nextClaimIds, type SeedState } from './state';

/** A numbered claim before its outcome, and the day its last document arrived. */
interface Draft {
  claim: Claim;
  lastDocumentDate: string;
}

function generatePolicies(state: SeedState, ctx: BulkContext, count: number): Policy[] {
  const first = state.data.policies.length + 1;
  const policies: Policy[] = [];
  for (let i = 0; i < count; i += 1) {
    const policy = generatePolicy(ctx, first + i);
    policies.push(policy);
    state.data.policies.push(policy);
    state.index.addPolicy(policy);
  }
  return policies;
}

/**
 * The enrollment photos on file of the policies with claims, where an adjuster looks at them. A
 * policy without claims says `enrollmentPhotoOnFile` without a document record: at 100,000 claims
 * that spares ~110,000 records nobody opens.
 */
function addEnrollmentPhotos(state: SeedState, ctx: BulkContext, policies: readonly Policy[], claimed: ReadonlySet<string>): void {
  for (const policy of policies) if (policy.enrollmentPhotoOnFile && claimed.has(policy.id)) addEnrollmentPhoto(state, ctx.random, policy);
}

/** Claims numbered in the order they were received, with their documents. */
function draftClaims(state: SeedState, ctx: BulkContext, policies: readonly Policy[], count: number): Draft[] {
  const incidents = assignIncidents(ctx, policies, count);
  addEnrollmentPhotos(state, ctx, policies, new Set(incidents.map(({ policy }) => policy.id)));
  const planned = incidents.map(({ policy, incidentDate }, order) => {
    const plan = planClaim(ctx, policy, incidentDate);
    return { key: `${plan.facts.receivedDate}#${String(order).padStart(6, '0')}`, plan };
  });
  planned.sort((a, b) => (a.key < b.key ? -1 : 1));
  return planned.map(({ plan }) => {
    const { facts } = plan;
    const { id, claimNumber } = nextClaimIds(state, facts.receivedDate);
    // Written out field by field: `{ ...facts, more }` falls off V8's fast path (35 µs a claim).
    const claim: Claim = {
      id,
      claimNumber,
      policyId: facts.policyId,
      peril: facts.peril,
      incidentDate: facts.incidentDate,
      description: facts.description,
      cause: facts.cause,
      repairable: facts.repairable,
      repairShop: facts.repairShop,
      repairCost: facts.repairCost,
      investigationCost: facts.investigationCost,
      estimateImei: facts.estimateImei,
      status: 'received',
      assigneeId: null,
      receivedDate: facts.receivedDate,
      completedDate: null,
      dueDate: null,
      flags: [],
      adjudication: null,
      decision: null,
      recommendation: null,
      lock: null,
      deadlineExtension: null,
      documentRequest: null,
      version: 0,
    };
    addClaimDocuments(state, ctx.random, ctx.calendar, claim, plan);
    return { claim, lastDocumentDate: plan.lastDocumentDate };
  });
}

/** `claim` as `outcome` leaves it, with its `adjudication` (field by field, as in draftClaims). */
function settledClaim(claim: Claim, outcome: Outcome, adjudication: Adjudication): Claim {
  return {
    id: claim.id,
    claimNumber: claim.claimNumber,
    policyId: claim.policyId,
    peril: claim.peril,
    incidentDate: claim.incidentDate,
    description: claim.description,
    cause: claim.cause,
    repairable: claim.repairable,
    repairShop: claim.repairShop,
    repairCost: claim.repairCost,
    investigationCost: claim.investigationCost,
    estimateImei: claim.estimateImei,
    status: outcome.status,
    assigneeId: outcome.assigneeId,
    receivedDate: claim.receivedDate,
    completedDate: outcome.completedDate,
    // The due date in force: an extension moves it (its `until`), as POST /api/claims/:id/deadline-extension does.
    dueDate: outcome.deadlineExtension?.until ?? outcome.dueDate,
    flags: claim.flags,
    adjudication,
    decision: outcome.decision,
    recommendation: outcome.recommendation,
    lock: null,
    deadlineExtension: outcome.deadlineExtension,
    documentRequest: null,
    version: outcome.version,
  };
}

/** Adjudicates and settles each policy's claims in incident order; returns them by id, with their payment dates. */
function settleClaims(state: SeedState, ctx: BulkContext, drafts: readonly Draft[]): { claims: Claim[]; dates: PaymentDates } {
  const byPolicy = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const list = byPolicy.get(draft.claim.policyId);
    if (list) list.push(draft);
    else byPolicy.set(draft.claim.policyId, [draft]);
  }
  const settled = new Map<string, Claim>();
  const dates = new Map<string, { scheduledDate: string; paidDate: string | null }>();
  for (const list of byPolicy.values()) {
    if (list.length > 1) list.sort((a, b) => (a.claim.incidentDate < b.claim.incidentDate ? -1 : a.claim.incidentDate > b.claim.incidentDate ? 1 : a.claim.id < b.claim.id ? -1 : 1));
    for (const { claim, lastDocumentDate } of list) {
      const adjudication = adjudicateIn(state.index, claim);
      const outcome = outcomeOf(ctx.random, ctx.calendar, claim, lastDocumentDate, adjudication);
      const final = settledClaim(claim, outcome, adjudication);
      state.index.addClaim(final);
      settled.set(final.id, final);
      if (outcome.payment) dates.set(final.id, outcome.payment);
    }
  }
  const claims = drafts.map(({ claim }) => settled.get(claim.id) ?? claim);
  return { claims, dates };
}

/**
 * Adds the generated policies, claims and documents to `state` (already holding the scenarios) so
 * that it holds `size` claims and about 4/3 as many policies, drawn from `seed`. Returns the
 * payment dates of the approved and paid claims.
 */
export function seedBulk(state: SeedState, seed: number, size: number): PaymentDates {
  const ctx: BulkContext = { random: createRandom((seed ^ 0x9e3779b9) >>> 0), faker: seededFakerJa(seed), today: state.today, calendar: new SeedCalendar(state.today) };
  const policies = generatePolicies(state, ctx, Math.max(0, policiesForSize(size) - state.data.policies.length));
  const drafts = draftClaims(state, ctx, policies, Math.max(0, size - state.data.claims.length));
  const { claims, dates } = settleClaims(state, ctx, drafts);

  // Set in place on the seed's own fresh objects: a `{ ...claim, flags }` copy would give each
  // record its own hidden class once frozen, and make every filter over them megamorphic (10× slower).
  for (const claim of claims) {
    claim.flags = flagCodes(reviewFlagsIn(state.index, claim));
    state.data.claims.push(claim);
  }
  return dates;
}
