/**
 * The generated claims' facts, before any decision: which policy had an incident when (over the
 * 18 months before the reference date), the peril, cause, story, costs, shop, the IMEI read off the
 * estimate, and which documents arrive when (some deliberately missing or mismatched, to feed the
 * adjudication's pends and the review flags). Money in integer yen; dates JST.
 */
import type { Peril } from '../../src/domain/adjudication';
import type { IsoDate } from '../../src/domain/dates';
import type { Yen } from '../../src/domain/money';
import type { Claim, Policy } from '../../src/domain/records';
import type { Random } from '../random';
import type { BulkContext } from './bulkPolicies';
import { makeOtherImei } from './imei';
import { LIGHT_PERIL_WEIGHTS, STANDARD_PERIL_WEIGHTS } from './mix';
import { DATA_RECOVERY_SHOPS, PHONE_REPAIR_SHOPS } from './shops';
import { CAUSE_DESCRIPTIONS, DESCRIPTIONS } from './texts';

/** Days before the reference date the oldest generated incident happened (18 months). */
export const OLDEST_INCIDENT_DAYS = 547;

/** A claim's facts and how its paperwork goes (what the documents show, when they arrive). */
export interface ClaimPlan {
  policy: Policy;
  /** The claim without id, number, status or decision yet. */
  facts: Omit<Claim, 'id' | 'claimNumber' | 'status' | 'assigneeId' | 'completedDate' | 'dueDate' | 'flags' | 'adjudication' | 'decision' | 'recommendation' | 'lock' | 'deadlineExtension' | 'documentRequest' | 'version'>;
  /** Required documents that never arrived. */
  missing: ('repair_estimate' | 'repair_receipt' | 'damage_photo' | 'enrollment_photo' | 'police_report')[];
  /** The day the last document arrived (請求完了 if none is missing), ≥ receivedDate, ≤ today. */
  lastDocumentDate: IsoDate;
  /** Amount on the receipt: the claimed cost, or (3%) another figure. */
  receiptAmount?: Yen;
  /** Theft/loss: the police report's number, or undefined when the report shows none (2%). */
  policeReportNumber?: string;
}

/** Sorted inception dates, for "policies that had started by then" in O(log n). */
function startedBy(sorted: readonly Policy[], date: IsoDate): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.inceptionDate ?? '') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `count` incidents on active `policies`: the date over the last 18 months (more of them recently,
 * as the book grows), the policy one that had started by then; 92% on a policy without a claim yet,
 * 8% a further claim of a policy that has one (the source of SECOND_CLAIM_IN_PERIOD and of
 * aggregate-limit situations).
 */
export function assignIncidents(ctx: BulkContext, policies: readonly Policy[], count: number): { policy: Policy; incidentDate: IsoDate }[] {
  const { random } = ctx;
  const sorted = policies.filter((p) => p.status === 'active').sort((a, b) => (a.inceptionDate < b.inceptionDate ? -1 : a.inceptionDate > b.inceptionDate ? 1 : 0));
  const used = new Set<Policy>();
  const usedList: Policy[] = [];
  const incidents: { policy: Policy; incidentDate: IsoDate }[] = [];
  while (incidents.length < count && sorted.length > 0) {
    // Half uniform over the 18 months, half denser towards today: the book of policies grows.
    const back = random.chance(0.5) ? random.next() : 1 - Math.sqrt(random.next());
    const incidentDate = ctx.calendar.shift(ctx.today, -(1 + Math.floor(back * OLDEST_INCIDENT_DAYS)));
    const started = startedBy(sorted, incidentDate);
    if (started === 0) continue;
    let policy: Policy | undefined;
    if (usedList.length > 0 && random.chance(0.08)) {
      for (let tries = 0; tries < 6 && !policy; tries += 1) {
        const candidate = random.pick(usedList);
        if (candidate.inceptionDate < incidentDate) policy = candidate;
      }
    }
    for (let tries = 0; tries < 4 && (!policy || (tries > 0 && used.has(policy))); tries += 1) policy = sorted[random.int(0, started - 1)];
    if (!policy) continue;
    if (!used.has(policy)) {
      used.add(policy);
      usedList.push(policy);
    }
    incidents.push({ policy, incidentDate });
  }
  return incidents;
}

const roundTo10 = (yen: number): Yen => Math.max(0, Math.round(yen / 10) * 10);

/** The repair (or recovery) cost of a `peril` claim on a phone bought for `price` yen. */
function repairCost(random: Random, peril: Peril, price: Yen): Yen {
  if (peril === 'data_recovery') return roundTo10(random.int(16_500, 88_000));
  if (peril === 'damage' && random.chance(0.012)) return roundTo10(random.int(1_100, 2_980));
  const [low, high, floor, ceiling] = peril === 'water' ? [40, 100, 8_800, 140_000] : peril === 'failure' ? [20, 70, 5_500, 90_000] : [25, 85, 4_400, 128_000];
  return roundTo10(Math.min(ceiling, Math.max(floor, (price * random.int(low, high)) / 100)));
}

/** The required documents that never arrive: likelier on a recent claim (still coming) than an old one. */
function missingDocuments(random: Random, required: readonly ClaimPlan['missing'][number][], ageDays: number): ClaimPlan['missing'] {
  const p = ageDays <= 14 ? 0.45 : ageDays <= 45 ? 0.15 : 0.04;
  if (!random.chance(p) || required.length === 0) return [];
  const first = random.pick(required);
  const second = random.chance(0.3) ? random.pick(required) : first;
  return [...new Set([first, second])];
}

/** The facts of a claim on `policy` for an incident on `incidentDate`, and how its paperwork goes. */
export function planClaim(ctx: BulkContext, policy: Policy, incidentDate: IsoDate): ClaimPlan {
  const { random, today, calendar } = ctx;
  const peril = random.weighted(policy.plan === 'light' ? LIGHT_PERIL_WEIGHTS : STANDARD_PERIL_WEIGHTS);
  const cause = peril !== 'failure' ? 'accident' : random.weighted([['accident', 75], ['ageing', 10], ['product_defect', 15]] as const);
  const description = cause === 'accident' ? random.pick(DESCRIPTIONS[peril]) : random.pick(CAUSE_DESCRIPTIONS[cause]);
  const lag = random.weighted([[0, 25], [1, 30], [random.int(2, 4), 30], [random.int(5, 14), 15]] as const);
  const reported = calendar.shift(incidentDate, lag);
  const receivedDate = reported > today ? today : reported;
  const repairPeril = peril !== 'theft_loss';
  const repairable = !repairPeril || peril === 'data_recovery' || !random.chance(0.06);
  const cost = repairPeril && repairable && !random.chance(0.003) ? repairCost(random, peril, policy.device.purchasePrice) : undefined;
  const investigationCost = repairPeril && !repairable ? roundTo10(random.int(3_300, 8_800)) : undefined;
  const shop = !repairPeril ? undefined : random.pick(peril === 'data_recovery' ? DATA_RECOVERY_SHOPS : PHONE_REPAIR_SHOPS).name;
  // The IMEI the shop read: the policy's (97%), another phone's (1.5%), or the policy's with a typo (1.5%, fails its check digit).
  // Either differs from the policy's in its last four digits, so the masked IMEIs (***********1234) visibly differ.
  const imeiRoll = random.next();
  const typo = () => {
    const at = random.int(11, 14);
    const digit = (Number(policy.device.imei[at] ?? '0') + random.int(1, 9)) % 10;
    return `${policy.device.imei.slice(0, at)}${digit}${policy.device.imei.slice(at + 1)}`;
  };
  const estimateImei = !repairPeril ? undefined : imeiRoll < 0.97 ? policy.device.imei : imeiRoll < 0.985 ? makeOtherImei(random, policy.device.imei) : typo();
  const required: ClaimPlan['missing'] = !repairPeril ? ['police_report'] : peril === 'data_recovery' ? ['repair_estimate', 'repair_receipt'] : ['repair_estimate', 'repair_receipt', 'damage_photo'];
  if (!policy.enrollmentPhotoOnFile) required.push('enrollment_photo');
  const ageDays = calendar.between(receivedDate, today);
  const missing = missingDocuments(random, required, ageDays);
  const arrival = random.chance(0.4) ? 0 : random.int(1, 12);
  const arrived = calendar.shift(receivedDate, arrival);
  const lastDocumentDate = arrived > today ? today : arrived;
  const claimed = repairable ? cost : investigationCost;
  const receiptAmount = claimed !== undefined && random.chance(0.03) ? roundTo10((claimed * random.int(75, 95)) / 100) : claimed;
  const policeReportNumber = peril === 'theft_loss' && !random.chance(0.02) ? `${incidentDate.slice(0, 4)}-${random.digits(6)}` : undefined;
  return {
    policy,
    facts: { policyId: policy.id, peril, incidentDate, description, cause, repairable, repairShop: shop, repairCost: cost, investigationCost, estimateImei, receivedDate },
    missing,
    lastDocumentDate,
    receiptAmount,
    policeReportNumber,
  };
}
