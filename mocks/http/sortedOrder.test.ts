import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Collection, MAX_WRITE_LOG } from '../collection';
import { compileFilter, sortRecords } from './listQuery';
import { sortedOrder } from './sortedOrder';

const rowSchema = z.object({ id: z.string(), n: z.number().nullable().optional(), s: z.string().optional(), mixed: z.union([z.number(), z.string()]).optional() });
type Row = z.infer<typeof rowSchema>;

const row = fc.record(
  {
    id: fc.integer({ min: 0, max: 60 }).map((i) => `r-${String(i).padStart(3, '0')}`),
    n: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
    s: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01', 'b', ''),
    mixed: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom('3', '10', 'x')),
  },
  { requiredKeys: ['id'] },
);
type Write = { op: 'put'; row: Row } | { op: 'remove'; id: string };
const write: fc.Arbitrary<Write> = fc.oneof(
  row.map((r): Write => ({ op: 'put', row: r })),
  fc.integer({ min: 0, max: 60 }).map((i): Write => ({ op: 'remove', id: `r-${String(i).padStart(3, '0')}` })),
);

function apply(collection: Collection<Row>, w: Write): void {
  if (w.op === 'remove') collection.remove(w.id);
  else if (collection.has(w.row.id)) collection.replace(w.row);
  else collection.insert(w.row);
}

describe('sortedOrder: a cached order kept up to date by replaying writes', () => {
  it('answers first(n) and ranges as a fresh sort and the filter would, across any writes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(write, { maxLength: 30 }), { minLength: 1, maxLength: 8 }), fc.constantFrom('n', 's', 'mixed'), fc.constantFrom('ASC' as const, 'DESC' as const), (batches, field, order) => {
        const collection = new Collection<Row>('claims', rowSchema as z.ZodType<Row>, () => undefined);
        for (const batch of batches) {
          for (const w of batch) apply(collection, w);
          const expected = sortRecords(collection.values(), { field, order });
          const sorted = sortedOrder(collection, field, order);
          expect(sorted?.first(Number.POSITIVE_INFINITY).map((r) => r.id)).toEqual(expected.map((r) => r.id));
          expect(sorted?.first(3).map((r) => r.id)).toEqual(expected.slice(0, 3).map((r) => r.id));
          for (const [op, value] of [['gte', '2026-02-01'], ['lt', 2], ['gt', '0'], ['lte', 'b']] as const) {
            const cut = sortedOrder(collection, field, 'ASC')?.inRange([{ op, value }]);
            if (cut === undefined) continue; // mixed types: the list filters instead
            const matches = compileFilter({ [`${field}_${op}`]: value });
            expect(cut.map((r) => r.id).sort()).toEqual(collection.values().filter(matches).map((r) => r.id).sort());
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it(`rebuilds when more than ${MAX_WRITE_LOG} writes were made since`, () => {
    const collection = new Collection<Row>('claims', rowSchema as z.ZodType<Row>, () => undefined);
    for (let i = 0; i < 50; i++) collection.insert({ id: `r-${i}`, n: i });
    expect(sortedOrder(collection, 'n', 'DESC')?.first(1)[0]?.id).toBe('r-49');
    for (let i = 0; i <= MAX_WRITE_LOG; i++) collection.replace({ id: 'r-0', n: 1_000 + i });
    expect(collection.writesSince(collection.revision - MAX_WRITE_LOG - 1)).toBeUndefined();
    expect(sortedOrder(collection, 'n', 'DESC')?.first(2).map((r) => r.id)).toEqual(['r-0', 'r-49']);
  });
});

describe('firstSorted: the first records without a full sort', () => {
  it('gives sortRecords(…).slice(0, n), mixed key types included', async () => {
    const { firstSorted } = await import('./listQuery');
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 40 }), fc.constantFrom('n', 's', 'mixed', 'id'), fc.constantFrom('ASC' as const, 'DESC' as const), fc.nat(45), (rows, field, order, n) => {
        expect(firstSorted(rows, { field, order }, n).map((r) => r.id)).toEqual(sortRecords(rows, { field, order }).slice(0, n).map((r) => r.id));
      }),
      { numRuns: 300 },
    );
  });
});
