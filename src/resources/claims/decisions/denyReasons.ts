/**
 * The reasons an adjuster chooses from when denying a claim, and how the choice is recorded.
 * The decision endpoint records a free `note` (mocks/decision.ts); the chosen reason rides at its
 * start as a code in brackets, `[AGEING_EXCLUDED] 画面の焼き付きは経年劣化…`, so the record stays
 * language-neutral and the page shows the reason in the reader's language. Pure.
 */
import type { Adjudication, ReasonCode } from '../../../domain/adjudication';

/**
 * The deny reasons: the module's refusal reasons (adjudication.md, "Decision order") and two of
 * the adjuster's own (suspected fraud after a flag; anything else, explained in the note).
 */
export const DENY_REASONS = [
  'CARRIER_INELIGIBLE',
  'NOT_GITEKI_CERTIFIED',
  'OUTSIDE_PERIOD',
  'PERIL_NOT_COVERED',
  'AGEING_EXCLUDED',
  'IMEI_MISMATCH',
  'BELOW_DEDUCTIBLE',
  'NO_COVERED_COST',
  'AGGREGATE_EXHAUSTED',
  'FRAUD_SUSPECTED',
  'OTHER',
] as const satisfies readonly (ReasonCode | 'FRAUD_SUSPECTED' | 'OTHER')[];
/** One of {@link DENY_REASONS}. */
export type DenyReason = (typeof DENY_REASONS)[number];

const isDenyReason = (code: string): code is DenyReason => (DENY_REASONS as readonly string[]).includes(code);

/** The first of the module's `reasons` that is a deny reason (to pre-select), or null. */
export function suggestedDenyReason(reasons: readonly string[]): DenyReason | null {
  return reasons.find(isDenyReason) ?? null;
}

/** The note recorded for a denial: `[REASON] text` (text trimmed). */
export function denyNote(reason: DenyReason, text: string): string {
  return `[${reason}] ${text.trim()}`;
}

/** Reads a recorded note back: the deny reason it starts with (or null) and the rest of the text. */
export function readDenyNote(note: string): { reason: DenyReason | null; text: string } {
  const match = /^\[([A-Z_]+)\] ?([\s\S]*)$/.exec(note);
  if (match && match[1] && isDenyReason(match[1])) return { reason: match[1], text: match[2] ?? '' };
  return { reason: null, text: note };
}

/**
 * How the adjuster's chosen deny `reason` departs from the module's view (the choice stays the
 * adjuster's; the page only says so): the module proposes to pay (`payout` in yen), or proposes a
 * denial for another reason; null when they agree, nothing is chosen, or the module is not at hand.
 */
export type DenyDeparture = { kind: 'module_pays'; payout: number } | { kind: 'other_reason'; reason: DenyReason };

/** The {@link DenyDeparture} of `reason` from `adjudication`, or null. */
export function denyDeparture(reason: DenyReason | '', adjudication: Pick<Adjudication, 'decision' | 'payout' | 'reasons'> | undefined): DenyDeparture | null {
  if (reason === '' || !adjudication) return null;
  if (adjudication.decision === 'approve') return { kind: 'module_pays', payout: adjudication.payout };
  if (adjudication.decision !== 'deny') return null;
  const proposed = suggestedDenyReason(adjudication.reasons);
  return proposed !== null && proposed !== reason ? { kind: 'other_reason', reason: proposed } : null;
}
