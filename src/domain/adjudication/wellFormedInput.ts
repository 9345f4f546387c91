/**
 * The fast check of `adjudicate`'s input (issue 6, item 1): zod's parse of `adjudicationInputSchema`
 * costs microseconds per input, more than the decision itself, so `adjudicate` first tries this
 * hand-written, conservative check and parses with zod only what it does not accept.
 *
 * Soundness (proved by ./wellFormedInput.test.ts with fast-check, over valid inputs and over inputs
 * with a field corrupted: extra keys, wrong types, NaN, ±Infinity, -0, 2026-02-30, huge numbers,
 * arrays, getters and prototype tricks):
 *   - whenever `wellFormedInput(x)` returns an object, `adjudicationInputSchema.parse(x)` succeeds
 *     and returns an equal object (same values, the same defaults filled in, -0 read as 0, extra
 *     keys left out); optional fields that are absent come back as `undefined`;
 *   - whenever it returns `null`, nothing is decided here: `adjudicate` parses with the schema,
 *     which throws the ZodError (or, for input this check does not know, returns parsed data).
 * It reads every property it checks exactly once and builds its result from the values it read,
 * so a getter cannot show the check one value and the decision another; `documents` is copied.
 * (Outside the guarantee: a Proxy whose `has` trap denies a key its `get` trap answers; zod asks
 * `key in input`, this check only reads.) The copy costs about a tenth of a decision; it is kept
 * for that read-once soundness.
 *
 * Everything it accepts is derived from the schema's own sources, never a second list: the enum
 * sets from PLANS, CARRIERS, PERILS, CAUSES, DOCUMENT_KINDS (./schemas.ts), the yen bounds from
 * `yenSchema` (../money.ts), the date rule from `isIsoDate` (`isoDateNumber`) and the business date range
 * (../dates.ts), the defaults from the schema's `.default()`s.
 */
import { EARLIEST_BUSINESS_DATE, isoDateNumber, LATEST_BUSINESS_DATE } from '../dates';
import { yenSchema, type Yen } from '../money';
import {
  adjudicationInputSchema,
  CARRIERS,
  CAUSES,
  claimInputSchema,
  DOCUMENT_KINDS,
  PERILS,
  PLANS,
  type DocumentKind,
  type ParsedAdjudicationInput,
} from './schemas';

type Fields = Record<string, unknown>;
type Device = ParsedAdjudicationInput['device'];
type Claim = ParsedAdjudicationInput['claim'];

/** A type guard for membership of one of the schema's constant arrays. */
function oneOf<T extends string>(values: readonly T[]): (value: unknown) => value is T {
  const members = new Set<unknown>(values);
  return (value: unknown): value is T => members.has(value);
}
const isPlan = oneOf(PLANS);
const isCarrier = oneOf(CARRIERS);
const isPeril = oneOf(PERILS);
const isCause = oneOf(CAUSES);
const isDocumentKind = oneOf(DOCUMENT_KINDS);

/** The bounds of `yenSchema`, narrowed to safe integers ≥ 0 (narrower is still sound). */
const YEN_MIN = Math.max(0, yenSchema.minValue ?? 0);
const YEN_MAX = Math.min(Number.MAX_SAFE_INTEGER, yenSchema.maxValue ?? Number.MAX_SAFE_INTEGER);

/** The schema's defaults, read from the schema itself (adjudication.md, "The contract"). */
const DEFAULT_CAUSE = claimInputSchema.shape.cause.parse(undefined);
const DEFAULT_REPAIRABLE = claimInputSchema.shape.repairable.parse(undefined);
const DEFAULT_ENROLLMENT_PHOTO_ON_FILE = adjudicationInputSchema.shape.enrollmentPhotoOnFile.parse(undefined);

/** An object zod's `z.object` reads: not null, not an array. */
function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number of yen within `yenSchema`'s bounds (rejects fractions, NaN, ±Infinity, strings). */
function isYen(value: unknown): value is Yen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= YEN_MIN && value <= YEN_MAX;
}

/** As `yenSchema` outputs it: -0 read as 0. */
function yen(amount: Yen): Yen {
  return amount === 0 ? 0 : amount;
}

function isOptionalYen(value: unknown): value is Yen | undefined {
  return value === undefined || isYen(value);
}

/** The business date range (../dates.ts) as YYYYMMDD numbers, which order as the date strings do. */
const EARLIEST_DATE = isoDateNumber(EARLIEST_BUSINESS_DATE);
const LATEST_DATE = isoDateNumber(LATEST_BUSINESS_DATE);

/**
 * A real calendar date `YYYY-MM-DD` within the business date range, as the date schema requires, as
 * its YYYYMMDD number (../dates.ts `isoDateNumber`); -1 otherwise.
 */
function businessDate(value: unknown): number {
  if (typeof value !== 'string') return -1;
  const date = isoDateNumber(value);
  return date >= EARLIEST_DATE && date <= LATEST_DATE ? date : -1;
}

function isBusinessDate(value: unknown): value is string {
  return businessDate(value) >= 0;
}

function wellFormedDevice(device: Fields): Device | null {
  const { imei, carrier, gitekiCertified, purchasePrice, replacementCost, purchaseDate } = device;
  if (
    typeof imei !== 'string' ||
    !isCarrier(carrier) ||
    typeof gitekiCertified !== 'boolean' ||
    !isYen(purchasePrice) ||
    !isOptionalYen(replacementCost) ||
    !isBusinessDate(purchaseDate)
  ) {
    return null;
  }
  return {
    imei,
    carrier,
    gitekiCertified,
    purchasePrice: yen(purchasePrice),
    replacementCost: replacementCost === undefined ? undefined : yen(replacementCost),
    purchaseDate,
  };
}

/** Longest `documents` copied into an array of its exact size (longer ones grow as they are read). */
const PRESIZED_DOCUMENTS = 16;

/** A copy of `documents` when every element is a document kind, else `null`. */
function wellFormedDocuments(documents: unknown): DocumentKind[] | null {
  if (!Array.isArray(documents)) return null;
  const length = documents.length;
  const copy: DocumentKind[] = length <= PRESIZED_DOCUMENTS ? new Array<DocumentKind>(length) : [];
  for (let i = 0; i < length; i += 1) {
    const kind: unknown = documents[i];
    if (!isDocumentKind(kind)) return null;
    copy[i] = kind;
  }
  return copy;
}

function wellFormedClaim(claim: Fields): Claim | null {
  const { peril, incidentDate, cause, repairable, repairCost, investigationCost, estimateImei } = claim;
  if (
    !isPeril(peril) ||
    !isBusinessDate(incidentDate) ||
    !(cause === undefined || isCause(cause)) ||
    !(repairable === undefined || typeof repairable === 'boolean') ||
    !isOptionalYen(repairCost) ||
    !isOptionalYen(investigationCost) ||
    !(estimateImei === undefined || typeof estimateImei === 'string')
  ) {
    return null;
  }
  const documents = wellFormedDocuments(claim.documents);
  if (!documents) return null;
  return {
    peril,
    incidentDate,
    cause: cause ?? DEFAULT_CAUSE,
    repairable: repairable ?? DEFAULT_REPAIRABLE,
    repairCost: repairCost === undefined ? undefined : yen(repairCost),
    investigationCost: investigationCost === undefined ? undefined : yen(investigationCost),
    estimateImei,
    documents,
  };
}

/**
 * `input` as `adjudicationInputSchema.parse` would return it, when this conservative check can tell
 * that it is well formed: plan, carrier, peril, cause and document kinds from the schema's constant
 * arrays; amounts whole yen within `yenSchema`'s bounds (-0 read as 0); dates real `YYYY-MM-DD`
 * calendar dates within 1900-01-01–2999-12-31; `period.start` ≤ `period.end`; booleans and strings
 * typed so; defaults filled in (cause 'accident', repairable true, enrollmentPhotoOnFile false).
 * Otherwise `null`, and the caller must parse with the schema (see the module comment for the
 * guarantee and its proof). Never throws on plain data; reads each property once.
 */
export function wellFormedInput(input: unknown): ParsedAdjudicationInput | null {
  if (!isFields(input)) return null;
  const { plan, period, paidInPeriod, enrollmentPhotoOnFile, device, claim } = input;
  if (
    !isPlan(plan) ||
    !isFields(period) ||
    !isYen(paidInPeriod) ||
    !(enrollmentPhotoOnFile === undefined || typeof enrollmentPhotoOnFile === 'boolean') ||
    !isFields(device) ||
    !isFields(claim)
  ) {
    return null;
  }
  const { start, end } = period;
  const startDate = businessDate(start);
  // The numbers order as the strings do, so this is the schema's `start <= end`.
  if (startDate < 0 || businessDate(end) < startDate || typeof start !== 'string' || typeof end !== 'string') return null;
  const checkedDevice = wellFormedDevice(device);
  if (!checkedDevice) return null;
  const checkedClaim = wellFormedClaim(claim);
  if (!checkedClaim) return null;
  return {
    plan,
    period: { start, end },
    paidInPeriod: yen(paidInPeriod),
    enrollmentPhotoOnFile: enrollmentPhotoOnFile ?? DEFAULT_ENROLLMENT_PHOTO_ON_FILE,
    device: checkedDevice,
    claim: checkedClaim,
  };
}
