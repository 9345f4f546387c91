/**
 * `reviewFlags(context)`: the review flags of one claim (shared/spec/product.md, "Fraud and review
 * flags"), computed from the claim, its policy, its documents and the policy's other claims. Pure:
 * the UI and the mock backend compute the same flags from the same records. A flag asks for a closer
 * look; it never decides anything, and nothing here reads or changes the adjudication.
 */
import { isValidImei, normalizeImei } from '../adjudication';
import { daysBetween } from '../dates';
import { findDeviceModel } from '../devices';
import { maskImei } from '../personalData';
import { policyPeriodOn, isInPeriod } from '../policyPeriod';
import type { Claim, ClaimDocument, Policy } from '../records';
import { FLAG_CODES, type FlagCode, type ReviewFlag } from './codes';
import { EARLY_CLAIM_DAYS, FLAGGED_NETWORK_RESTRICTIONS, PRICE_ABOVE_USUAL_RATIO } from './thresholds';

/** What the flags of one claim are computed from (the records as stored; a subset of their fields). */
export interface FlagContext {
  claim: Pick<Claim, 'id' | 'peril' | 'incidentDate' | 'receivedDate' | 'repairable' | 'repairCost' | 'investigationCost' | 'estimateImei'>;
  policy: Pick<Policy, 'inceptionDate' | 'device'>;
  /** The claim's documents (documents of other claims are ignored). */
  documents: readonly Pick<ClaimDocument, 'claimId' | 'kind' | 'figures'>[];
  /** The policy's claims; the claim itself may be among them. */
  policyClaims: readonly Pick<Claim, 'id' | 'incidentDate' | 'receivedDate'>[];
}

/** A rule: the flag it raises for `context`, or null. */
type FlagRule = (context: FlagContext) => ReviewFlag | null;

const flag = (code: FlagCode, detail?: string): ReviewFlag => (detail === undefined ? { code } : { code, detail });

/** EARLY_CLAIM: incident date ≤ inception + 30 days (an incident before inception is flagged too). */
const earlyClaim: FlagRule = ({ claim, policy }) => {
  const days = daysBetween(policy.inceptionDate, claim.incidentDate);
  return days <= EARLY_CLAIM_DAYS ? flag('EARLY_CLAIM', `${days} days after inception ${policy.inceptionDate}`) : null;
};

/** NETWORK_RESTRICTED: the device's restriction check is △ or ×; detail `instalments` or `blocked`. */
const networkRestricted: FlagRule = ({ policy }) => {
  const result = policy.device.networkRestriction;
  return result !== null && FLAGGED_NETWORK_RESTRICTIONS.includes(result) ? flag('NETWORK_RESTRICTED', result) : null;
};

/**
 * SECOND_CLAIM_IN_PERIOD: another claim of the policy, whatever its status, has its incident in the
 * same policy period and was received earlier (same day: the lower id came first). Detail: those claims' ids.
 */
const secondClaimInPeriod: FlagRule = ({ claim, policy, policyClaims }) => {
  const before = policyClaims.filter(
    (other) => other.id !== claim.id && (other.receivedDate < claim.receivedDate || (other.receivedDate === claim.receivedDate && other.id < claim.id)),
  );
  if (before.length === 0) return null;
  const period = policyPeriodOn(policy.inceptionDate, claim.incidentDate);
  const earlier = before
    .filter((other) => isInPeriod(other.incidentDate, period))
    .map((other) => other.id)
    .sort();
  return earlier.length > 0 ? flag('SECOND_CLAIM_IN_PERIOD', earlier.join(', ')) : null;
};

/** The IMEIs read off the claim's repair estimate: the claim's `estimateImei` and the estimates' figures, normalised. */
function estimateImeis({ claim, documents }: FlagContext): string[] {
  const read = documents.filter((d) => d.claimId === claim.id && d.kind === 'repair_estimate').map((d) => d.figures.imei);
  const imeis = [claim.estimateImei, ...read].filter((imei): imei is string => imei !== undefined && imei !== '');
  return [...new Set(imeis.map(normalizeImei))];
}

/** IMEI_MISMATCH: an estimate IMEI differs from the policy's. Detail: the masked IMEIs. */
const imeiMismatch: FlagRule = (context) => {
  const policyImei = normalizeImei(context.policy.device.imei);
  const other = estimateImeis(context).filter((imei) => imei !== policyImei);
  return other.length > 0 ? flag('IMEI_MISMATCH', `estimate ${other.map(maskImei).join(', ')}, policy ${maskImei(policyImei)}`) : null;
};

/** IMEI_INVALID: the policy's IMEI or an estimate's fails the 15-digit Luhn check. Detail: which. */
const imeiInvalid: FlagRule = (context) => {
  const which: string[] = [];
  if (!isValidImei(normalizeImei(context.policy.device.imei))) which.push('policy');
  if (estimateImeis(context).some((imei) => !isValidImei(imei))) which.push('estimate');
  return which.length > 0 ? flag('IMEI_INVALID', which.join(', ')) : null;
};

/** NO_POLICE_REPORT: theft/loss, and no document of the claim carries a police report number. */
const noPoliceReport: FlagRule = ({ claim, documents }) => {
  if (claim.peril !== 'theft_loss') return null;
  const reported = documents.some((d) => d.claimId === claim.id && (d.figures.policeReportNumber ?? '').trim() !== '');
  return reported ? null : flag('NO_POLICE_REPORT');
};

/**
 * RECEIPT_AMOUNT_MISMATCH: a repair receipt's amount differs from the claimed cost (the repair cost,
 * or the investigation cost when not repairable). Nothing is flagged while either figure is missing.
 */
const receiptAmountMismatch: FlagRule = ({ claim, documents }) => {
  const claimed = claim.repairable ? claim.repairCost : claim.investigationCost;
  if (claimed === undefined) return null;
  const amounts = documents
    .filter((d) => d.claimId === claim.id && d.kind === 'repair_receipt' && d.figures.amount !== undefined && d.figures.amount !== claimed)
    .map((d) => d.figures.amount);
  return amounts.length > 0 ? flag('RECEIPT_AMOUNT_MISMATCH', `receipt ${amounts.join(', ')}, claimed ${claimed}`) : null;
};

/** PRICE_ABOVE_USUAL: purchase price > 1.5 × the top of the model's usual price; models not in the catalog are not flagged. */
const priceAboveUsual: FlagRule = ({ policy }) => {
  const known = findDeviceModel(policy.device.model);
  if (!known || policy.device.purchasePrice <= known.usualPrice.max * PRICE_ABOVE_USUAL_RATIO) return null;
  return flag('PRICE_ABOVE_USUAL', `purchase ${policy.device.purchasePrice}, usual up to ${known.usualPrice.max}`);
};

/** Every rule, by the code it raises. */
const RULES: Readonly<Record<FlagCode, FlagRule>> = {
  EARLY_CLAIM: earlyClaim,
  NETWORK_RESTRICTED: networkRestricted,
  SECOND_CLAIM_IN_PERIOD: secondClaimInPeriod,
  IMEI_MISMATCH: imeiMismatch,
  IMEI_INVALID: imeiInvalid,
  NO_POLICE_REPORT: noPoliceReport,
  RECEIPT_AMOUNT_MISMATCH: receiptAmountMismatch,
  PRICE_ABOVE_USUAL: priceAboveUsual,
};

/**
 * The review flags of `context.claim`, in {@link FLAG_CODES} order, at most one per code.
 * Throws RangeError when a date of the records is not a calendar date.
 */
export function reviewFlags(context: FlagContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  for (const code of FLAG_CODES) {
    const raised = RULES[code](context);
    if (raised) flags.push(raised);
  }
  return flags;
}

/** The codes of `flags` (what a claim's `flags: string[]` holds). */
export function flagCodes(flags: readonly ReviewFlag[]): FlagCode[] {
  return flags.map((f) => f.code);
}
