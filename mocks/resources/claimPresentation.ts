/**
 * A claim as the API answers it (contracts item 6): the stored fields, personal data masked
 * (`estimateImei`, mocks/resources/masking.ts), with what is derived afresh from current data:
 *
 * - `adjudication` and review `flags` (codes of src/domain/triage's FLAG_CODES): src/domain's
 *   `adjudicateClaim` and `reviewFlags` (mocks/dbData.ts `deriveClaim`);
 * - `plan` (`standard` | `light`), `holderName` (the policyholder's name) and `deviceModel` (the
 *   insured device's model, e.g. `iPhone 15`): from the claim's policy (null without one), for the
 *   queue, filterable and sortable like any field;
 * - `assigneeName`: the assignee's display name (mocks/userNames.ts `displayNameOf`; the id itself
 *   for an unknown user), null when unassigned: the queue shows it without asking /api/users;
 * - `imeiCheck: { matchesPolicy, checkDigitValid } | null` (null when the claim has no estimate
 *   IMEI): since masked IMEIs can look alike, whether the estimate's IMEI is the policy's and
 *   passes its Luhn check digit, by src/domain/adjudication/imei.ts (`normalizeImei`, `isValidImei`).
 *
 * Cached per stored record (MockDb.memoForClaim) until anything of its policy changes (e.g. its
 * device), the claim itself is replaced (e.g. a new assignee), or any user changes (a renamed user).
 */
import { isValidImei, normalizeImei } from '../../src/domain/adjudication';
import type { Claim, Policy } from '../../src/domain/records';
import type { MockDb } from '../db';
import { deriveClaim } from '../dbData';
import { displayNameOf } from '../userNames';
import { maskClaim } from './masking';
import type { JsonObject } from './resource';

/** What the API says of a claim's estimate IMEI (`imeiCheck`). */
export interface ImeiCheck {
  /** The estimate's IMEI is the policy's device IMEI (spaces and hyphens ignored). */
  matchesPolicy: boolean;
  /** The estimate's IMEI is 15 digits ending with its Luhn check digit. */
  checkDigitValid: boolean;
}

/** The `imeiCheck` of `claim` on `policy`'s device: null when the claim has no estimate IMEI. */
export function imeiCheckOf(claim: Pick<Claim, 'estimateImei'>, policy: Pick<Policy, 'device'> | undefined): ImeiCheck | null {
  if (claim.estimateImei === undefined) return null;
  const estimate = normalizeImei(claim.estimateImei);
  return {
    matchesPolicy: policy !== undefined && estimate === normalizeImei(policy.device.imei),
    checkDigitValid: isValidImei(estimate),
  };
}

/** Top-level fields {@link presentClaim} adds or recomputes (a filter or sort on them reads the presented claims). */
export const CLAIM_DERIVED_FIELDS: readonly string[] = [
  'adjudication',
  'flags',
  'plan',
  'holderName',
  'deviceModel',
  'assigneeName',
  'imeiCheck',
  'estimateImei',
];

/**
 * The claim as the API answers it (see the module comment). The answer is shared with later calls:
 * serialize it or copy it, never change it. Throws MissingPolicyError for a claim of no policy.
 */
export function presentClaim(db: MockDb, claim: Claim): JsonObject {
  return db.memoForClaim(claim, presentedKey(db), (): JsonObject => {
    const policy = db.policy(claim.policyId);
    return {
      ...maskClaim(claim),
      ...deriveClaim(db, claim),
      plan: policy?.plan ?? null,
      holderName: policy?.holder.name ?? null,
      deviceModel: policy?.device.model ?? null,
      assigneeName: claim.assigneeId === null ? null : displayNameOf(db, claim.assigneeId),
      imeiCheck: imeiCheckOf(claim, policy),
    };
  });
}

let lastKey = { usersRevision: -1, key: '' };

/**
 * The memo key of a presented claim: changes with the users collection (a renamed user changes
 * `assigneeName`), which MockDb.memoForClaim does not watch. Made once per users revision, not per claim.
 */
function presentedKey(db: MockDb): string {
  const usersRevision = db.users.revision;
  if (usersRevision !== lastKey.usersRevision) lastKey = { usersRevision, key: `presented@${usersRevision}` };
  return lastKey.key;
}
