/**
 * The amount rules (adjudication.md, "Amount rules" 1–6) and the amount tiers of the decision order
 * (tier 4: BELOW_DEDUCTIBLE, NO_COVERED_COST, AGGREGATE_EXHAUSTED; tier 5: the informative reasons).
 * Each step writes one line (./lines.ts), so the adjuster can follow the arithmetic.
 */
import type { Yen } from '../money';
import { line, type Line } from './lines';
import { inReasonOrder, REASON_CODES, type ParsedAdjudicationInput, type Peril, type Plan, type ReasonCode } from './schemas';
import { DEDUCTIBLE, DEDUCTIBLE_PERILS, PLAN_TERMS, REPAIR_PERILS, THEFT_LOSS_SHARE } from './terms';

/** What a claim is worth before the deductible and the caps, and how that was established. */
export interface CostBasis {
  /** The lines establishing `amount` (e.g. REPAIR_COST; DEVICE_PRICE and THEFT_LOSS_SHARE). */
  lines: Line[];
  /** The sum of `lines`, yen. */
  amount: Yen;
  /** Whether the ¥3,000 deductible applies to `amount`. */
  deductible: boolean;
  /** Informative reasons the basis itself gives (INVESTIGATION_COST_ONLY, THEFT_LOSS_HALF_DEVICE_PRICE). */
  reasons: ReasonCode[];
}

type Claim = ParsedAdjudicationInput['claim'];
type Device = ParsedAdjudicationInput['device'];

/** The signed line amount that takes `from` to `to` (written `to − from` so that no −0 appears). */
function change(from: Yen, to: Yen): Yen {
  return to - from;
}

/**
 * Rules 1–2 (damage, water, failure). Repairable: the repair cost, deductible applied (page: ※2,
 * 自己負担額 破損・汚損、水濡れ、故障のみ). Not repairable: the investigation cost, no deductible
 * (page: ※1 調査費用…自己負担額の適用はありません). `null` when that cost is absent (AMOUNT_MISSING).
 */
export function repairOrInvestigationBasis(claim: Claim, peril: Peril): CostBasis | null {
  if (!claim.repairable) {
    if (claim.investigationCost === undefined) return null;
    const cost = claim.investigationCost;
    return { lines: [line('INVESTIGATION_COST', cost)], amount: cost, deductible: false, reasons: ['INVESTIGATION_COST_ONLY'] };
  }
  if (claim.repairCost === undefined) return null;
  const cost = claim.repairCost;
  return { lines: [line('REPAIR_COST', cost)], amount: cost, deductible: DEDUCTIBLE_PERILS.includes(peril), reasons: [] };
}

/**
 * Rule 3 (data recovery): the data recovery cost, carried in `repairCost`; no deductible, since the
 * deductible applies to damage, water and failure only (page: プラン table). `repairable` plays no part.
 * `null` when the cost is absent (AMOUNT_MISSING).
 */
export function dataRecoveryBasis(claim: Claim): CostBasis | null {
  if (claim.repairCost === undefined) return null;
  const cost = claim.repairCost;
  return { lines: [line('DATA_RECOVERY_COST', cost)], amount: cost, deductible: DEDUCTIBLE_PERILS.includes('data_recovery'), reasons: [] };
}

/** The device price for theft or loss: the lower of purchase price and replacement cost (page: ※3). */
export function devicePrice(device: Device): Yen {
  return Math.min(device.purchasePrice, device.replacementCost ?? device.purchasePrice);
}

/**
 * Rule 4 (theft or loss): 50% of the device price (page: ※2 盗難・紛失の場合は、端末価格の50%), no
 * deductible. decision (spec): rounded down to whole yen; a missing replacement cost means the
 * purchase price. Never `null`: the purchase price is always known.
 */
export function theftLossBasis(device: Device): CostBasis {
  const price = devicePrice(device);
  const share = Math.floor((price * THEFT_LOSS_SHARE.numerator) / THEFT_LOSS_SHARE.denominator);
  return {
    lines: [line('DEVICE_PRICE', price), line('THEFT_LOSS_SHARE', change(price, share))],
    amount: share,
    deductible: DEDUCTIBLE_PERILS.includes('theft_loss'),
    reasons: ['THEFT_LOSS_HALF_DEVICE_PRICE'],
  };
}

/**
 * The cost basis of a claim (rules 1–4), or `null` when the cost its rule needs is absent
 * (AMOUNT_MISSING). Perils in REPAIR_PERILS follow rules 1–2.
 */
export function costBasis(input: ParsedAdjudicationInput): CostBasis | null {
  const { claim, device } = input;
  if (REPAIR_PERILS.includes(claim.peril)) return repairOrInvestigationBasis(claim, claim.peril);
  if (claim.peril === 'data_recovery') return dataRecoveryBasis(claim);
  if (claim.peril === 'theft_loss') return theftLossBasis(device);
  throw new Error(`No amount rule for peril ${claim.peril} (terms.ts REPAIR_PERILS is out of step)`);
}

/**
 * Whether the cost the claim's amount rule needs is there: exactly `costBasis(input) !== null`
 * (AMOUNT_MISSING when false), without building the basis. Rules 1–2 need the repair cost, or the
 * investigation cost when not repairable; rule 3 the data recovery cost (`repairCost`); rule 4
 * nothing but the purchase price, which validated input always has.
 */
export function hasCostBasis({ claim }: ParsedAdjudicationInput): boolean {
  if (REPAIR_PERILS.includes(claim.peril)) return (claim.repairable ? claim.repairCost : claim.investigationCost) !== undefined;
  if (claim.peril === 'data_recovery') return claim.repairCost !== undefined;
  // theft_loss; an unknown peril is left to `costBasis`, which throws.
  return true;
}

/** Position of each reason code in REASON_CODES. */
const REASON_RANK: ReadonlyMap<ReasonCode, number> = new Map(REASON_CODES.map((code, rank) => [code, rank]));

/**
 * `reasons` itself when it already is in REASON_CODES order without duplicates (the usual case:
 * `settle` pushes in that order), else `inReasonOrder(reasons)`; same result, without the filter.
 */
function inOrder(reasons: ReasonCode[]): ReasonCode[] {
  let previous = -1;
  for (const reason of reasons) {
    const rank = REASON_RANK.get(reason);
    if (rank === undefined || rank <= previous) return inReasonOrder(reasons);
    previous = rank;
  }
  return reasons;
}

/** What is left of the aggregate limit in the period (rule 6): `limit − paidInPeriod`, never below 0. */
export function aggregateLeft(plan: Plan, paidInPeriod: Yen): Yen {
  return Math.max(0, PLAN_TERMS[plan].aggregateLimit - paidInPeriod);
}

/** The outcome of the amount rules: the lines (ending with PAYOUT), the amount and the tier 4/5 reasons. */
export interface Settlement {
  /** The arithmetic, ending with a PAYOUT line whose amount is `amount`. */
  lines: Line[];
  /** What the claim pays, yen; 0 exactly when `denials` is not empty. */
  amount: Yen;
  /** Tier 4 reasons (deny), in REASON_CODES order. */
  denials: ReasonCode[];
  /** Tier 5 informative reasons (approve), in REASON_CODES order. */
  notes: ReasonCode[];
}

/**
 * Applies the deductible (rule 1: `cost − 3,000`, never below zero), the per-incident limit (rule 5,
 * page: 保険金額を上限に) and what is left of the aggregate limit (rule 6, page: 保険期間通算) to
 * `basis`. Tier 4: BELOW_DEDUCTIBLE when the deductible applies and the cost is ≤ 3,000;
 * NO_COVERED_COST when the cost is 0 and no deductible applies; AGGREGATE_EXHAUSTED when nothing is
 * left in the period. Each step writes its line only when it changes the amount (the deductible line
 * is written whenever the deductible applies).
 */
export function settle(basis: CostBasis, plan: Plan, paidInPeriod: Yen): Settlement {
  const lines = basis.lines.slice();
  const denials: ReasonCode[] = [];
  const notes: ReasonCode[] = [];
  let amount = basis.amount;

  if (basis.deductible) {
    const after = amount - Math.min(DEDUCTIBLE, amount);
    lines.push(line('DEDUCTIBLE', change(amount, after)));
    amount = after;
    if (basis.amount <= DEDUCTIBLE) denials.push('BELOW_DEDUCTIBLE');
  } else if (amount === 0) {
    denials.push('NO_COVERED_COST');
  }

  const { perIncidentLimit } = PLAN_TERMS[plan];
  if (amount > perIncidentLimit) {
    lines.push(line('PER_INCIDENT_CAP', change(amount, perIncidentLimit)));
    amount = perIncidentLimit;
    notes.push('CAPPED_PER_INCIDENT');
  }

  const left = aggregateLeft(plan, paidInPeriod);
  if (left === 0) denials.push('AGGREGATE_EXHAUSTED');
  if (amount > left) {
    lines.push(line('AGGREGATE_CAP', change(amount, left)));
    amount = left;
    notes.push('CAPPED_BY_AGGREGATE');
  }

  lines.push(line('PAYOUT', amount));
  // The basis's own reasons (INVESTIGATION_COST_ONLY, THEFT_LOSS_HALF_DEVICE_PRICE) come after the caps in REASON_CODES.
  for (const reason of basis.reasons) notes.push(reason);
  return { lines, amount, denials: inOrder(denials), notes: inOrder(notes) };
}
