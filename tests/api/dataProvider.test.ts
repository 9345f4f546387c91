import { describe, expect, it } from 'vitest';
import { fetchUtils } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import type { Claim, ClaimDocument, Policy } from '../../src/domain/records';
import { API, setupMockApi, tokenFor, USERS } from './helpers';

setupMockApi();

// The real client the UI uses, talking to the mock handlers: proves the dialect matches. The
// httpClient adds the token the way react-admin does (`options.user.token` → Authorization).
const dataProvider = simpleRestProvider(API, async (url: string, options: fetchUtils.Options = {}) =>
  fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${await tokenFor(USERS.supervisor)}` } }),
);

describe('ra-data-simple-rest against the mock API', () => {
  it('getList: sort, pagination, filter and total', async () => {
    const { data, total } = await dataProvider.getList<Claim>('claims', {
      pagination: { page: 2, perPage: 5 },
      sort: { field: 'claimNumber', order: 'ASC' },
      filter: { status: 'in_review' },
    });
    expect(total).toBe(14);
    expect(data).toHaveLength(5);
    expect(data.every((c) => c.status === 'in_review')).toBe(true);
  });

  it('getList past the last page: no data, true total', async () => {
    const { data, total } = await dataProvider.getList('policies', { pagination: { page: 9, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(data).toEqual([]);
    expect(total).toBe(22);
  });

  it('getOne, getMany and getManyReference', async () => {
    expect((await dataProvider.getOne<Policy>('policies', { id: 'p-0001' })).data.device.model).toBe('iPhone 11 Pro Max');
    const many = await dataProvider.getMany<Claim>('claims', { ids: ['c-0001', 'c-0002'] });
    expect(many.data.map((c) => c.id)).toEqual(['c-0001', 'c-0002']);
    const reference = await dataProvider.getManyReference<Claim>('claims', {
      target: 'policyId',
      id: 'p-0009',
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'incidentDate', order: 'DESC' },
      filter: {},
    });
    expect(reference.total).toBe(3);
    expect(reference.data.map((c) => c.id)).toEqual(['c-0013', 'c-0012', 'c-0011']);
  });

  it('create, update, delete', async () => {
    const previous = (await dataProvider.getOne<Claim>('claims', { id: 'c-0004' })).data;
    const updated = await dataProvider.update<Claim>('claims', { id: 'c-0004', data: { ...previous, assigneeId: 'sato' }, previousData: previous });
    expect(updated.data).toMatchObject({ assigneeId: 'sato', version: previous.version + 1 });
    const created = await dataProvider.create('documents', { data: { policyId: 'p-0004', claimId: 'c-0004', kind: 'damage_photo' } });
    expect(created.data.id).toMatch(/^d-\d{4}$/);
    const deleted = await dataProvider.delete('documents', { id: created.data.id });
    expect(deleted.data.id).toBe(created.data.id);
  });

  it('updateMany and deleteMany (one PUT / DELETE per id); updateMany of claims is refused: a claim PUT needs its version', async () => {
    await expect(dataProvider.updateMany('claims', { ids: ['c-0002', 'c-0003'], data: { assigneeId: USERS.adjuster } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { version: expect.stringMatching(/^Required/) } },
    });
    const updated = await dataProvider.updateMany('documents', { ids: ['d-0002', 'd-0003'], data: { figures: { shop: '駅前リペア' } } });
    expect(updated.data).toEqual(['d-0002', 'd-0003']);
    const { data } = await dataProvider.getMany<ClaimDocument>('documents', { ids: ['d-0002', 'd-0003'] });
    expect(data.map((d) => d.figures.shop)).toEqual(['駅前リペア', '駅前リペア']);
    const deleted = await dataProvider.deleteMany('documents', { ids: ['d-0002', 'd-0003'] });
    expect(deleted.data).toEqual(['d-0002', 'd-0003']);
    expect((await dataProvider.getMany('documents', { ids: ['d-0002', 'd-0003'] })).data).toEqual([]);
  });

  it('surfaces a stale edit as a 409 HttpError carrying the current record', async () => {
    const previous = (await dataProvider.getOne<Claim>('claims', { id: 'c-0004' })).data;
    await dataProvider.update<Claim>('claims', { id: 'c-0004', data: { ...previous, description: 'first' }, previousData: previous });
    await expect(dataProvider.update<Claim>('claims', { id: 'c-0004', data: { ...previous, description: 'second' }, previousData: previous })).rejects.toMatchObject({
      status: 409,
      body: { code: 'VERSION_CONFLICT', current: { description: 'first', version: previous.version + 1 } },
    });
  });

  it('surfaces a 404 as an HttpError with the status', async () => {
    await expect(dataProvider.getOne('claims', { id: 'c-9999' })).rejects.toMatchObject({ status: 404 });
  });
});
