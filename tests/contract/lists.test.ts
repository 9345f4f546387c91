import { beforeAll, describe, expect, it } from 'vitest';
import { call, contentRange, listQuery, resetMockData, tokenFor, USERS } from './client';

type Row = { id: string } & Record<string, unknown>;
let token: string;

beforeAll(async () => {
  await resetMockData();
  token = await tokenFor(USERS.supervisor);
});

const list = (resource: string, params: Parameters<typeof listQuery>[0] = {}) => call<Row[]>(`/${resource}${listQuery(params)}`, { token });
const get = (record: unknown, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

describe('GET /api/<resource> (ra-data-simple-rest getList)', () => {
  it.each(['policies', 'claims', 'documents', 'payments', 'surveys', 'audit-events', 'users'])('%s answers an array with Content-Range', async (resource) => {
    const { status, headers, body } = await list(resource, { range: [0, 4] });
    expect(status).toBe(200);
    expect(Array.isArray(body)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(5);
    const range = contentRange(headers);
    expect(range.resource).toBe(resource);
    if (body.length > 0) expect(range).toMatchObject({ start: 0, end: body.length - 1 });
    expect(range.total).toBeGreaterThanOrEqual(body.length);
    expect(headers.get('Access-Control-Expose-Headers') ?? '').toContain('Content-Range');
  });

  it('pages through consecutive ranges with a stable total', async () => {
    const first = await list('claims', { sort: ['id', 'ASC'], range: [0, 4] });
    const second = await list('claims', { sort: ['id', 'ASC'], range: [5, 9] });
    expect(contentRange(second.headers)).toMatchObject({ start: 5, total: contentRange(first.headers).total });
    const ids = [...first.body, ...second.body].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers 200 [] with the true total for a range past the end', async () => {
    const { total } = contentRange((await list('claims', { range: [0, 0] })).headers);
    const { status, headers, body } = await list('claims', { range: [total + 100, total + 124] });
    expect(status).toBe(200);
    expect(body).toEqual([]);
    expect(contentRange(headers)).toEqual({ resource: 'claims', start: undefined, end: undefined, total });
  });

  it.each([
    ['claims', 'receivedDate'],
    ['claims', 'repairCost'],
    ['policies', 'device.model'],
    ['policies', 'aggregate.remaining'],
  ])('sorts %s by %s both ways (dotted paths too)', async (resource, field) => {
    for (const order of ['ASC', 'DESC'] as const) {
      const { body } = await list(resource, { sort: [field, order], range: [0, 49] });
      const values = body.map((r) => get(r, field)).filter((v) => v !== undefined && v !== null) as (string | number)[];
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(values).toEqual(order === 'ASC' ? sorted : sorted.reverse());
    }
  });

  it('filters by exact value and by IN (an array)', async () => {
    const all = contentRange((await list('claims', { range: [0, 0] })).headers).total;
    const water = await list('claims', { filter: { peril: 'water' }, range: [0, 99] });
    expect(water.body.length).toBeGreaterThan(0);
    expect(water.body.every((c) => c.peril === 'water')).toBe(true);
    const waterTotal = contentRange(water.headers).total;
    expect(waterTotal).toBeGreaterThanOrEqual(water.body.length);
    expect(waterTotal).toBeLessThan(all);
    const some = await list('claims', { filter: { status: ['paid', 'denied', 'in_review'] }, range: [0, 99] });
    expect(some.body.length).toBeGreaterThan(0);
    expect(some.body.every((c) => ['paid', 'denied', 'in_review'].includes(String(c.status)))).toBe(true);
    const paid = contentRange((await list('claims', { filter: { status: 'paid' }, range: [0, 0] })).headers).total;
    expect(contentRange(some.headers).total).toBeGreaterThanOrEqual(paid);
  });

  it('answers getMany as filter={"id":[…]}', async () => {
    const { body } = await list('claims', { filter: { id: ['c-0003', 'c-0001', 'c-9999'] } });
    expect(body.map((c) => c.id).sort()).toEqual(['c-0001', 'c-0003']);
  });

  it('searches text with q', async () => {
    const claim = (await call<Row>('/claims/c-0001', { token })).body;
    const { body } = await list('claims', { filter: { q: String(claim.claimNumber) } });
    expect(body.map((c) => c.id)).toContain('c-0001');
    expect((await list('claims', { filter: { q: 'zzzz-no-such-text-zzzz' } })).body).toEqual([]);
  });

  it('answers 400 { message, errors } for a malformed query', async () => {
    for (const [name, raw] of [['range', '[5,1]'], ['range', 'x'], ['sort', '["id","SIDEWAYS"]'], ['filter', '[1]']]) {
      const { status, body } = await call(`/claims?${name}=${encodeURIComponent(raw ?? '')}`, { token });
      expect(status, `${name}=${raw}`).toBe(400);
      expect(body).toMatchObject({ message: expect.any(String), errors: { [name ?? '']: expect.any(String) } });
    }
  });
});
