/**
 * The figures read off a claim's documents (receipt and estimate amount, estimate IMEI, shop, dates,
 * police report number) set beside the claim's own values, each judged match / mismatch / unverified,
 * so the adjuster sees at a glance what disagrees (issue 4, "Claim review"; the same discrepancies
 * the review flags IMEI_MISMATCH, IMEI_INVALID, RECEIPT_AMOUNT_MISMATCH and NO_POLICE_REPORT raise,
 * shared/spec/product.md, "Fraud and review flags"). Pure: the UI renders what this returns.
 *
 * IMEIs come masked from the API (`***********7518`). The estimate IMEI is judged by the claim's
 * `imeiCheck` (the backend's comparison of the full numbers) when present; masked strings are only
 * compared as a fallback, and then only their visible digits count.
 */
import { normalizeImei } from './adjudication';
import { isIsoDate } from './dates';
import { maskImei } from './personalData';
import type { Claim, ClaimDocument } from './records';

/** The figures a document may carry, in display order. */
export const FIGURE_FIELDS = ['amount', 'imei', 'shop', 'date', 'policeReportNumber'] as const;
/** One figure of a document. */
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** The verdict on one figure: agrees, disagrees, or nothing to compare it with. */
export type FigureVerdict = 'match' | 'mismatch' | 'unverified';

/**
 * What a verdict rests on (for the explanation shown beside it):
 * - `claimed_cost`: the amount against the claimed repair cost (investigation cost when not repairable);
 * - `estimate_imei`: the estimate's IMEI against the claim's recorded estimate IMEI;
 * - `imei_check`: the backend's full-number comparison of the estimate IMEI with the policy's;
 * - `imei_check_digit`: the backend found the estimate IMEI's check digit invalid;
 * - `masked_imei`: only the visible (last four) digits of masked IMEIs were compared;
 * - `repair_shop`: the shop against the claim's repair shop (ignoring width and spacing);
 * - `not_before_incident`: a claim document's date should be on or after the incident date;
 * - `not_after_incident`: the enrollment photo should predate (or be on) the incident date;
 * - `report_number_missing`: a theft/loss claim's police report shows no report number;
 * - `no_claim_value`: the claim holds nothing to compare the figure with.
 */
export type FigureBasis =
  | 'claimed_cost'
  | 'estimate_imei'
  | 'imei_check'
  | 'imei_check_digit'
  | 'masked_imei'
  | 'repair_shop'
  | 'not_before_incident'
  | 'not_after_incident'
  | 'report_number_missing'
  | 'no_claim_value';

/** Which of the claim's (or policy's) values a figure was compared with. */
export type ClaimValueSource = 'repairCost' | 'investigationCost' | 'estimateImei' | 'policyImei' | 'repairShop' | 'incidentDate';

/** The backend's check of the claim's estimate IMEI (contracts, item 6): null when there is no estimate IMEI. */
export interface ImeiCheck {
  /** The estimate IMEI equals the policy device's (full numbers, normalised). */
  matchesPolicy: boolean;
  /** The estimate IMEI passes the 15-digit Luhn check. */
  checkDigitValid: boolean;
}

/** One figure of one document beside the claim's value. Amounts in yen, dates JST `YYYY-MM-DD`. */
export interface FigureComparison {
  documentId: string;
  kind: ClaimDocument['kind'];
  field: FigureField;
  /** As read off the document; null when an expected figure is missing. */
  documentValue: number | string | null;
  /** The value compared with, or null when the claim holds none. */
  claimValue: number | string | null;
  claimSource: ClaimValueSource | null;
  verdict: FigureVerdict;
  basis: FigureBasis;
}

/** What the comparison reads: the claim's values, the policy device's IMEI (masked or full), the documents. */
export interface FigureComparisonInput {
  claim: Pick<Claim, 'id' | 'peril' | 'incidentDate' | 'repairable' | 'repairCost' | 'investigationCost' | 'repairShop' | 'estimateImei'> & {
    imeiCheck?: ImeiCheck | null;
  };
  /** The policy device's IMEI, masked or full; undefined while unknown. */
  policyImei?: string;
  /** The claim's documents and the policy's enrollment photo; other claims' documents are ignored. */
  documents: readonly Pick<ClaimDocument, 'id' | 'claimId' | 'kind' | 'figures'>[];
}

type Document = FigureComparisonInput['documents'][number];
type Row = Omit<FigureComparison, 'documentId' | 'kind' | 'field' | 'documentValue'>;

/**
 * True when two IMEIs may be the same: equal digits when both are in full; otherwise equal once both
 * are masked the API's way (same length, same last four digits). Separators are ignored.
 */
export function imeisAgree(a: string, b: string): boolean {
  const left = normalizeImei(a);
  const right = normalizeImei(b);
  if (!left.includes('*') && !right.includes('*')) return left === right;
  return maskImei(left) === maskImei(right);
}

/** A shop name for comparison: Unicode width folded (NFKC), spaces collapsed, case ignored. */
function normalizeShop(shop: string): string {
  return shop.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const unverified: Row = { claimValue: null, claimSource: null, verdict: 'unverified', basis: 'no_claim_value' };
const verdictOf = (agrees: boolean): FigureVerdict => (agrees ? 'match' : 'mismatch');

function compareAmount(claim: FigureComparisonInput['claim'], amount: number): Row {
  const source: ClaimValueSource = claim.repairable ? 'repairCost' : 'investigationCost';
  const claimed = claim.repairable ? claim.repairCost : claim.investigationCost;
  if (claimed === undefined) return unverified;
  return { claimValue: claimed, claimSource: source, verdict: verdictOf(amount === claimed), basis: 'claimed_cost' };
}

function compareEstimateImei(input: FigureComparisonInput, imei: string): Row {
  const { claim, policyImei } = input;
  if (claim.estimateImei && !imeisAgree(imei, claim.estimateImei)) {
    return { claimValue: claim.estimateImei, claimSource: 'estimateImei', verdict: 'mismatch', basis: 'estimate_imei' };
  }
  const check = claim.imeiCheck;
  if (check) {
    const policy = { claimValue: policyImei ?? null, claimSource: policyImei === undefined ? null : ('policyImei' as const) };
    if (!check.checkDigitValid) return { ...policy, verdict: 'mismatch', basis: 'imei_check_digit' };
    return { ...policy, verdict: verdictOf(check.matchesPolicy), basis: 'imei_check' };
  }
  return compareMaskedImei(policyImei, imei);
}

function compareMaskedImei(policyImei: string | undefined, imei: string): Row {
  if (policyImei === undefined) return unverified;
  return { claimValue: policyImei, claimSource: 'policyImei', verdict: verdictOf(imeisAgree(imei, policyImei)), basis: 'masked_imei' };
}

function compareDate(claim: FigureComparisonInput['claim'], kind: Document['kind'], date: string): Row {
  if (!isIsoDate(date) || !isIsoDate(claim.incidentDate)) return unverified;
  const row = { claimValue: claim.incidentDate, claimSource: 'incidentDate' as const };
  if (kind === 'enrollment_photo') return { ...row, verdict: verdictOf(date <= claim.incidentDate), basis: 'not_after_incident' };
  return { ...row, verdict: verdictOf(date >= claim.incidentDate), basis: 'not_before_incident' };
}

function compareField(input: FigureComparisonInput, document: Document, field: FigureField): Row | null {
  const { claim } = input;
  const { figures } = document;
  switch (field) {
    case 'amount':
      return figures.amount === undefined ? null : compareAmount(claim, figures.amount);
    case 'imei':
      if (figures.imei === undefined || figures.imei === '') return null;
      return document.kind === 'repair_estimate' ? compareEstimateImei(input, figures.imei) : compareMaskedImei(input.policyImei, figures.imei);
    case 'shop':
      if (figures.shop === undefined || figures.shop === '') return null;
      if (!claim.repairShop) return unverified;
      return { claimValue: claim.repairShop, claimSource: 'repairShop', verdict: verdictOf(normalizeShop(figures.shop) === normalizeShop(claim.repairShop)), basis: 'repair_shop' };
    case 'date':
      return figures.date === undefined ? null : compareDate(claim, document.kind, figures.date);
    case 'policeReportNumber': {
      const reported = (figures.policeReportNumber ?? '').trim() !== '';
      if (reported) return unverified;
      if (document.kind === 'police_report' && claim.peril === 'theft_loss') {
        return { claimValue: null, claimSource: null, verdict: 'mismatch', basis: 'report_number_missing' };
      }
      return null;
    }
  }
}

/**
 * Every figure of the claim's documents (and of the policy's enrollment photo: `claimId` null) beside
 * the claim's value, in document order then {@link FIGURE_FIELDS} order. A theft/loss claim's police
 * report without a report number yields a `report_number_missing` mismatch with `documentValue` null.
 * Documents of other claims are skipped. Never throws: an unreadable date is `unverified`.
 */
export function compareDocumentFigures(input: FigureComparisonInput): FigureComparison[] {
  const rows: FigureComparison[] = [];
  for (const document of input.documents) {
    if (document.claimId !== null && document.claimId !== input.claim.id) continue;
    for (const field of FIGURE_FIELDS) {
      const row = compareField(input, document, field);
      if (!row) continue;
      const value = document.figures[field];
      rows.push({ documentId: document.id, kind: document.kind, field, documentValue: value === undefined || value === '' ? null : value, ...row });
    }
  }
  return rows;
}

/** The number of mismatches among `comparisons`. */
export function countMismatches(comparisons: readonly FigureComparison[]): number {
  return comparisons.filter((comparison) => comparison.verdict === 'mismatch').length;
}
