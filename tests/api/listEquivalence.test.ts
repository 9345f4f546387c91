/**
 * mocks/http/list.ts narrows candidates with the collections' indexes, orders only up to the range's
 * end and caches unfiltered sort orders (defect 8: speed at 100,000 claims). Whatever it does, each
 * page must be exactly what a plain filter, sort and slice over every record gives: random list
 * queries, with writes in between (stale caches), against that reference, through the real handlers.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { getMockDb, resetMockDb } from '../../mocks/db';
import { compileFilter, pageOf, searchNeedle, sortRecords } from '../../mocks/http/listQuery';
import { claimsResource } from '../../mocks/resources/claims';
import { documentsResource } from '../../mocks/resources/documents';
import { policiesResource } from '../../mocks/resources/policies';
import type { JsonObject, Resource } from '../../mocks/resources/resource';
import { call, listQuery, REFERENCE_DATE, send, setupMockApi } from './helpers';

setupMockApi();

/** The reference: every record presented when needed, filtered, fully sorted, sliced. */
function referencePage<T extends { id: string }>(resource: Resource<T>, filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' } | undefined, range: [number, number] | undefined) {
  const db = getMockDb();
  const flat: Record<string, unknown> = {};
  const flatten = (object: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) flatten(value as Record<string, unknown>, path);
      else flat[path] = value;
    }
  };
  flatten(filter, '');
  const all = resource.source(db).filter(() => true);
  const present = (record: T): JsonObject => resource.present(db, record);
  const needle = searchNeedle(flat);
  const search = needle === null ? undefined : resource.searcher(db, needle);
  const matches = compileFilter(flat);
  const matching = all.filter((record) => (search === undefined || search(record)) && matches(present(record)));
  const page = pageOf(resource.name, sortRecords(matching, sort, present), range && { start: range[0], end: range[1] });
  return { ids: page.items.map((r) => r.id), contentRange: page.contentRange };
}

/** At most `max` of the record's keys: filters that still match something. */
function someOf<T extends Record<string, unknown>>(record: fc.Arbitrary<T>, max = 3): fc.Arbitrary<Partial<T>> {
  return record.chain((full) => fc.subarray(Object.keys(full), { maxLength: max }).map((keys) => Object.fromEntries(keys.map((k) => [k, full[k]])) as Partial<T>));
}

const claimFilter = someOf(fc.record(
  {
    status: fc.oneof(fc.constantFrom('in_review', 'paid', 'approved', 'received', 'nothing'), fc.subarray(['received', 'awaiting_documents', 'in_review', 'pending_approval', 'paid'])),
    peril: fc.constantFrom('damage', 'water', 'failure', 'theft_loss'),
    policyId: fc.oneof(fc.constantFrom('p-0001', 'p-0008', 'p-0009', 'p-9999'), fc.subarray(['p-0008', 'p-0009', 'p-0012'])),
    assigneeId: fc.constantFrom('sato', 'tanaka', null),
    id: fc.subarray(['c-0001', 'c-0003', 'c-0008', 'c-0010', 'c-0022', 'c-9999']),
    repairCost_gte: fc.constantFrom(0, 30_000, '50000'),
    receivedDate_lt: fc.constantFrom('2026-06-01', '2026-06-10'),
    dueDate_neq: fc.constantFrom(null, '2026-07-08'),
    flags: fc.constantFrom('IMEI_MISMATCH', 'SECOND_CLAIM_IN_PERIOD'),
    'adjudication.decision': fc.constantFrom('approve', 'pend', 'deny'),
    q: fc.constantFrom('iphone', '11 pro', 'CLM-2026', '', 'お風呂'),
  },
));
const claimSort = fc.option(
  fc.record({ field: fc.constantFrom('id', 'dueDate', 'repairCost', 'receivedDate', 'status', 'policyId', 'completedDate', 'adjudication.payout', 'estimateImei'), order: fc.constantFrom('ASC' as const, 'DESC' as const) }),
  { nil: undefined },
);
const range = fc.option(
  fc.tuple(fc.nat(30), fc.nat(30)).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
  { nil: undefined },
);

async function expectSameAsReference<T extends { id: string }>(resource: Resource<T>, filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' } | undefined, r: [number, number] | undefined) {
  const expected = referencePage(resource, filter, sort, r);
  const { status, headers, body } = await call<{ id: string }[]>(`/${resource.name}${listQuery({ filter, sort: sort && [sort.field, sort.order], range: r })}`);
  expect(status).toBe(200);
  expect({ ids: body.map((x) => x.id), contentRange: headers.get('Content-Range') }).toEqual(expected);
  return expected.ids.length;
}

describe('list pages equal a plain filter, sort and slice (defect 8)', () => {
  it('claims: random filters, sorts and ranges', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(claimFilter, claimSort, range, async (filter, sort, r) => {
        if ((await expectSameAsReference(claimsResource, filter, sort, r)) > 0) nonEmpty += 1;
      }),
      { numRuns: 200 },
    );
    expect(nonEmpty).toBeGreaterThan(50);
  });

  it('claims: unfiltered sorts stay right across writes (the cached order is rebuilt)', async () => {
    const sorts = [
      { field: 'repairCost', order: 'DESC' as const },
      { field: 'dueDate', order: 'ASC' as const },
      { field: 'id', order: 'DESC' as const },
    ];
    for (const sort of sorts) await expectSameAsReference(claimsResource, {}, sort, [0, 9]);
    expect((await send('PUT', '/claims/c-0004', { repairCost: 999_999 })).status).toBe(200);
    const created = await send<{ id: string }>('POST', '/claims', { policyId: 'p-0020', peril: 'damage', incidentDate: '2026-06-10', repairCost: 1 });
    expect(created.status).toBe(201);
    for (const sort of sorts) await expectSameAsReference(claimsResource, {}, sort, [0, 9]);
    expect((await call(`/claims/${created.body.id}`, { method: 'DELETE' })).status).toBe(200);
    for (const sort of sorts) {
      await expectSameAsReference(claimsResource, {}, sort, [0, 9]);
      await expectSameAsReference(claimsResource, {}, sort, [20, 30]);
      await expectSameAsReference(claimsResource, {}, sort, undefined);
    }
  });

  it('policies and documents: indexed and plain filters', async () => {
    const documentFilter = fc.record(
      { claimId: fc.constantFrom('c-0001', 'c-0007', null), policyId: fc.subarray(['p-0001', 'p-0004', 'p-0008']), kind: fc.constantFrom('damage_photo', 'repair_estimate'), q: fc.constantFrom('', 'estimate') },
      { requiredKeys: [] },
    );
    const documentSort = fc.option(fc.record({ field: fc.constantFrom('id', 'kind', 'uploadedAt', 'figures.amount'), order: fc.constantFrom('ASC' as const, 'DESC' as const) }), { nil: undefined });
    await fc.assert(fc.asyncProperty(documentFilter, documentSort, range, async (filter, sort, r) => {
      await expectSameAsReference(documentsResource, filter, sort, r);
    }), { numRuns: 40 });
    const policyFilter = fc.record({ plan: fc.constantFrom('standard', 'light'), device: fc.record({ carrier: fc.constantFrom('docomo', 'iijmio', 'mineo') }, { requiredKeys: [] }), 'aggregate.used_gt': fc.constantFrom(0, 50_000) }, { requiredKeys: [] });
    const policySort = fc.option(fc.record({ field: fc.constantFrom('id', 'device.model', 'aggregate.remaining', 'inceptionDate'), order: fc.constantFrom('ASC' as const, 'DESC' as const) }), { nil: undefined });
    await fc.assert(fc.asyncProperty(policyFilter, policySort, range, async (filter, sort, r) => {
      await expectSameAsReference(policiesResource, filter, sort, r);
    }), { numRuns: 40 });
  });
});

describe('kept first matches of large filtered lists (issue 6)', () => {
  it('a filtered sorted page read from its kept entry stays the plain answer across writes', async () => {
    resetMockDb({ seed: 1, referenceDate: REFERENCE_DATE, size: 1_500 });
    const all = ['received', 'awaiting_documents', 'in_review', 'pending_approval', 'approved', 'paid', 'denied', 'referred', 'withdrawn'];
    const queries: [Record<string, unknown>, { field: string; order: 'ASC' | 'DESC' }][] = [
      [{ status: all }, { field: 'dueDate', order: 'ASC' }],
      [{ status: all, assigneeId: null }, { field: 'repairCost', order: 'DESC' }],
      [{ status: all, q: 'iphone' }, { field: 'receivedDate', order: 'DESC' }],
    ];
    const check = async () => {
      for (const [filter, sort] of queries) {
        await expectSameAsReference(claimsResource, filter, sort, [0, 24]);
        await expectSameAsReference(claimsResource, filter, sort, [25, 49]);
      }
    };
    await check();
    await check(); // now from the kept entries
    const open = getMockDb().claims.values().filter((c) => c.status === 'in_review' && c.lock === null).slice(0, 3);
    expect(open).toHaveLength(3);
    expect((await send('PUT', `/claims/${open[0]!.id}`, { repairCost: 9_999_999 })).status).toBe(200);
    expect((await send('PUT', `/claims/${open[1]!.id}`, { assigneeId: null, repairCost: 1 })).status).toBe(200);
    const created = await send<{ id: string }>('POST', '/claims', { policyId: open[2]!.policyId, peril: 'damage', incidentDate: '2026-06-10', repairCost: 5_000_000 });
    expect(created.status).toBe(201);
    await check();
    expect((await call(`/claims/${created.body.id}`, { method: 'DELETE' })).status).toBe(200);
    await check();
  });
});

describe('list pages touch only what they need (defect 8)', () => {
  it('getMany and exact filters on indexed fields never walk the whole collection', async () => {
    const scan = vi.spyOn(getMockDb().claims, 'values');
    expect((await call<{ id: string }[]>(`/claims${listQuery({ filter: { id: ['c-0003', 'c-0001'] } })}`)).body.map((c) => c.id)).toEqual(['c-0001', 'c-0003']);
    expect((await call(`/claims${listQuery({ filter: { status: ['in_review', 'paid'], peril: 'water' }, sort: ['dueDate', 'ASC'], range: [0, 4] })}`)).status).toBe(200);
    expect((await call(`/claims${listQuery({ filter: { policyId: 'p-0008', receivedDate_gte: '2026-01-01' } })}`)).status).toBe(200);
    expect(scan).not.toHaveBeenCalled();
  });

  it('an unfiltered sorted list sorts once, then reads its cached order, even after a write', async () => {
    const query = `/claims${listQuery({ sort: ['receivedDate', 'DESC'], range: [0, 4] })}`;
    const first = (await call<{ id: string }[]>(query)).body.map((c) => c.id);
    const scan = vi.spyOn(getMockDb().claims, 'values');
    expect((await call<{ id: string }[]>(query)).body.map((c) => c.id)).toEqual(first);
    expect((await send('PUT', '/claims/c-0004', { assigneeId: 'tanaka' })).status).toBe(200);
    expect((await call<{ id: string }[]>(query)).body.map((c) => c.id)).toEqual(first);
    expect(scan).not.toHaveBeenCalled();
  });
});
