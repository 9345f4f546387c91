/**
 * Test fixtures written straight into the mock database with the shared builders: one standard
 * policy (aggregate ¥200,000 per period) with several complete, approvable claims on it, the
 * set-up for simultaneous decisions at one policy.
 */
import { buildClaim, buildDocument, buildPolicy } from '../../mocks/builders';
import { getMockDb } from '../../mocks/db';
import { adjudicateIn } from '../../mocks/dbData';

/**
 * Adds policy `p-race` and `count` in-review claims `c-race-1`… with repair cost `repairCost` yen
 * (each payable `repairCost − 3,000`, before the aggregate cap). Returns the claim ids.
 */
export function seedContestedPolicy(count: number, repairCost: number): string[] {
  const db = getMockDb();
  const policy = db.policies.insert(buildPolicy({ id: 'p-race', policyNumber: 'BMS-2025-99999', inceptionDate: '2025-10-01' }));
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `c-race-${i}`;
    for (const kind of ['damage_photo', 'repair_estimate', 'repair_receipt'] as const) {
      db.documents.insert(buildDocument({ id: `d-race-${i}-${kind}`, claimId: id, policyId: policy.id, kind }));
    }
    const draft = buildClaim({ id, claimNumber: `CLM-2026-R${i}`, policyId: policy.id, incidentDate: '2026-06-01', receivedDate: '2026-06-02', repairCost, estimateImei: policy.device.imei });
    db.claims.insert({ ...draft, adjudication: adjudicateIn(db, draft) });
    ids.push(id);
  }
  return ids;
}
