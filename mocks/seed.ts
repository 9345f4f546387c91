/**
 * Deterministic seed data: the same (seed number, reference date, size) always gives the same
 * records. Dates are computed back from the reference date (JST, default today in Japan).
 *
 * - First, always, the hand-written scenarios (mocks/seed/scenarios.ts): policies p-0001…p-0022,
 *   claims c-0001…c-0023, among them the product page's three examples (c-0001 ¥96,000, c-0002
 *   ¥62,780, c-0003 ¥44,080). They are identical whatever the size.
 * - Then, when `size` asks for more, generated data (mocks/seed/bulk.ts): `size` claims in all over
 *   the 18 months before the reference date, on about 4/3 × size policies, with their documents.
 * - With generated data, payments of every approved and paid claim (scenarios included) and surveys
 *   of the paid ones (mocks/seed/afterPayment.ts). The scenarios alone come without payments or
 *   surveys: the API tests start from that state and watch the payment run create them.
 * - The users (MOCK_USERS).
 *
 * Every claim's `adjudication` comes from src/domain's `adjudicateClaim` (via `adjudicateIn`),
 * computed when the claim was made from the policy's earlier claims.
 */
import { todayInJapan, type IsoDate } from '../src/domain/dates';
import type { DbData } from './dbData';
import { createRandom } from './random';
import { addPaymentsAndSurveys } from './seed/afterPayment';
import { seedBulk } from './seed/bulk';
import { seedScenarios } from './seed/scenarioSeed';
import { MAX_SEED_SIZE } from './seed/sizes';
import { emptyState } from './seed/state';
import { MOCK_USERS } from './users';

export { makeImei } from './seed/imei';
export { DEMO_ADJUSTER } from './seed/staff';
export { DEFAULT_SEED_SIZE, MAX_SEED_SIZE, SEED_SIZES, policiesForSize } from './seed/sizes';

/** The seed number used when none is given. */
export const DEFAULT_SEED = 1;

/** Which seed to build. */
export interface SeedOptions {
  /** Any integer; the same number gives the same data. */
  seed: number;
  /** JST date the data is built around (default: today in Japan). */
  referenceDate?: IsoDate;
  /**
   * Claims in all, scenarios included (0 to MAX_SEED_SIZE, e.g. `SEED_SIZES.default` = 1,500 with
   * about 2,000 policies). Omitted, or at most the 23 scenario claims: the scenarios only (no
   * payments, no surveys).
   */
  size?: number;
}

/**
 * The seed for (`seed`, `referenceDate`, `size`): policies `p-0001`…, claims `c-0001`… (numbered in
 * the order received after the scenarios), documents `d-0001`… (enrollment photos on file have
 * `claimId` null), payments `pay-000001`…, surveys `sv-000001`…, and the mock users.
 * Throws RangeError for a size that is not an integer from 0 to MAX_SEED_SIZE, and an Error when a
 * scenario contradicts the adjudication module (e.g. a paid claim the module would not approve).
 */
export function createSeedData({ seed, referenceDate = todayInJapan(), size }: SeedOptions): DbData {
  if (size !== undefined && (!Number.isInteger(size) || size < 0 || size > MAX_SEED_SIZE)) {
    throw new RangeError(`Seed size must be an integer from 0 to ${MAX_SEED_SIZE} claims: ${size}`);
  }
  const state = emptyState(createRandom(seed), referenceDate);
  seedScenarios(state);
  if (size !== undefined && size > state.data.claims.length) {
    const dates = seedBulk(state, seed, size);
    addPaymentsAndSurveys(state, createRandom((seed ^ 0x85ebca6b) >>> 0), dates);
  }
  state.data.users = MOCK_USERS.map((user) => ({ ...user }));
  return state.data;
}
