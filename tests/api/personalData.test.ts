/**
 * Personal data in API answers (product.md, "Personal data"; contracts item 6): phone numbers,
 * e-mail addresses and IMEIs are answered masked everywhere, shown in full only by the audited
 * reveal endpoints, never searchable in full through `q` or a filter, and an edit form that sends
 * the masked values back does not overwrite the stored ones.
 */
import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import type { AuditEvent, Claim, ClaimDocument, Policy } from '../../src/domain/records';
import { call, listQuery, send, setupMockApi, USERS } from './helpers';

setupMockApi();

const MASKED_PHONE = /^0\d0-\*{4}-\d{4}$/;
const MASKED_EMAIL = /^[a-z0-9]\*{3,}@example\.jp$/;
const MASKED_IMEI = /^\*{11}\d{4}$/;

type PresentedClaim = Claim & { plan: string | null; holderName: string | null; imeiCheck: { matchesPolicy: boolean; checkDigitValid: boolean } | null };
type ErrorBody = { message: string; code?: string; errors?: Record<string, string> };

function stored(policyId: string): Policy {
  const policy = getMockDb().policies.get(policyId);
  if (!policy) throw new Error(`${policyId} is missing from the seed`);
  return policy;
}

describe('masking in every answer', () => {
  it('masks the holder phone, e-mail and IMEI in the policies list and in GET one', async () => {
    const list = await call<Policy[]>(`/policies${listQuery({ range: [0, 99] })}`);
    expect(list.body.length).toBeGreaterThan(20);
    for (const policy of [...list.body, (await call<Policy>('/policies/p-0001')).body]) {
      expect(policy.holder.phone).toMatch(MASKED_PHONE);
      expect(policy.holder.email).toMatch(MASKED_EMAIL);
      expect(policy.device.imei).toMatch(MASKED_IMEI);
    }
    const full = stored('p-0001');
    expect(JSON.stringify(list.body)).not.toContain(full.holder.phone);
    expect(JSON.stringify(list.body)).not.toContain(full.device.imei);
  });

  it("masks a claim's estimate IMEI, a document's IMEI and the network-use restriction's IMEI", async () => {
    const claims = await call<Claim[]>(`/claims${listQuery({})}`);
    for (const claim of claims.body) if (claim.estimateImei !== undefined) expect(claim.estimateImei).toMatch(MASKED_IMEI);
    expect((await call<Claim>('/claims/c-0001')).body.estimateImei).toBe(`***********${stored('p-0001').device.imei.slice(-4)}`);
    const documents = await call<ClaimDocument[]>(`/documents${listQuery({ filter: { policyId: 'p-0001' } })}`);
    const withImei = documents.body.filter((d) => d.figures.imei !== undefined);
    expect(withImei.length).toBeGreaterThan(0);
    for (const document of withImei) expect(document.figures.imei).toMatch(MASKED_IMEI);
    const lookup = await call<{ imei: string }>('/policies/p-0001/network-restriction');
    expect(lookup.body.imei).toMatch(MASKED_IMEI);
  });

  it('masks the same fields inside audit events, while the audit keeps what happened', async () => {
    const before = stored('p-0004');
    expect((await send('PUT', '/policies/p-0004', { holder: { ...before.holder, phone: '090-0000-1111' } })).status).toBe(200);
    const { body } = await call<AuditEvent[]>(`/audit-events${listQuery({ filter: { recordId: 'p-0004' }, sort: ['id', 'DESC'], range: [0, 0] })}`);
    const event = body[0] as AuditEvent & { before: Policy; after: Policy };
    expect(event.action).toBe('update');
    expect(event.before.holder.phone).toMatch(MASKED_PHONE);
    expect(event.after.holder.phone).toBe('090-****-1111');
    expect(event.after.device.imei).toMatch(MASKED_IMEI);
    expect(JSON.stringify(body)).not.toContain(before.holder.email);
  });
});

describe('revealing one value in full (audited, never storing the value)', () => {
  it('reveals a policy phone and a claim estimate IMEI, writing personalData.reveal with only the field', async () => {
    const phone = await send<{ value: string }>('POST', '/policies/p-0001/reveal', { field: 'phone' }, { as: USERS.adjuster });
    expect(phone.body.value).toBe(stored('p-0001').holder.phone);
    const imei = await send<{ claimId: string; field: string; value: string }>('POST', '/claims/c-0018/reveal', { field: 'estimateImei' }, { as: USERS.adjuster });
    expect(imei.status).toBe(200);
    expect(imei.body).toEqual({ claimId: 'c-0018', field: 'estimateImei', value: getMockDb().claims.get('c-0018')?.estimateImei });
    const audit = getMockDb().auditEvents.filter((e) => e.action === 'personalData.reveal' && e.recordId === 'c-0018');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: USERS.adjuster, resource: 'claims', after: { field: 'estimateImei' } });
    expect(JSON.stringify(audit)).not.toContain(imei.body.value);
  });

  it('refuses a manager (403), an unknown field (400) and an unknown claim (404)', async () => {
    expect((await send('POST', '/claims/c-0018/reveal', { field: 'estimateImei' }, { as: USERS.manager })).status).toBe(403);
    const bad = await send<ErrorBody>('POST', '/claims/c-0018/reveal', { field: 'description' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('field');
    expect((await send('POST', '/claims/c-9999/reveal', { field: 'estimateImei' })).status).toBe(404);
  });
});

describe('q and filters cannot probe personal data', () => {
  const ids = async (resource: string, filter: Record<string, unknown>) => (await call<{ id: string }[]>(`/${resource}${listQuery({ filter })}`)).body.map((r) => r.id);

  it('finds nothing by a full phone number or e-mail address, nor by IMEI digits other than the last four', async () => {
    const policy = stored('p-0001');
    for (const q of [policy.holder.phone, policy.holder.phone.replace(/-/g, ''), policy.holder.email, policy.holder.email.split('@')[0] ?? '']) {
      expect(await ids('policies', { q }), q).toEqual([]);
      expect(await ids('claims', { q }), q).toEqual([]);
    }
    expect(await ids('claims', { q: policy.device.imei.slice(-5) })).toEqual([]);
    expect(await ids('claims', { q: policy.device.imei.slice(0, 8) })).toEqual([]);
    expect(await ids('claims', { q: policy.device.imei.slice(-4) })).toContain('c-0001');
  });

  it('filters personal-data fields on their masked values only', async () => {
    const policy = stored('p-0001');
    expect(await ids('policies', { holder: { phone: policy.holder.phone } })).toEqual([]);
    expect(await ids('policies', { 'device.imei': policy.device.imei })).toEqual([]);
    expect(await ids('claims', { estimateImei: policy.device.imei })).toEqual([]);
    expect(await ids('policies', { device: { imei: `***********${policy.device.imei.slice(-4)}` } })).toContain('p-0001');
  });
});

describe('writes with masked values', () => {
  it('keeps the stored phone, e-mail and IMEI when an edit form sends the masked ones back', async () => {
    const read = (await call<Policy>('/policies/p-0004')).body;
    const full = stored('p-0004');
    const { status, body } = await send<Policy>('PUT', '/policies/p-0004', { ...read, status: 'lapsed' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'lapsed', version: read.version + 1 });
    expect(stored('p-0004').holder).toEqual(full.holder);
    expect(stored('p-0004').device.imei).toBe(full.device.imei);
    const claim = (await call<Claim>('/claims/c-0018')).body;
    expect((await send('PUT', '/claims/c-0018', { ...claim, description: '再見積' })).status).toBe(200);
    expect(getMockDb().claims.get('c-0018')?.estimateImei).not.toContain('*');
  });

  it('refuses a masked-looking value that is not the mask of the stored one (400 with its field)', async () => {
    const read = (await call<Policy>('/policies/p-0004')).body;
    const phone = await send<ErrorBody>('PUT', '/policies/p-0004', { ...read, holder: { ...read.holder, phone: '090-****-0000' } });
    expect(phone.status).toBe(400);
    expect(phone.body.errors).toHaveProperty(['holder.phone']);
    const imei = await send<ErrorBody>('PUT', '/claims/c-0001', { estimateImei: '***********0000' });
    expect(imei.status).toBe(400);
    expect(imei.body.errors).toHaveProperty('estimateImei');
    const created = await send<ErrorBody>('POST', '/documents', { policyId: 'p-0004', claimId: 'c-0004', kind: 'repair_estimate', figures: { imei: '***********9373' } });
    expect(created.status).toBe(400);
  });
});

describe('what a claim answer derives from its policy', () => {
  it('carries plan, holderName and imeiCheck, computed from the policy and the estimate', async () => {
    const matching = (await call<PresentedClaim>('/claims/c-0001')).body;
    expect(matching).toMatchObject({ plan: 'standard', holderName: stored('p-0001').holder.name, imeiCheck: { matchesPolicy: true, checkDigitValid: true } });
    const mismatched = (await call<PresentedClaim>('/claims/c-0018')).body;
    expect(mismatched.imeiCheck).toEqual({ matchesPolicy: false, checkDigitValid: true });
    expect(mismatched.estimateImei).not.toBe((await call<Policy>(`/policies/${mismatched.policyId}`)).body.device.imei); // the masks differ too
    expect((await call<PresentedClaim>('/claims/c-0005')).body.imeiCheck).toBeNull(); // theft: no estimate
  });

  it('filters and sorts on plan and holderName, and follows a change of the policy', async () => {
    const light = await call<PresentedClaim[]>(`/claims${listQuery({ filter: { plan: 'light' } })}`);
    const lightPolicies = new Set(getMockDb().policies.filter((p) => p.plan === 'light').map((p) => p.id));
    expect(light.body.length).toBeGreaterThan(0);
    expect(light.body.every((c) => c.plan === 'light' && lightPolicies.has(c.policyId))).toBe(true);
    const sorted = (await call<PresentedClaim[]>(`/claims${listQuery({ sort: ['holderName', 'ASC'] })}`)).body.map((c) => c.holderName ?? '');
    expect(sorted).toEqual([...sorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const policy = (await call<Policy>('/policies/p-0001')).body;
    expect((await send('PUT', '/policies/p-0001', { ...policy, holder: { ...policy.holder, name: '試験 名前変更' } })).status).toBe(200);
    expect((await call<PresentedClaim[]>(`/claims${listQuery({ filter: { holderName: '試験 名前変更' } })}`)).body.map((c) => c.id)).toEqual(['c-0001']);
  });
});
