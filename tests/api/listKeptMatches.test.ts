/**
 * The list handler's kept first matches (mocks/http/firstMatches.ts),
 * updated write by write, must give exactly the page a brute-force filter + sort + slice gives, at
 * the default seed size (1,500 claims: pools above KEEP_WORTH_IT), for pages beyond the first 200,
 * sort ties, nulls, `_neq` / `_gte` filters, after inserts, replaces and removes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMockDb, resetMockDb } from '../../mocks/db';
import { compileFilter, pageOf, searchNeedle, sortRecords } from '../../mocks/http/listQuery';
import { server } from '../../mocks/node';
import { claimsResource } from '../../mocks/resources/claims';
import type { JsonObject, Resource } from '../../mocks/resources/resource';
import { call, listQuery, REFERENCE_DATE } from './helpers';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function referencePage<T extends { id: string }>(resource: Resource<T>, filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' } | undefined, range: [number, number] | undefined) {
  const db = getMockDb();
  const all = resource.source(db).filter(() => true);
  const present = (record: T): JsonObject => resource.present(db, record);
  const needle = searchNeedle(filter);
  const search = needle === null ? undefined : resource.searcher(db, needle);
  const matches = compileFilter(filter);
  const matching = all.filter((record) => (search === undefined || search(record)) && matches(present(record)));
  const page = pageOf(resource.name, sortRecords(matching, sort, present), range && { start: range[0], end: range[1] });
  return { ids: page.items.map((r) => r.id), contentRange: page.contentRange };
}

async function expectSame(filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' }, r: [number, number]) {
  const expected = referencePage(claimsResource, filter, sort, r);
  const { status, headers, body } = await call<{ id: string }[]>(`/claims${listQuery({ filter, sort: [sort.field, sort.order], range: r })}`);
  expect(status).toBe(200);
  expect({ ids: body.map((x) => x.id), contentRange: headers.get('Content-Range') }).toEqual(expected);
}

const filterArb = fc.constantFrom<Record<string, unknown>>(
  { dueDate_neq: null },
  { assigneeId_neq: 'sato' },
  { repairCost_gte: 0 },
  { repairCost_gte: '20000' },
  { receivedDate_gte: '2025-01-01' },
  { status_neq: 'paid' },
  { peril: ['damage', 'water', 'failure', 'theft_loss', 'data_recovery'] },
  { cause: 'accident' },
  { repairable: true },
  { completedDate_neq: null, repairCost_gte: 1 },
);
const sortArb = fc.record({ field: fc.constantFrom('id', 'status', 'peril', 'assigneeId', 'repairCost', 'dueDate', 'receivedDate', 'completedDate', 'version', 'lock.userId'), order: fc.constantFrom('ASC' as const, 'DESC' as const) });
const rangeArb = fc.constantFrom<[number, number]>([0, 24], [175, 199], [190, 214], [200, 224], [375, 399], [0, 999], [25, 49]);
const writeArb = fc.record({ kind: fc.constantFrom('replace', 'remove', 'insert'), at: fc.nat(), field: fc.constantFrom('status', 'peril', 'assigneeId', 'repairCost', 'dueDate', 'receivedDate', 'cause', 'repairable'), v: fc.nat() });

let next = 90_000;
function applyWrite(w: { kind: string; at: number; field: string; v: number }) {
  const db = getMockDb();
  const all = db.claims.values();
  const claim = all[w.at % all.length]!;
  const values: Record<string, unknown[]> = {
    status: ['received', 'in_review', 'paid', 'approved', 'denied'],
    peril: ['damage', 'water', 'failure', 'theft_loss'],
    assigneeId: ['sato', 'tanaka', null],
    repairCost: [0, 1, 20_000, 50_000, undefined],
    dueDate: [null, '2026-06-01', '2026-07-08'],
    receivedDate: ['2024-12-31', '2025-01-01', '2026-06-01'],
    cause: ['accident', 'ageing'],
    repairable: [true, false],
  };
  try {
    if (w.kind === 'remove') db.claims.remove(claim.id);
    else if (w.kind === 'insert') db.claims.insert({ ...claim, id: `c-${next++}`, claimNumber: `CLM-X-${next}` });
    else {
      const options = values[w.field]!;
      const value = options[w.v % options.length];
      const copy: Record<string, unknown> = { ...claim };
      if (value === undefined) delete copy[w.field];
      else copy[w.field] = value;
      db.claims.replace(copy as never);
    }
  } catch (error) {
    if ((error as Error).name !== 'ZodError') throw error;
  }
}

describe('kept first matches equal a brute-force list (issue 6 review)', () => {
  it('claims at 1,500: random filters, sorts, deep pages, with writes in between', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(filterArb, sortArb, rangeArb, fc.array(writeArb, { maxLength: 6 })), { minLength: 2, maxLength: 12 }), async (steps) => {
        resetMockDb({ seed: 1, referenceDate: REFERENCE_DATE, size: 1_500 });
        for (const [filter, sort, range, writes] of steps) {
          await expectSame(filter, sort, range);
          for (const w of writes) applyWrite(w);
          await expectSame(filter, sort, range);
        }
      }),
      { numRuns: 10 },
    );
  }, 600_000);
});
