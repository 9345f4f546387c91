import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Collection, MAX_WRITE_LOG } from '../collection';
import { FIRST_MATCHES_KEPT, keepFirstMatches, readFirstMatches, type FirstMatchesKey } from './firstMatches';
import { compileFilter, firstKeyed, sortRecords } from './listQuery';

const rowSchema = z.object({ id: z.string(), kind: z.string(), n: z.number().nullable().optional(), s: z.string().optional() });
type Row = z.infer<typeof rowSchema>;

const ids = 400;
const idOf = (i: number) => `r-${String(i).padStart(3, '0')}`;
const row = fc.record(
  {
    id: fc.integer({ min: 0, max: ids - 1 }).map(idOf),
    kind: fc.constantFrom('a', 'b', 'c'),
    n: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
    s: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01', ''),
  },
  { requiredKeys: ['id', 'kind'] },
);
type Write = { op: 'put'; row: Row } | { op: 'remove'; id: string };
const write: fc.Arbitrary<Write> = fc.oneof(
  { weight: 3, arbitrary: row.map((r): Write => ({ op: 'put', row: r })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: ids - 1 }).map((i): Write => ({ op: 'remove', id: idOf(i) })) },
);

function apply(collection: Collection<Row>, w: Write): void {
  if (w.op === 'remove') collection.remove(w.id);
  else if (collection.has(w.row.id)) collection.replace(w.row);
  else collection.insert(w.row);
}

/** What the list does on a miss: filter every record, keep the first matches in order. */
function keep(collection: Collection<Row>, key: FirstMatchesKey, filter: Record<string, unknown>): void {
  const matches = compileFilter(filter);
  const matching = collection.values().filter(matches);
  const build = firstKeyed(matching, key.sort, FIRST_MATCHES_KEPT);
  keepFirstMatches(collection, key, matches, { ...build, total: matching.length });
}

describe('firstMatches: the first matches of a filtered sort, kept across writes', () => {
  it('answers as a fresh filter, sort and slice would, or not at all, whatever the writes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => r.id, minLength: 150, maxLength: 350 }),
        fc.array(fc.array(write, { maxLength: 60 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('n', 's', 'id'),
        fc.constantFrom('ASC' as const, 'DESC' as const),
        fc.constantFrom<Record<string, unknown>>({ kind: 'a' }, { kind: ['a', 'b'] }, { n_gte: 0 }, { kind: 'c', s_neq: '' }),
        fc.constantFrom(1, 25, 100, FIRST_MATCHES_KEPT, 300),
        (rows, batches, field, order, filter, count) => {
          const collection = new Collection<Row>('claims', rowSchema as z.ZodType<Row>, () => undefined, rows);
          const key: FirstMatchesKey = { filter: JSON.stringify(filter), sort: { field, order }, stamp: '' };
          keep(collection, key, filter);
          let answered = 0;
          for (const batch of batches) {
            for (const w of batch) apply(collection, w);
            const expected = sortRecords(collection.values().filter(compileFilter(filter)), { field, order });
            const kept = readFirstMatches(collection, key, count);
            if (kept === undefined) {
              keep(collection, key, filter); // the list builds it again on a miss
              continue;
            }
            answered += 1;
            expect(kept.total).toBe(expected.length);
            expect(kept.records.map((r) => r.id)).toEqual(expected.slice(0, count).map((r) => r.id));
          }
          // Up to the kept length, an entry follows writes instead of being built again.
          if (count <= 100 && batches.length > 1) expect(answered).toBeGreaterThan(0);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('is built again when its outside inputs change or when more writes were made than the log keeps', () => {
    const rows = Array.from({ length: 50 }, (_, i): Row => ({ id: idOf(i), kind: 'a', n: i }));
    const collection = new Collection<Row>('claims', rowSchema as z.ZodType<Row>, () => undefined, rows);
    const key: FirstMatchesKey = { filter: '{"kind":"a"}', sort: { field: 'n', order: 'DESC' }, stamp: 'policies:1' };
    keep(collection, key, { kind: 'a' });
    expect(readFirstMatches(collection, key, 2)?.records.map((r) => r.id)).toEqual(['r-049', 'r-048']);
    expect(readFirstMatches(collection, { ...key, stamp: 'policies:2' }, 2)).toBeUndefined();
    keep(collection, key, { kind: 'a' });
    for (let i = 0; i <= MAX_WRITE_LOG; i++) collection.replace({ id: idOf(0), kind: 'a', n: 1_000 + i });
    expect(readFirstMatches(collection, key, 2)).toBeUndefined();
  });

  it('keeps nothing when the keys mix numbers with other values', () => {
    const mixedSchema = z.object({ id: z.string(), v: z.union([z.number(), z.string()]) });
    type Mixed = z.infer<typeof mixedSchema>;
    const collection = new Collection<Mixed>('claims', mixedSchema as z.ZodType<Mixed>, () => undefined, [
      { id: 'm-1', v: 3 },
      { id: 'm-2', v: '10' },
    ]);
    const key: FirstMatchesKey = { filter: '{}', sort: { field: 'v', order: 'ASC' }, stamp: '' };
    const build = firstKeyed(collection.values(), key.sort, FIRST_MATCHES_KEPT);
    keepFirstMatches(collection, key, () => true, { ...build, total: 2 });
    expect(readFirstMatches(collection, key, 1)).toBeUndefined();
  });
});
