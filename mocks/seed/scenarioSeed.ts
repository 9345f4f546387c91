/**
 * The hand-written scenarios (./scenarios.ts) as records: policies `p-0001`…`p-0022`, claims
 * `c-0001`…`c-0023` and their documents, always first in the data and identical for a given
 * (seed number, reference date) whatever the size. Every claim's `adjudication` comes from
 * src/domain's `adjudicateClaim`, computed when the claim was made (earlier claims only).
 */
import type { DocumentKind } from '../../src/domain/adjudication';
import { addDays, addMonths, type IsoDate } from '../../src/domain/dates';
import type { Claim, ClaimDecision, ClaimDocument, Policy } from '../../src/domain/records';
import { buildClaim, buildDocument, buildPolicy, dueDateFor, jstInstant } from '../builders';
import { adjudicateIn } from '../dbData';
import { renderDocumentSvg, svgByteLength } from '../svg/render';
import { makeImei, makeOtherImei } from './imei';
import { makeHolder } from './people';
import { SCENARIOS, type ClaimScenario, type PolicyScenario } from './scenarios';
import { DEMO_ADJUSTER } from './staff';
import { nextClaimIds, nextDocumentId, pad, type SeedState } from './state';

function addDocument(state: SeedState, policy: Policy, claim: Claim | undefined, kind: DocumentKind, date: IsoDate, figures: ClaimDocument['figures']): void {
  const id = nextDocumentId(state);
  const owner = claim?.claimNumber ?? policy.policyNumber;
  const time = `${pad(state.random.int(9, 18), 2)}:${pad(state.random.int(0, 59), 2)}`;
  const draft = buildDocument({ id, claimId: claim?.id ?? null, policyId: policy.id, kind, fileName: `${kind.replace(/_/g, '-')}-${owner}.svg`, uploadedAt: jstInstant(date, time), figures });
  const size = svgByteLength(renderDocumentSvg({ document: draft, policy, claim }));
  const document = { ...draft, size };
  state.data.documents.push(document);
  state.index.addDocument(document);
}

function claimDocuments(state: SeedState, policy: Policy, claim: Claim, scenario: ClaimScenario): void {
  const received = claim.receivedDate;
  const completed = addDays(state.today, -scenario.completedDaysAgo);
  const notAfterReceipt = (days: number) => {
    const date = addDays(claim.incidentDate, days);
    return date < received ? date : received;
  };
  const amount = claim.repairable ? claim.repairCost : claim.investigationCost;
  for (const kind of scenario.documents) {
    if (kind === 'damage_photo') addDocument(state, policy, claim, kind, received, { date: claim.incidentDate });
    if (kind === 'enrollment_photo') addDocument(state, policy, claim, kind, received, { date: policy.inceptionDate, imei: policy.device.imei });
    if (kind === 'repair_estimate') addDocument(state, policy, claim, kind, completed, { amount, imei: claim.estimateImei, shop: scenario.shop, date: notAfterReceipt(1) });
    if (kind === 'repair_receipt') addDocument(state, policy, claim, kind, completed, { amount, shop: scenario.shop, date: notAfterReceipt(2) });
    if (kind === 'police_report') {
      const policeReportNumber = `${claim.incidentDate.slice(0, 4)}-${state.random.digits(6)}`;
      addDocument(state, policy, claim, kind, received, { policeReportNumber, date: claim.incidentDate, imei: policy.device.imei });
    }
  }
}

function recordedDecision(claim: Claim, scenario: ClaimScenario, today: IsoDate): ClaimDecision | null {
  const decision = { approved: 'approve', paid: 'approve', denied: 'deny', referred: 'refer' } as const;
  if (claim.status !== 'approved' && claim.status !== 'paid' && claim.status !== 'denied' && claim.status !== 'referred') return null;
  const adjudication = claim.adjudication;
  const kind = decision[claim.status];
  if (kind === 'approve' && adjudication?.decision !== 'approve') {
    throw new Error(`Seed scenario "${scenario.label}" is ${claim.status} but the adjudication says ${adjudication?.decision}`);
  }
  const decidedAt = jstInstant(addDays(today, -(scenario.decidedDaysAgo ?? 0)), '15:30');
  return { decision: kind, payout: kind === 'approve' ? (adjudication?.payout ?? 0) : 0, decidedBy: DEMO_ADJUSTER, decidedAt };
}

function seedClaim(state: SeedState, policy: Policy, scenario: ClaimScenario): void {
  const receivedDate = addDays(state.today, -scenario.receivedDaysAgo);
  const hasEstimate = scenario.documents.includes('repair_estimate');
  const estimateImei = !hasEstimate ? undefined : scenario.estimateImei === 'other' ? makeOtherImei(state.random, policy.device.imei) : policy.device.imei;
  const assigned = scenario.decidedDaysAgo !== undefined || scenario.status === 'pending_approval';
  const draft = buildClaim({
    ...nextClaimIds(state, receivedDate),
    policyId: policy.id,
    peril: scenario.peril,
    incidentDate: addDays(state.today, -scenario.incidentDaysAgo),
    description: scenario.description,
    cause: scenario.cause ?? 'accident',
    repairable: scenario.repairable ?? true,
    repairShop: scenario.shop,
    repairCost: scenario.repairCost,
    investigationCost: scenario.investigationCost,
    estimateImei,
    status: scenario.status,
    assigneeId: assigned ? DEMO_ADJUSTER : null,
    receivedDate,
    completedDate: null,
    dueDate: null,
    flags: scenario.flags ?? [],
  });
  claimDocuments(state, policy, draft, scenario);
  const adjudication = adjudicateIn(state.index, draft);
  const completedDate = adjudication.missingDocuments.length === 0 ? addDays(state.today, -scenario.completedDaysAgo) : null;
  const claim: Claim = { ...draft, adjudication, completedDate, dueDate: dueDateFor(completedDate), decision: null };
  const stored = { ...claim, decision: recordedDecision(claim, scenario, state.today) };
  state.data.claims.push(stored);
  state.index.addClaim(stored);
}

function seedPolicy(state: SeedState, scenario: PolicyScenario, index: number): void {
  const inceptionDate = addMonths(state.today, -scenario.inceptionMonthsAgo);
  const policy = buildPolicy({
    id: `p-${pad(index + 1)}`,
    policyNumber: `BMS-${inceptionDate.slice(0, 4)}-${pad(index + 1, 5)}`,
    holder: makeHolder(state.random),
    plan: scenario.plan,
    status: scenario.status ?? 'active',
    inceptionDate,
    enrollmentPhotoOnFile: scenario.enrollmentPhotoOnFile,
    device: {
      model: scenario.model,
      imei: makeImei(state.random, scenario.imei === 'invalid'),
      carrier: scenario.carrier,
      gitekiCertified: true,
      purchasePrice: scenario.purchasePrice,
      replacementCost: scenario.replacementCost,
      purchaseDate: addMonths(state.today, -scenario.purchaseMonthsAgo),
    },
  });
  state.data.policies.push(policy);
  state.index.addPolicy(policy);
  if (policy.enrollmentPhotoOnFile) {
    addDocument(state, policy, undefined, 'enrollment_photo', inceptionDate, { date: inceptionDate, imei: policy.device.imei });
  }
  for (const claim of scenario.claims) seedClaim(state, policy, claim);
}

/**
 * Adds every scenario policy, claim and document to `state`, in id order. Throws when a scenario
 * contradicts the adjudication module (e.g. a paid claim the module would not approve).
 */
export function seedScenarios(state: SeedState): void {
  SCENARIOS.forEach((scenario, index) => seedPolicy(state, scenario, index));
}
