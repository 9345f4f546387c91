/** The claimed cost of a claim in the queue (pure; shared by the column and the CSV export). */
import type { Claim } from '../../../domain/records';

/**
 * What the customer claims, yen: repair (or data recovery) cost plus investigation cost; null when
 * neither is known (theft and loss are paid on the device price, not a claimed cost).
 */
export function claimedCost(claim: Pick<Claim, 'repairCost' | 'investigationCost'>): number | null {
  if (claim.repairCost === undefined && claim.investigationCost === undefined) return null;
  return (claim.repairCost ?? 0) + (claim.investigationCost ?? 0);
}
