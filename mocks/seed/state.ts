/**
 * The seed's working state while it generates: the records so far, an index over them (so each
 * claim is adjudicated from its policy's earlier claims without scanning arrays), the random
 * sources, the reference date and the id counters.
 */
import type { IsoDate } from '../../src/domain/dates';
import { RecordIndex, type DbData } from '../dbData';
import type { Random } from '../random';

/** The records generated so far and what generating the next ones needs. */
export interface SeedState {
  data: DbData;
  /** Index over `data` (policies, claims by policy, documents by claim). */
  index: RecordIndex;
  /** The scenarios' random source (its sequence fixes the scenario records: never draw from it for bulk data). */
  random: Random;
  /** JST reference date the data is built around ("today"). */
  today: IsoDate;
  claimCount: number;
  documentCount: number;
}

/** An empty state for `random` and `today`. */
export function emptyState(random: Random, today: IsoDate): SeedState {
  return {
    data: { policies: [], claims: [], documents: [], payments: [], surveys: [], users: [], auditEvents: [] },
    index: new RecordIndex(),
    random,
    today,
    claimCount: 0,
    documentCount: 0,
  };
}

/** `n` zero-padded to `width` digits (ids and numbers: `c-0001`, `BMS-2026-00001`). */
export const pad = (n: number, width = 4): string => String(n).padStart(width, '0');

/** The next claim id and number: `c-NNNN`, `CLM-<year received>-NNNN`. */
export function nextClaimIds(state: SeedState, receivedDate: IsoDate): { id: string; claimNumber: string } {
  state.claimCount += 1;
  return { id: `c-${pad(state.claimCount)}`, claimNumber: `CLM-${receivedDate.slice(0, 4)}-${pad(state.claimCount)}` };
}

/** The next document id `d-NNNN`. */
export function nextDocumentId(state: SeedState): string {
  state.documentCount += 1;
  return `d-${pad(state.documentCount)}`;
}
