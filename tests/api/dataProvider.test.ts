import { describe, expect, it } from 'vitest';
import simpleRestProvider from 'ra-data-simple-rest';
import type { Claim, Policy } from '../../src/domain/records';
import { API, setupMockApi } from './helpers';

setupMockApi();

// The real client the UI uses, talking to the mock handlers: proves the dialect matches.
const dataProvider = simpleRestProvider(API);

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
    const updated = await dataProvider.update<Claim>('claims', { id: 'c-0004', data: { ...previous, assigneeId: 'adjuster-demo' }, previousData: previous });
    expect(updated.data).toMatchObject({ assigneeId: 'adjuster-demo', version: previous.version + 1 });
    const created = await dataProvider.create('documents', { data: { policyId: 'p-0004', claimId: 'c-0004', kind: 'damage_photo' } });
    expect(created.data.id).toMatch(/^d-\d{4}$/);
    const deleted = await dataProvider.delete('documents', { id: created.data.id });
    expect(deleted.data.id).toBe(created.data.id);
  });

  it('surfaces a 404 as an HttpError with the status', async () => {
    await expect(dataProvider.getOne('claims', { id: 'c-9999' })).rejects.toMatchObject({ status: 404 });
  });
});
