/**
 * Deterministic seed data: the same (seed number, reference date) always gives the same records.
 * Dates are computed back from the reference date (JST, default today in Japan), so each policy's
 * current period contains its claims. The seed number varies the people and IMEIs; the scenarios
 * (mocks/seed/scenarios.ts) fix the claims, among them the product page's three examples
 * (c-0001 ¥96,000, c-0002 ¥62,780, c-0003 ¥44,080). Every claim's `adjudication` comes from
 * src/domain's `adjudicateClaim`, computed when the claim was made (earlier claims only).
 */
import { completeImei, imeiCheckDigit, type DocumentKind } from '../src/domain/adjudication';
import { addDays, addMonths, todayInJapan, type IsoDate } from '../src/domain/dates';
import type { Claim, ClaimDecision, ClaimDocument, Policy } from '../src/domain/records';
import { buildClaim, buildDocument, buildPolicy, dueDateFor, jstInstant } from './builders';
import { adjudicateIn, arrayReader, type DbData } from './dbData';
import { createRandom, type Random } from './random';
import { makeHolder } from './seed/people';
import { SCENARIOS, type ClaimScenario, type PolicyScenario } from './seed/scenarios';
import { renderDocumentSvg, svgByteLength } from './svg/render';

/** The seed number used when none is given. */
export const DEFAULT_SEED = 1;

/** Who recorded the seeded decisions (and, until there is auth, the API's decisions). */
export const DEMO_ADJUSTER = 'adjuster-demo';

/** Which seed to build. */
export interface SeedOptions {
  /** Any integer; the same number gives the same data. */
  seed: number;
  /** JST date the data is built around (default: today in Japan). */
  referenceDate?: IsoDate;
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

/** A 15-digit IMEI with a valid Luhn check digit, or (when `invalid`) a wrong one. */
export function makeImei(random: Random, invalid = false): string {
  const body = `35${random.digits(12)}`;
  return invalid ? `${body}${(imeiCheckDigit(body) + 1) % 10}` : completeImei(body);
}

interface SeedState {
  data: DbData;
  random: Random;
  today: IsoDate;
  claimCount: number;
  documentCount: number;
}

function addDocument(state: SeedState, policy: Policy, claim: Claim | undefined, kind: DocumentKind, date: IsoDate, figures: ClaimDocument['figures']): void {
  state.documentCount += 1;
  const id = `d-${pad(state.documentCount)}`;
  const owner = claim?.claimNumber ?? policy.policyNumber;
  const time = `${pad(state.random.int(9, 18), 2)}:${pad(state.random.int(0, 59), 2)}`;
  const draft = buildDocument({ id, claimId: claim?.id ?? null, policyId: policy.id, kind, fileName: `${kind.replace(/_/g, '-')}-${owner}.svg`, uploadedAt: jstInstant(date, time), figures });
  const size = svgByteLength(renderDocumentSvg({ document: draft, policy, claim }));
  state.data.documents.push({ ...draft, size });
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
  state.claimCount += 1;
  const receivedDate = addDays(state.today, -scenario.receivedDaysAgo);
  const hasEstimate = scenario.documents.includes('repair_estimate');
  const estimateImei = !hasEstimate ? undefined : scenario.estimateImei === 'other' ? makeImei(state.random) : policy.device.imei;
  const assigned = scenario.decidedDaysAgo !== undefined || scenario.status === 'pending_approval';
  const draft = buildClaim({
    id: `c-${pad(state.claimCount)}`,
    claimNumber: `CLM-${receivedDate.slice(0, 4)}-${pad(state.claimCount)}`,
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
  const adjudication = adjudicateIn(arrayReader(state.data), draft);
  const completedDate = adjudication.missingDocuments.length === 0 ? addDays(state.today, -scenario.completedDaysAgo) : null;
  const claim: Claim = { ...draft, adjudication, completedDate, dueDate: dueDateFor(completedDate) };
  state.data.claims.push({ ...claim, decision: recordedDecision(claim, scenario, state.today) });
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
  if (policy.enrollmentPhotoOnFile) {
    addDocument(state, policy, undefined, 'enrollment_photo', inceptionDate, { date: inceptionDate, imei: policy.device.imei });
  }
  for (const claim of scenario.claims) seedClaim(state, policy, claim);
}

/**
 * The seed for (`seed`, `referenceDate`): policies `p-0001`…, claims `c-0001`…, documents `d-0001`…
 * (policy-level enrollment photos have `claimId` null). Throws when a scenario contradicts the
 * adjudication module (e.g. a paid claim the module would not approve).
 */
export function createSeedData({ seed, referenceDate = todayInJapan() }: SeedOptions): DbData {
  const state: SeedState = { data: { policies: [], claims: [], documents: [], payments: [], surveys: [], users: [], auditEvents: [] }, random: createRandom(seed), today: referenceDate, claimCount: 0, documentCount: 0 };
  SCENARIOS.forEach((scenario, index) => seedPolicy(state, scenario, index));
  return state.data;
}
