/**
 * Why each review flag of a claim fired, as figures the page can show in either language
 * (shared/spec/product.md, "Fraud and review flags"; the rules: src/domain/triage/flags.ts).
 *
 * The backend computes the flags (`claim.flags`, codes); this reads the same records to tell the
 * adjuster what made each one fire: the days since inception, the earlier claims, the amounts.
 * Personal data arrives masked, so the IMEI flags are explained from the backend's `imeiCheck`
 * (made on the unmasked IMEIs) rather than by comparing masked strings.
 */
import { isValidImei, normalizeImei } from '../../../domain/adjudication';
import { daysBetween, type IsoDate } from '../../../domain/dates';
import { findDeviceModel } from '../../../domain/devices';
import { isInPeriod, policyPeriodOn } from '../../../domain/policyPeriod';
import type { Claim, ClaimDocument, Policy } from '../../../domain/records';
import { EARLY_CLAIM_DAYS, FLAG_CODES, PRICE_ABOVE_USUAL_RATIO, type FlagCode } from '../../../domain/triage';
import type { ImeiCheck } from './reviewedClaim';

/** A value to show inside an explanation, formatted by the page: yen, a JST date, a count, text, or a message key. */
export type FlagValue = { yen: number } | { date: IsoDate } | { count: number } | { text: string } | { key: string };

/**
 * One flag as the page shows it: its code, and `detail`, the variant of the explanation that fits
 * this claim (a key under `app.review.flag.<code>.`), with its values; null when the records at
 * hand do not tell why (the rule is shown alone).
 */
export interface FlagExplanation {
  code: FlagCode | string;
  detail: { variant: string; values: Record<string, FlagValue> } | null;
}

/** The records a claim's flags are explained from (as the page loaded them). */
export interface FlagRecords {
  claim: Pick<Claim, 'id' | 'peril' | 'incidentDate' | 'receivedDate' | 'repairable' | 'repairCost' | 'investigationCost' | 'estimateImei' | 'flags'>;
  policy: Pick<Policy, 'inceptionDate' | 'device'>;
  documents: readonly Pick<ClaimDocument, 'claimId' | 'kind' | 'figures'>[];
  policyClaims: readonly Pick<Claim, 'id' | 'claimNumber' | 'incidentDate' | 'receivedDate'>[];
  imeiCheck?: ImeiCheck | null;
}

type Explain = (records: FlagRecords) => FlagExplanation['detail'];

const explainEarly: Explain = ({ claim, policy }) => ({
  variant: 'detail',
  values: { days: { count: daysBetween(policy.inceptionDate, claim.incidentDate) }, inception: { date: policy.inceptionDate }, limit: { count: EARLY_CLAIM_DAYS } },
});

const explainNetwork: Explain = ({ policy }) => {
  const result = policy.device.networkRestriction;
  return result === null ? null : { variant: 'detail', values: { result: { key: `app.review.network_restriction.${result}` } } };
};

const explainSecondClaim: Explain = ({ claim, policy, policyClaims }) => {
  const period = policyPeriodOn(policy.inceptionDate, claim.incidentDate);
  const earlier = policyClaims
    .filter((other) => other.id !== claim.id && (other.receivedDate < claim.receivedDate || (other.receivedDate === claim.receivedDate && other.id < claim.id)))
    .filter((other) => isInPeriod(other.incidentDate, period))
    .map((other) => other.claimNumber)
    .sort();
  if (earlier.length === 0) return null;
  return { variant: 'detail', values: { claims: { text: earlier.join(', ') }, start: { date: period.start }, end: { date: period.end } } };
};

/** True when `imei` is readable digits (not masked): only then may the page check it itself. */
const unmasked = (imei: string | undefined): imei is string => imei !== undefined && /^[\d\s-]+$/.test(imei);

const explainImeiMismatch: Explain = ({ imeiCheck, claim, policy }) => {
  if (imeiCheck) return imeiCheck.matchesPolicy ? null : { variant: 'detail', values: {} };
  if (unmasked(claim.estimateImei) && unmasked(policy.device.imei)) {
    return normalizeImei(claim.estimateImei) === normalizeImei(policy.device.imei) ? null : { variant: 'detail', values: {} };
  }
  return null;
};

const explainImeiInvalid: Explain = ({ imeiCheck, claim, policy }) => {
  const estimateInvalid = imeiCheck ? !imeiCheck.checkDigitValid : unmasked(claim.estimateImei) ? !isValidImei(normalizeImei(claim.estimateImei)) : null;
  const policyInvalid = unmasked(policy.device.imei) ? !isValidImei(normalizeImei(policy.device.imei)) : null;
  if (estimateInvalid) return { variant: 'estimate', values: {} };
  if (policyInvalid) return { variant: 'policy', values: {} };
  return null;
};

const explainNoPoliceReport: Explain = () => ({ variant: 'detail', values: {} });

const explainReceipt: Explain = ({ claim, documents }) => {
  const claimed = claim.repairable ? claim.repairCost : claim.investigationCost;
  if (claimed === undefined) return null;
  const receipts = documents
    .filter((d) => d.claimId === claim.id && d.kind === 'repair_receipt' && d.figures.amount !== undefined && d.figures.amount !== claimed)
    .map((d) => d.figures.amount ?? 0);
  if (receipts.length === 0) return null;
  return { variant: 'detail', values: { receipt: { yen: receipts[0] ?? 0 }, claimed: { yen: claimed } } };
};

const explainPrice: Explain = ({ policy }) => {
  const known = findDeviceModel(policy.device.model);
  if (!known) return null;
  return {
    variant: 'detail',
    values: { price: { yen: policy.device.purchasePrice }, usual: { yen: known.usualPrice.max }, ratio: { text: String(PRICE_ABOVE_USUAL_RATIO) } },
  };
};

const EXPLAIN: Readonly<Record<FlagCode, Explain>> = {
  EARLY_CLAIM: explainEarly,
  NETWORK_RESTRICTED: explainNetwork,
  SECOND_CLAIM_IN_PERIOD: explainSecondClaim,
  IMEI_MISMATCH: explainImeiMismatch,
  IMEI_INVALID: explainImeiInvalid,
  NO_POLICE_REPORT: explainNoPoliceReport,
  RECEIPT_AMOUNT_MISMATCH: explainReceipt,
  PRICE_ABOVE_USUAL: explainPrice,
};

const isFlagCode = (code: string): code is FlagCode => (FLAG_CODES as readonly string[]).includes(code);

/**
 * The explanation of each of `records.claim.flags`, in the claim's order. A code the page does not
 * know is kept with no detail (shown by its code); a record that cannot be read (an invalid date)
 * leaves that flag without detail rather than failing the page.
 */
export function explainFlags(records: FlagRecords): FlagExplanation[] {
  return records.claim.flags.map((code) => {
    if (!isFlagCode(code)) return { code, detail: null };
    try {
      return { code, detail: EXPLAIN[code](records) };
    } catch {
      return { code, detail: null };
    }
  });
}
