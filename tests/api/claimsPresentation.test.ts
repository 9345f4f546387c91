/**
 * What the queue shows of a claim's policy and assignee comes with the claim
 * (mocks/resources/claimPresentation.ts): `deviceModel` (the policy's device model) and
 * `assigneeName` (the assignee's display name, null when unassigned), in GET one and in lists, and
 * both follow a change (a new assignee, the policy's device, a renamed user) although presented
 * claims are cached per stored record.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { MOCK_USERS } from '../../mocks/users';
import { OPEN_CLAIM_STATUSES, type Claim, type Policy } from '../../src/domain/records';
import { call, listQuery, send, sendIdempotent, setupMockApi, USERS } from './helpers';

setupMockApi();

type PresentedClaim = Claim & { deviceModel: string | null; assigneeName: string | null };

const nameOf = (userId: string) => MOCK_USERS.find((user) => user.id === userId)?.name;

/** An open claim of the seed assigned to `assigneeId` (null: unassigned). */
function openClaimAssignedTo(assigneeId: string | null): Claim {
  const claim = getMockDb().claims.values().find((c) => c.assigneeId === assigneeId && OPEN_CLAIM_STATUSES.includes(c.status));
  if (!claim) throw new Error(`no open claim assigned to ${assigneeId} in the seed`);
  return claim;
}

async function presented(claimId: string): Promise<PresentedClaim> {
  const answer = await call<PresentedClaim>(`/claims/${claimId}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

/** The claim `claimId` as the list answers it (filtered on its id). */
async function listed(claimId: string): Promise<PresentedClaim | undefined> {
  const answer = await call<PresentedClaim[]>(`/claims${listQuery({ filter: { id: [claimId] } })}`);
  expect(answer.status).toBe(200);
  return answer.body[0];
}

describe('deviceModel and assigneeName on a claim answer', () => {
  it('carry the policy device model and the assignee display name, null when unassigned, in GET one and in the list', async () => {
    const assigned = openClaimAssignedTo(USERS.adjuster);
    const policy = getMockDb().policy(assigned.policyId)!;
    for (const answer of [await presented(assigned.id), await listed(assigned.id)]) {
      expect(answer).toMatchObject({ deviceModel: policy.device.model, assigneeId: USERS.adjuster, assigneeName: '佐藤 美咲' });
    }
    const unassigned = openClaimAssignedTo(null);
    expect(await presented(unassigned.id)).toMatchObject({ assigneeId: null, assigneeName: null, deviceModel: getMockDb().policy(unassigned.policyId)!.device.model });
    // Every claim of a page carries both (the page holds assigned and unassigned claims).
    const page = (await call<PresentedClaim[]>(`/claims${listQuery({ range: [0, 24] })}`)).body;
    expect(page.some((claim) => claim.assigneeId === null) && page.some((claim) => claim.assigneeId !== null)).toBe(true);
    for (const claim of page) {
      expect(claim.deviceModel).toBe(getMockDb().policy(claim.policyId)?.device.model);
      expect(claim.assigneeName).toBe(claim.assigneeId === null ? null : nameOf(claim.assigneeId));
    }
  });

  it('follow a change of assignee (assign, unassign)', async () => {
    const claim = openClaimAssignedTo(null);
    expect((await presented(claim.id)).assigneeName).toBeNull(); // cached now
    const assigned = await sendIdempotent('/claims/assign', { ids: [claim.id], assigneeId: USERS.adjuster2 }, { as: USERS.supervisor });
    expect(assigned.status).toBe(200);
    expect(await presented(claim.id)).toMatchObject({ assigneeId: USERS.adjuster2, assigneeName: '田中 健一' });
    expect((await listed(claim.id))?.assigneeName).toBe('田中 健一');
    expect((await sendIdempotent('/claims/assign', { ids: [claim.id], assigneeId: null }, { as: USERS.supervisor })).status).toBe(200);
    expect(await presented(claim.id)).toMatchObject({ assigneeId: null, assigneeName: null });
  });

  it("follows a change of the policy's device", async () => {
    const claim = openClaimAssignedTo(USERS.adjuster);
    expect((await presented(claim.id)).deviceModel).toBe(getMockDb().policy(claim.policyId)!.device.model); // cached now
    const policy = (await call<Policy>(`/policies/${claim.policyId}`)).body;
    const updated = await send('PUT', `/policies/${claim.policyId}`, { ...policy, device: { ...policy.device, model: '試験 端末 X' } });
    expect(updated.status).toBe(200);
    expect((await presented(claim.id)).deviceModel).toBe('試験 端末 X');
    expect((await listed(claim.id))?.deviceModel).toBe('試験 端末 X');
  });

  it('follows a renamed user', async () => {
    const claim = openClaimAssignedTo(USERS.adjuster);
    expect((await presented(claim.id)).assigneeName).toBe('佐藤 美咲'); // cached now
    const db = getMockDb();
    db.users.replace({ ...db.users.get(USERS.adjuster)!, name: '佐藤 美咲（改姓）' });
    expect((await presented(claim.id)).assigneeName).toBe('佐藤 美咲（改姓）');
  });

  it('are answer-only: a PUT sending them changes nothing', async () => {
    const claim = await presented(openClaimAssignedTo(null).id);
    const saved = await send<PresentedClaim>('PUT', `/claims/${claim.id}`, { ...claim, deviceModel: 'ほかの端末', assigneeName: 'ほかの人' }, { as: USERS.supervisor });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ deviceModel: claim.deviceModel, assigneeId: null, assigneeName: null });
    expect(getMockDb().claims.get(claim.id)).not.toHaveProperty('deviceModel');
    expect(getMockDb().claims.get(claim.id)).not.toHaveProperty('assigneeName');
  });
});
