import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import type { Claim, Policy } from '../../src/domain/records';
import { call, listQuery, send, setupMockApi } from './helpers';

setupMockApi();

type Row = { id: string } & Record<string, unknown>;

describe('GET list (ra-data-simple-rest getList)', () => {
  it('sorts, pages and answers Content-Range with the total', async () => {
    const { status, headers, body } = await call<Claim[]>(`/claims${listQuery({ sort: ['id', 'ASC'], range: [0, 4], filter: {} })}`);
    expect(status).toBe(200);
    expect(body.map((c) => c.id)).toEqual(['c-0001', 'c-0002', 'c-0003', 'c-0004', 'c-0005']);
    expect(headers.get('Content-Range')).toBe('claims 0-4/23');
    expect(headers.get('Access-Control-Expose-Headers')).toBe('Content-Range');
  });

  it('answers the second page and a short last page', async () => {
    const second = await call<Claim[]>(`/claims${listQuery({ sort: ['id', 'ASC'], range: [5, 9] })}`);
    expect(second.body.map((c) => c.id)).toEqual(['c-0006', 'c-0007', 'c-0008', 'c-0009', 'c-0010']);
    const last = await call<Claim[]>(`/claims${listQuery({ sort: ['id', 'ASC'], range: [20, 29] })}`);
    expect(last.body).toHaveLength(3);
    expect(last.headers.get('Content-Range')).toBe('claims 20-22/23');
  });

  it('answers 200 [] with the true total for a range past the end', async () => {
    const { status, headers, body } = await call<Claim[]>(`/claims${listQuery({ range: [100, 124] })}`);
    expect(status).toBe(200);
    expect(body).toEqual([]);
    expect(headers.get('Content-Range')).toBe('claims */23');
    expect(Number(headers.get('Content-Range')?.split('/').pop())).toBe(23);
  });

  it('sorts descending and by dotted paths', async () => {
    const desc = await call<Row[]>(`/claims${listQuery({ sort: ['repairCost', 'DESC'], range: [0, 1] })}`);
    expect(desc.body.map((c) => c.repairCost)).toEqual([128_000, 99_000]);
    const byModel = await call<Policy[]>(`/policies${listQuery({ sort: ['device.model', 'ASC'] })}`);
    const models = byModel.body.map((p) => p.device.model);
    expect(models).toEqual([...models].sort());
    const byRemaining = await call<Row[]>(`/policies${listQuery({ sort: ['aggregate.remaining', 'ASC'], range: [0, 0] })}`);
    expect(byRemaining.body[0]?.id).toBe('p-0009');
  });

  it('puts records without the sort field last', async () => {
    const { body } = await call<Claim[]>(`/claims${listQuery({ sort: ['completedDate', 'ASC'] })}`);
    expect(body.at(-1)?.completedDate).toBeNull();
  });

  it('filters by exact value, by IN (array) and by policyId / claimId', async () => {
    const water = await call<Claim[]>(`/claims${listQuery({ filter: { peril: 'water' } })}`);
    expect(water.body.map((c) => c.id)).toEqual(['c-0002', 'c-0009', 'c-0016', 'c-0019']);
    const decided = await call<Claim[]>(`/claims${listQuery({ filter: { status: ['paid', 'denied'] } })}`);
    expect(decided.body.every((c) => c.status === 'paid' || c.status === 'denied')).toBe(true);
    expect(decided.headers.get('Content-Range')).toBe(`claims 0-${decided.body.length - 1}/${decided.body.length}`);
    const ofPolicy = await call<Claim[]>(`/claims${listQuery({ filter: { policyId: 'p-0008' } })}`);
    expect(ofPolicy.body.map((c) => c.id)).toEqual(['c-0008', 'c-0009', 'c-0010']);
    const docs = await call<Row[]>(`/documents${listQuery({ filter: { claimId: 'c-0001' }, sort: ['kind', 'ASC'] })}`);
    expect(docs.body.map((d) => d.kind)).toEqual(['damage_photo', 'repair_estimate', 'repair_receipt']);
  });

  it('filters on nested objects, derived fields, array fields and comparisons', async () => {
    const docomo = await call<Policy[]>(`/policies${listQuery({ filter: { device: { carrier: 'docomo' } } })}`);
    expect(docomo.body.map((p) => p.id)).toEqual(['p-0006']);
    const refer = await call<Claim[]>(`/claims${listQuery({ filter: { 'adjudication.decision': 'refer' } })}`);
    expect(refer.body.map((c) => c.id)).toEqual(['c-0014']);
    const flagged = await call<Claim[]>(`/claims${listQuery({ filter: { flags: 'IMEI_MISMATCH' } })}`);
    expect(flagged.body.map((c) => c.id)).toEqual(['c-0018']);
    const overdue = await call<Claim[]>(`/claims${listQuery({ filter: { dueDate_lt: '2026-06-15', status: 'in_review' } })}`);
    expect(overdue.body.map((c) => c.id)).toEqual(['c-0018']);
    const big = await call<Claim[]>(`/claims${listQuery({ filter: { repairCost_gte: 99_000 } })}`);
    expect(big.body.map((c) => c.id).sort()).toEqual(['c-0001', 'c-0008', 'c-0020']);
  });

  it('searches text with q over a few fields, including the policyholder of a claim', async () => {
    const shop = getMockDb().claims.get('c-0002')?.repairShop ?? 'none';
    const byShop = await call<Claim[]>(`/claims${listQuery({ filter: { q: shop } })}`);
    expect(byShop.body.map((c) => c.id)).toContain('c-0002');
    expect(byShop.body.every((c) => c.repairShop === shop)).toBe(true);
    const policy = getMockDb().policies.get('p-0001');
    if (!policy) throw new Error('p-0001 is missing from the seed');
    const byName = await call<Claim[]>(`/claims${listQuery({ filter: { q: policy.holder.name.replace(' ', '') } })}`);
    expect(byName.body.map((c) => c.id)).toContain('c-0001');
    const byImei = await call<Policy[]>(`/policies${listQuery({ filter: { q: policy.device.imei } })}`);
    expect(byImei.body.map((p) => p.id)).toEqual(['p-0001']);
    const byModel = await call<Policy[]>(`/policies${listQuery({ filter: { q: 'iphone 11 pro' } })}`);
    expect(byModel.body.map((p) => p.id)).toEqual(['p-0001']);
  });

  it('searches claims with q by claim number, policy number, kana, model and IMEI last digits', async () => {
    const policy = getMockDb().policies.get('p-0001');
    if (!policy) throw new Error('p-0001 is missing from the seed');
    const ids = async (q: string) => (await call<Claim[]>(`/claims${listQuery({ filter: { q } })}`)).body.map((c) => c.id);
    expect(await ids('CLM-2026-0001')).toEqual(['c-0001']);
    expect(await ids(policy.policyNumber)).toEqual(['c-0001']);
    expect(await ids(policy.holder.kana.replace(' ', ''))).toContain('c-0001');
    expect(await ids(policy.device.imei.slice(-4))).toContain('c-0001');
    expect(await ids(policy.device.imei)).toEqual(['c-0001']);
    expect(await ids(policy.device.imei.slice(-6))).toEqual([]); // only the 4 digits a masked IMEI shows, or all 15
    expect(await ids('iPhone 11 Pro Max')).toContain('c-0001');
    expect(await ids('ｉｐｈｏｎｅ　１１')).toContain('c-0001');
    expect(await ids(policy.device.imei.slice(3, 9))).toEqual([]); // IMEI digits match at the end only
    expect(await ids('')).toHaveLength(23);
  });

  it.each(['11 Pro Max', '11 pro max', 'Pro Max', 'ｉＰｈｏｎｅ 11 Pro Max', 'iphone11promax'])('finds a claim by the phone model with q %j (defect 6)', async (q) => {
    const { body } = await call<Claim[]>(`/claims${listQuery({ filter: { q } })}`);
    expect(body.map((c) => c.id)).toContain('c-0001');
    expect(body.every((c) => c.policyId === 'p-0001')).toBe(true);
  });

  it('q follows every write at once: a claim changed, a policy renamed, a claim created and deleted (the search index)', async () => {
    const ids = async (q: string) => (await call<Claim[]>(`/claims${listQuery({ filter: { q } })}`)).body.map((c) => c.id);
    expect(await ids('駅前テスト修理')).toEqual([]); // builds the index
    expect((await send('PUT', '/claims/c-0004', { repairShop: '駅前テスト修理' })).status).toBe(200);
    expect(await ids('駅前テスト修理')).toEqual(['c-0004']);
    const policy = (await call<Policy>('/policies/p-0002')).body;
    expect((await send('PUT', '/policies/p-0002', { ...policy, holder: { ...policy.holder, name: '索引 更新', kana: 'サクイン コウシン' } })).status).toBe(200);
    expect(await ids('サクインコウシン')).toEqual(['c-0002']);
    expect(await ids(policy.holder.kana.replace(' ', ''))).not.toContain('c-0002');
    const created = await send<Claim>('POST', '/claims', { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', repairCost: 1_000, repairShop: '新規テスト店' });
    expect(await ids('新規テスト店')).toEqual([created.body.id]);
    expect((await call(`/claims/${created.body.id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await ids('新規テスト店')).toEqual([]);
  });

  it('combines q with other filters, a sort and a range', async () => {
    const { body, headers } = await call<Claim[]>(`/claims${listQuery({ filter: { q: 'iphone', status: ['in_review', 'paid'] }, sort: ['policyId', 'DESC'], range: [0, 1] })}`);
    expect(body.length).toBeLessThanOrEqual(2);
    expect(body.every((c) => ['in_review', 'paid'].includes(c.status))).toBe(true);
    expect(Number(headers.get('Content-Range')?.split('/')[1])).toBeGreaterThanOrEqual(body.length);
  });

  it('lists payments, surveys, audit events and users with Content-Range', async () => {
    for (const resource of ['payments', 'surveys', 'audit-events', 'users']) {
      const { status, headers } = await call<Row[]>(`/${resource}${listQuery({ range: [0, 9] })}`);
      expect(status).toBe(200);
      expect(headers.get('Content-Range')).toMatch(new RegExp(`^${resource} `));
    }
    const users = await call<Row[]>(`/users${listQuery({ filter: { role: 'supervisor' }, sort: ['name', 'ASC'] })}`);
    expect(users.body.map((u) => u.id).sort()).toEqual(['ito', 'suzuki']);
  });

  it('answers getMany (filter id array) without sort or range', async () => {
    const { status, body } = await call<Claim[]>(`/claims${listQuery({ filter: { id: ['c-0003', 'c-0001', 'c-9999'] } })}`);
    expect(status).toBe(200);
    expect(body.map((c) => c.id)).toEqual(['c-0001', 'c-0003']);
    const none = await call<Claim[]>(`/claims${listQuery({ filter: { id: [] } })}`);
    expect(none.body).toEqual([]);
  });

  it('adds aggregate usage to every policy and a fresh adjudication to every claim', async () => {
    const policies = await call<Row[]>(`/policies${listQuery({ range: [0, 99] })}`);
    for (const policy of policies.body) expect(policy.aggregate).toMatchObject({ limit: expect.any(Number), used: expect.any(Number) });
    const claims = await call<Claim[]>(`/claims${listQuery({ range: [0, 99] })}`);
    for (const claim of claims.body) expect(claim.adjudication).not.toBeNull();
  });
});

describe('malformed list queries answer 400 with field errors', () => {
  it.each([
    ['filter', 'filter={not json'],
    ['filter', 'filter=[1,2]'],
    ['filter', 'filter=null'],
    ['sort', 'sort=["id"]'],
    ['sort', 'sort=["id","UP"]'],
    ['sort', 'sort={"field":"id"}'],
    ['range', 'range=[0]'],
    ['range', 'range=[5,1]'],
    ['range', 'range=[-1,4]'],
    ['range', 'range=[0.5,4]'],
    ['range', 'range=oops'],
  ])('%s: %s', async (field, query) => {
    const { status, body } = await call<{ message: string; errors: Record<string, string> }>(`/claims?${encodeURI(query)}`);
    expect(status).toBe(400);
    expect(body.message).toEqual(expect.any(String));
    expect(Object.keys(body.errors)).toEqual([field]);
  });

  it('answers 400, not 500, for a filter nested too deeply (defect 5)', async () => {
    const deep = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const { status, body } = await call<{ errors: Record<string, string> }>(`/claims?filter=${encodeURIComponent(deep)}`);
    expect(status).toBe(400);
    expect(Object.keys(body.errors)).toEqual(['filter']);
  });

  it('reports every bad parameter at once', async () => {
    const { status, body } = await call<{ errors: Record<string, string> }>(`/policies?sort=x&range=y&filter=z`);
    expect(status).toBe(400);
    expect(Object.keys(body.errors).sort()).toEqual(['filter', 'range', 'sort']);
  });
});

describe('unknown routes', () => {
  it('answers 404 JSON for an unknown /api route or resource', async () => {
    for (const path of ['/nothing', '/claimz', '/claims/c-0001/unknown']) {
      const { status, body } = await call<{ message: string }>(path);
      expect(status).toBe(404);
      expect(body.message).toEqual(expect.any(String));
    }
  });
});
